/**
 * OpenSLO v1 export: a `Service` per svcdef service (technical ones included: the export
 * is for the engineers who run them) and an `SLO` per service and SLA target that applies
 * to it and that OpenSLO can state, so monitoring tools can track what the SLAs promise.
 *
 * Which targets apply to a service is the language's rule: the SLA's agreement-wide
 * targets apply to each service it covers, a `for service X` block's only to X (replacing
 * an agreement-wide target of the same metric and qualifiers), and an SLA that is
 * `part of` another has the targets it inherits from it.
 *
 * What maps:
 * - a percent target (`availability >= 99.9%`) becomes a ratio SLI with an Occurrences
 *   objective of 0.999; for a lower-is-better percent the SLI counts bad events instead;
 * - a duration or number target measured at a percentile (`latency <= 300ms at p95`)
 *   becomes a threshold SLI with `op`/`value` and an objective of 0.95.
 * Targets OpenSLO has no form for (per-incident `for P1` promises, `=`, 100 %) are
 * skipped and reported, and so are targets measured over hours that are not round the
 * clock (service hours or `during` an office-hours calendar) and business durations:
 * an OpenSLO time window counts every hour, so exporting them would promise something
 * else. A time window's time zone is that of the calendar the target is measured over. svcdef does not know where measurements live, so each metric
 * source is `type: svcdef` naming the metric, SLA and service, to be pointed at a real
 * data source by whoever deploys the SLOs.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { targetsApplyingTo } from './agreement-document.js';
import { weeklyWindowText } from './agreement-hours.js';
import { type AgreementEntry, type Catalog, type EntityRef, type TargetEntry } from './catalog-model.js';
import { compareText } from './text-order.js';
import { displayName, simpleName } from './display-text.js';
import { percentileFraction } from './percentiles.js';
import { slugify, uniqueSlugs } from './slugs.js';

export const OPENSLO_API_VERSION = 'openslo/v1';

/** Calendar-aligned window for each `per` of the language, in OpenSLO's duration shorthand. */
const WINDOW_DURATIONS: Readonly<Record<string, string>> = {
    day: '1d',
    week: '1w',
    month: '1M',
    quarter: '1Q',
    year: '1Y'
};

/** Used when a target states no `per` window: SLA reporting is monthly unless said otherwise. */
const DEFAULT_WINDOW = 'month';

const OPERATORS: Readonly<Record<string, string>> = { '>=': 'gte', '>': 'gt', '<=': 'lte', '<': 'lt' };

/** What the file header says OpenSLO has no form for, before it lists the targets left out. */
export const NOT_EXPRESSIBLE = 'OpenSLO cannot express service hours that are not round the clock (its time windows count every hour), '
    + 'business durations (it measures clock time), promises for one priority, or targets without an objective form: '
    + 'such targets are left out rather than exported as different promises.';

const MAX_NAME = 63;
const MAX_DESCRIPTION = 1050;

export interface SkippedTarget {
    readonly sla: string;
    readonly target: string;
    readonly reason: string;
}

export interface OpenSloExport {
    /** A multi-document YAML stream. */
    readonly yaml: string;
    readonly services: number;
    readonly slos: number;
    readonly skipped: readonly SkippedTarget[];
}

type YamlObject = Record<string, unknown>;

export function openSloExport(catalog: Catalog): OpenSloExport {
    const serviceNames = uniqueSlugs(catalog.services.map(service => service.id), id => simpleName(id.replace(/~\d+$/, '')));
    const serviceByName = new Map<string, string>();
    for (const service of catalog.services) {
        if (!serviceByName.has(service.name)) {
            serviceByName.set(service.name, serviceNames.get(service.id)!);
        }
    }
    const documents: YamlObject[] = catalog.services.map(service => ({
        apiVersion: OPENSLO_API_VERSION,
        kind: 'Service',
        metadata: {
            name: serviceNames.get(service.id),
            displayName: displayName(service),
            annotations: { 'svcdef/name': service.name }
        },
        spec: {
            description: truncate(service.description ?? `Service ${service.name} as defined in svcdef.`, MAX_DESCRIPTION)
        }
    }));

    const skipped: SkippedTarget[] = [];
    const slos: YamlObject[] = [];
    const takenNames = new Set<string>();
    for (const sla of catalog.slas) {
        const reported = new Set<string>();
        const skip = (target: TargetEntry, reason: string) => {
            // A target that applies to several services is reported once.
            const key = `${target.text}\u0000${reason}`;
            if (!reported.has(key)) {
                reported.add(key);
                skipped.push({ sla: sla.name, target: target.text, reason });
            }
        };
        const services = uniqueByName(sla.services.filter(ref => ref.resolved && serviceByName.has(ref.name)))
            .sort((a, b) => compareText(a.name, b.name));
        if (services.length === 0) {
            for (const target of sla.targets) {
                skip(target, 'the SLA names no declared service');
            }
            continue;
        }
        for (const service of services) {
            for (const target of targetsApplyingTo(sla, service.name)) {
                const mapping = objectiveOf(target);
                if ('reason' in mapping) {
                    skip(target, mapping.reason);
                    continue;
                }
                slos.push(sloDocument(sla, target, service, serviceByName.get(service.name)!, mapping, takenNames));
            }
        }
    }
    documents.push(...slos);

    const header = [
        'OpenSLO v1 objects exported by svcdef from the workspace\'s services and SLAs.',
        'Each metric source has type svcdef and names the svcdef metric, SLA and service: bind it to the data source that measures them.',
        ...(skipped.length > 0 ? [NOT_EXPRESSIBLE] : []),
        ...skipped.map(item => `Not exported: ${item.sla}: ${item.target} (${item.reason})`)
    ];
    const body = documents.map(document => stringify(document, { lineWidth: 0 })).join('---\n');
    const yaml = `${header.map(line => `# ${line.replace(/[\r\n]+/g, ' ')}`).join('\n')}\n---\n${body}`;
    return { yaml, services: catalog.services.length, slos: slos.length, skipped };
}

interface RatioObjective {
    readonly kind: 'ratio';
    readonly target: number;
    /** Lower-is-better percents count the bad events. */
    readonly counts: 'good' | 'bad';
}

interface ThresholdObjective {
    readonly kind: 'threshold';
    readonly target: number;
    readonly op: string;
    readonly value: number;
    /** Durations are compared in milliseconds; numbers in the metric's own unit. */
    readonly unit?: string;
}

function objectiveOf(target: TargetEntry): RatioObjective | ThresholdObjective | { reason: string } {
    if (target.valueKind === undefined || target.magnitude === undefined || target.direction === undefined) {
        return { reason: 'its metric or value could not be read' };
    }
    if (target.priority) {
        return { reason: `a promise for one priority (for ${target.priority}) has no OpenSLO form` };
    }
    const hours = hoursProblemOf(target);
    if (hours) {
        return { reason: hours };
    }
    const op = OPERATORS[target.comparator];
    if (!op) {
        return { reason: `the comparator '${target.comparator}' states no objective` };
    }
    if (target.valueKind === 'percent') {
        if (target.percentile) {
            return { reason: 'a percentile of a percentage has no OpenSLO form' };
        }
        const good = target.direction === 'higher' ? target.magnitude / 100 : 1 - target.magnitude / 100;
        if (!(good > 0 && good < 1)) {
            return { reason: 'OpenSLO objectives must lie strictly between 0% and 100%' };
        }
        return { kind: 'ratio', target: round(good), counts: target.direction === 'higher' ? 'good' : 'bad' };
    }
    const fraction = percentileFraction(target.percentile);
    if (fraction === undefined) {
        return {
            reason: target.percentile
                ? `the percentile '${target.percentile}' cannot be read as a fraction below 1`
                : `a ${target.valueKind} target needs a percentile such as 'at p95' to become an objective`
        };
    }
    return {
        kind: 'threshold',
        target: fraction,
        op,
        value: target.magnitude,
        unit: target.valueKind === 'duration' ? 'ms' : undefined
    };
}

/**
 * Why a target cannot be an SLO at all: OpenSLO time windows run round the clock and
 * measure clock time, so a business duration, or a target measured only within hours
 * that are not every hour of the week, would be exported as a different promise.
 */
function hoursProblemOf(target: TargetEntry): string | undefined {
    if (target.business) {
        return `a business duration (${target.valueWords}) counts only the open hours of ${target.business.calendar !== undefined ? simpleName(target.business.calendar) : 'a calendar'}, and OpenSLO measures clock time`;
    }
    const measured = target.measuredOn;
    if (!measured || measured.calendar.roundTheClock) {
        return undefined;
    }
    const name = simpleName(measured.calendar.name);
    const where = measured.via === 'during' ? `during ${name}` : `over its service hours ${name}`;
    return measured.calendar.structured
        ? `it is measured ${where}, a calendar not open round the clock, and OpenSLO time windows count every hour`
        : `it is measured ${where}, a calendar whose hours are free text and so not known to run round the clock, and OpenSLO time windows count every hour`;
}

function sloDocument(
    sla: AgreementEntry, target: TargetEntry, service: EntityRef, serviceName: string,
    objective: RatioObjective | ThresholdObjective, taken: Set<string>
): YamlObject {
    // Named by what distinguishes the objective: SLA, service, metric and qualifiers (a
    // priority never gets here). Two targets differing only in window take a `-2` suffix.
    const name = boundedName([
        slugify(simpleName(sla.name)), serviceName, slugify(simpleName(target.metric)),
        target.percentile !== undefined ? slugify(target.percentile) : '',
        target.during !== undefined ? slugify(simpleName(target.during)) : ''
    ], taken);
    const windowStated = target.window !== undefined;
    const window = target.window ?? DEFAULT_WINDOW;
    const source = (count: string) => ({
        metricSource: {
            type: 'svcdef',
            spec: { metric: target.metric, sla: sla.name, service: service.name, ...(count ? { count } : {}), ...(objective.kind === 'threshold' && objective.unit ? { unit: objective.unit } : {}) }
        }
    });
    const indicatorSpec = objective.kind === 'ratio'
        ? { ratioMetric: { counter: true, [objective.counts]: source(objective.counts), total: source('total') } }
        : { thresholdMetric: source('') };
    const slaLabel = sla.title ? `${sla.title} (${sla.name})` : sla.name;
    const description = `${slaLabel} promises ${target.text} for ${displayName(service)}.`
        + (target.inheritedFrom !== undefined ? ` The target is inherited from ${target.inheritedFrom}.` : '')
        + maintenanceNote(target)
        + (windowStated ? '' : ' The target states no window; exported per calendar month.');
    return {
        apiVersion: OPENSLO_API_VERSION,
        kind: 'SLO',
        metadata: {
            name,
            displayName: truncate(`${displayName(sla)}: ${target.text}`, 200),
            labels: {
                'svcdef-sla': slugify(simpleName(sla.name)),
                'svcdef-status': sla.status ?? 'unstated'
            },
            annotations: {
                'svcdef/sla': sla.name,
                'svcdef/service': service.name,
                'svcdef/target': target.text,
                'svcdef/window': windowStated ? target.window : `${DEFAULT_WINDOW} (assumed)`,
                ...(target.during !== undefined ? { 'svcdef/during': target.during } : {}),
                ...(target.inheritedFrom !== undefined ? { 'svcdef/inherited-from': target.inheritedFrom } : {}),
                ...(target.forService !== undefined ? { 'svcdef/for-service': target.forService } : {})
            }
        },
        spec: {
            description: truncate(description, MAX_DESCRIPTION),
            service: serviceName,
            indicator: {
                metadata: { name: boundedName([name, 'sli'], new Set()), displayName: `${target.metricTitle ?? target.metric} of ${displayName(service)}` },
                spec: indicatorSpec
            },
            timeWindow: [{
                duration: WINDOW_DURATIONS[window],
                isRolling: false,
                calendar: {
                    startTime: `${windowStart(window, sla.validity?.from)} 00:00:00`,
                    // The hours a target is measured over say where its days and months begin.
                    timeZone: target.measuredOn?.calendar.timezone ?? 'UTC'
                }
            }],
            budgetingMethod: 'Occurrences',
            objectives: [objective.kind === 'ratio'
                ? { displayName: target.text, target: objective.target }
                : { displayName: target.text, op: objective.op, value: objective.value, target: objective.target }]
        }
    };
}

/** Weekly maintenance is not measured; OpenSLO cannot leave it out, the data source has to. */
function maintenanceNote(target: TargetEntry): string {
    const windows = target.measuredOn?.calendar.maintenance ?? [];
    if (windows.length === 0) {
        return '';
    }
    return ` Maintenance windows do not count (${windows.map(weeklyWindowText).join('; ')}): leave them out at the data source.`;
}

function uniqueByName(refs: readonly EntityRef[]): EntityRef[] {
    const seen = new Set<string>();
    return refs.filter(ref => !seen.has(ref.name) && seen.add(ref.name) !== undefined);
}

/**
 * The first day of the window period that contains the SLA's start (or of a fixed
 * reference period when the SLA states none), so calendar windows line up with months,
 * quarters, ISO weeks and years.
 */
export function windowStart(window: string, from: string | undefined): string {
    const match = from !== undefined ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(from) : null;
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [2000, 1, 1];
    const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
    switch (window) {
        case 'year': return date(year, 1, 1);
        case 'quarter': return date(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
        case 'month': return date(year, month, 1);
        case 'week': {
            const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
            return date(year, month, day - weekday);
        }
        default: return date(year, month, day);
    }
}

/** An RFC 1123 label of at most 63 characters, unique among `taken`; long names keep a hash of the whole. */
function boundedName(parts: readonly string[], taken: Set<string>): string {
    const full = parts.filter(part => part.length > 0).join('-');
    let name = full.length <= MAX_NAME ? full : `${full.slice(0, MAX_NAME - 9).replace(/-+$/, '')}-${hash(full)}`;
    for (let counter = 2; taken.has(name); counter++) {
        const suffix = `-${counter}`;
        name = `${(full.length + suffix.length <= MAX_NAME ? full : full.slice(0, MAX_NAME - suffix.length)).replace(/-+$/, '')}${suffix}`;
    }
    taken.add(name);
    return name;
}

function hash(text: string): string {
    return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function truncate(text: string, max: number): string {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Objectives as written: 99.9% is 0.999, not 0.9990000000000001. */
function round(value: number): number {
    return Number(value.toFixed(10));
}
