import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Ola, Service, Sla, Uc } from '../generated/ast.js';
import { single } from '../single-valued-properties.js';
import type { CalendarModel, Calendars, FreeTextCalendar, StructuredCalendar } from '../time/calendar-model.js';
import { offsetDifferences } from '../time/time-zones.js';
import { daysOf, firstUncovered, formatWeekInterval, isWholeWeek, shifted, timeRangeOf, type WeekInterval } from '../time/week-intervals.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

/** Part of a week that one calendar is open and another, which should cover it, is not. */
export interface HoursGap {
    /** In the local time of the covered calendar, in week order. */
    readonly interval: WeekInterval;
    /** How far the covering calendar's clocks run ahead of the covered one's when the gap shows. */
    readonly difference: number;
    /** Whether the gap shows all year, or only in the weeks the zones' clocks stand `difference` apart. */
    readonly allYear: boolean;
}

/**
 * Whether one calendar's open hours cover another's, worked out once per pair of calendars:
 * a workspace of thousands of agreements names a handful of calendars, so the pairs repeat.
 * Holidays and maintenance do not count: coverage is about the weekly hours each side is
 * committed to.
 */
export class HoursCoverage {
    private readonly gaps = new WeakMap<StructuredCalendar, WeakMap<StructuredCalendar, HoursGap | null>>();

    /**
     * The first part of `covered`'s week, in its local week order, that `covering` leaves
     * out; undefined when it covers all. Calendars in different zones are compared at each
     * offset their clocks stand apart over the year (the daylight-saving changes of two
     * zones do not fall on the same days), and the earliest gap of any is the one reported.
     */
    gapOf(covering: StructuredCalendar, covered: StructuredCalendar): HoursGap | undefined {
        let byCovered = this.gaps.get(covering);
        if (!byCovered) {
            byCovered = new WeakMap();
            this.gaps.set(covering, byCovered);
        }
        let gap = byCovered.get(covered);
        if (gap === undefined) {
            gap = computeGap(covering, covered) ?? null;
            byCovered.set(covered, gap);
        }
        return gap ?? undefined;
    }
}

function computeGap(covering: StructuredCalendar, covered: StructuredCalendar): HoursGap | undefined {
    const differences = offsetDifferences(covered.timezone, covering.timezone);
    let first: { interval: WeekInterval; difference: number } | undefined;
    let failing = 0;
    for (const difference of differences) {
        // The covering calendar's open instants, read on the covered calendar's clock.
        const interval = firstUncovered(shifted(covering.open, -difference), covered.open);
        if (!interval) {
            continue;
        }
        failing++;
        if (!first || interval[0] < first.interval[0] || (interval[0] === first.interval[0] && interval[1] > first.interval[1])) {
            first = { interval, difference };
        }
    }
    return first && { ...first, allYear: failing === differences.length };
}

/**
 * Whether telling if `covering` covers `covered` takes their hours: a calendar covers
 * itself and 24x7 covers every week, whatever either states, so a free-text calendar
 * (such as the first-edition one-liner both a service and its SLA name) needs no hours there.
 */
export function coverageNeedsHours(covering: CalendarModel, covered: CalendarModel): boolean {
    return covering.node !== covered.node && !(covering.structured && isWholeWeek(covering.open));
}

type HoursProperty = 'hours' | 'supportHours';
const WORDS: Record<HoursProperty, string> = { hours: 'hours', supportHours: 'support hours' };

/** An agreement or service whose hours are held against those of the one being checked. */
interface Counterpart {
    readonly element: Sla | Ola | Uc | Service;
    /** `offering 'Erp.Gold'` where an SLA covers the service by selling one of its offerings. */
    readonly via?: string;
}

/**
 * `hours-not-covered`: whoever underpins a commitment must be there whenever it is due. An
 * OLA or UC must work at least the service hours (and, where both state them, the support
 * hours) of every SLA it supports; an SLA cannot promise a service outside the hours the
 * service is offered. A side without `hours` is not checked; a side whose calendar is free
 * text (the first-edition one-liner) cannot be, where the answer takes the hours (see
 * coverageNeedsHours), and gets the info `unstructured-calendar` once, on its own `hours` line.
 */
export class HoursCoverageChecks {
    private readonly coverage = new HoursCoverage();

    constructor(private readonly calendars: Calendars, private readonly index: SvcdefWorkspaceIndex) {}

    checkUnderpinningHours(agreement: Ola | Uc, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(agreement);
        const slas = [...new Set(agreement.supports.map(reference => reference.ref).filter((sla): sla is Sla => sla !== undefined))];
        for (const property of ['hours', 'supportHours'] as const) {
            const own = this.modelAt(agreement, property);
            if (!own) {
                continue;
            }
            const uncheckable: Counterpart[] = [];
            for (const sla of slas) {
                const required = this.modelAt(sla, property, document);
                if (!required || !coverageNeedsHours(own, required)) {
                    continue;
                }
                if (!own.structured) {
                    uncheckable.push({ element: sla });
                } else if (required.structured) {
                    // A free-text SLA calendar is reported on the SLA's own line.
                    const gap = this.coverage.gapOf(own, required);
                    if (gap) {
                        this.reportUnderpinningGap(agreement, property, own, sla, required, gap, accept);
                    }
                }
            }
            this.reportFreeText(agreement, property, own, uncheckable, accept);
        }
    }

    checkSlaHours(sla: Sla, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(sla);
        const own = this.modelAt(sla, 'hours');
        if (own) {
            const uncheckable: Counterpart[] = [];
            for (const { service, via } of servicesOf(sla)) {
                const offered = this.modelAt(service, 'hours', document);
                if (!offered || !coverageNeedsHours(offered, own)) {
                    continue;
                }
                if (!own.structured) {
                    uncheckable.push({ element: service, via });
                } else if (offered.structured) {
                    const gap = this.coverage.gapOf(offered, own);
                    if (gap) {
                        this.reportServiceGap(sla, own, service, via, offered, gap, accept);
                    }
                }
            }
            if (!own.structured) {
                uncheckable.push(...this.supportersNeeding(sla, 'hours', own, document));
            }
            this.reportFreeText(sla, 'hours', own, uncheckable, accept);
        }
        const support = this.modelAt(sla, 'supportHours');
        if (support && !support.structured) {
            this.reportFreeText(sla, 'supportHours', support, this.supportersNeeding(sla, 'supportHours', support, document), accept);
        }
    }

    /**
     * A service's free-text hours, where an SLA that lists the service in `services` states
     * hours to hold against them (the index files SLAs by the services they list; one that
     * only sells an offering of the service still gets the info on its own hours).
     */
    checkServiceHours(service: Service, accept: ValidationAcceptor): void {
        const own = this.modelAt(service, 'hours');
        if (!own || own.structured) {
            return;
        }
        const document = AstUtils.getDocument(service);
        const slas = this.index.slasCovering(elementKey(service), document).filter(sla => {
            const promised = this.calendars.modelOfReference(single(sla.hours));
            return promised !== undefined && coverageNeedsHours(own, promised);
        });
        this.reportFreeText(service, 'hours', own, slas.map(sla => ({ element: sla })), accept);
    }

    /**
     * The calendar an element states for the property. A calendar read through another
     * element (an SLA's, a service's) is recorded as read, so that editing it validates the
     * asking document again, as editing a calendar it names itself would.
     */
    private modelAt(element: Sla | Ola | Uc | Service, property: HoursProperty, askedBy?: LangiumDocument): CalendarModel | undefined {
        const model = this.calendars.modelOfReference(single(element[property]));
        if (model && askedBy) {
            this.index.readsElement(model.node, askedBy);
        }
        return model;
    }

    /** The OLAs and UCs under the SLA whose hours (or support hours) would be held against the SLA's `own`. */
    private supportersNeeding(sla: Sla, property: HoursProperty, own: CalendarModel, document: LangiumDocument): Counterpart[] {
        return this.index.supportersOf(sla, document)
            .filter(supporter => {
                const theirs = this.calendars.modelOfReference(single(supporter[property]));
                return theirs !== undefined && coverageNeedsHours(theirs, own);
            })
            .map(supporter => ({ element: supporter }));
    }

    private reportUnderpinningGap(agreement: Ola | Uc, property: HoursProperty, own: StructuredCalendar, sla: Sla, required: StructuredCalendar,
        gap: HoursGap, accept: ValidationAcceptor): void {
        const words = WORDS[property];
        const kind = kindOf(agreement);
        const uncovered = describeGap(gap, required, own);
        report(accept, 'hours-not-covered',
            `${capitalized(words)} '${own.name}' of ${kind} '${agreement.name}' do not cover ${uncovered} of the ${words} '${required.name}' of SLA '${sla.name}', `
            + `which it supports. Widen the ${kind}'s ${words} to cover the SLA's, or narrow the SLA's ${words}.`,
            { node: agreement, property, index: 0, extra: { uncovered: formatWeekInterval(gap.interval), sla: sla.name } });
    }

    private reportServiceGap(sla: Sla, own: StructuredCalendar, service: Service, via: string | undefined, offered: StructuredCalendar,
        gap: HoursGap, accept: ValidationAcceptor): void {
        const through = via ? ` (through ${via})` : '';
        report(accept, 'hours-not-covered',
            `Hours '${own.name}' of SLA '${sla.name}' go beyond the hours '${offered.name}' of service '${service.name}'${through}, which it covers: `
            + `the service is not offered ${describeGap(gap, own, offered)}. Narrow the SLA's hours to the service's, or widen the service's hours.`,
            { node: sla, property: 'hours', index: 0, extra: { uncovered: formatWeekInterval(gap.interval), service: service.name } });
    }

    private reportFreeText(element: Sla | Ola | Uc | Service, property: HoursProperty, model: CalendarModel, counterparts: readonly Counterpart[],
        accept: ValidationAcceptor): void {
        if (model.structured || counterparts.length === 0) {
            return;
        }
        const words = WORDS[property];
        const [first, ...others] = counterparts;
        const against = `${kindOf(first.element)} '${first.element.name}'${first.via ? ` (through ${first.via})` : ''}`
            + (others.length > 0 ? ` and ${others.length} more` : '');
        report(accept, 'unstructured-calendar',
            `Calendar '${model.name}' ${model.text === undefined ? 'states no hours' : 'states its hours as free text only'}, so the ${words} of ${kindOf(element)} '${element.name}' cannot be checked `
            + `against those of ${against}. Write the calendar as a block (\`${blockFor(model)}\`) so that they can be.`,
            { node: element, property, index: 0 });
    }
}

/**
 * The block a one-liner calendar becomes: its free text as the `hours` line where it reads
 * as one (`Mon-Fri 08:00-18:00`), else an example line to replace.
 */
export function blockFor(calendar: FreeTextCalendar): string {
    const words = (calendar.text ?? '').trim().split(/\s*,\s*|\s+/);
    const days = words.filter(word => daysOf(word) !== undefined);
    const ranges = words.filter(word => timeRangeOf(word) !== undefined);
    const readable = days.length > 0 && ranges.length > 0 && days.length + ranges.length === words.length
        && words.indexOf(ranges[0]) === days.length;
    const hours = readable ? `${days.join(', ')} ${ranges.join(', ')}` : 'Mon-Fri 08:00-18:00';
    const zone = calendar.timezone !== undefined ? `timezone "${calendar.timezone}"  ` : '';
    return `calendar ${calendar.name} { ${zone}hours ${hours} }`;
}

/** The services an SLA covers: those it lists and those whose offerings it sells, each once. */
function servicesOf(sla: Sla): { service: Service; via?: string }[] {
    const found = new Map<Service, string | undefined>();
    for (const reference of sla.services) {
        if (reference.ref) {
            found.set(reference.ref, undefined);
        }
    }
    for (const reference of sla.offerings) {
        const service = reference.ref?.$container;
        if (service && !found.has(service)) {
            found.set(service, `offering '${reference.$refText}'`);
        }
    }
    return [...found].map(([service, via]) => ({ service, via }));
}

/** `Mon 06:00–08:00`, with the zone it is read in where the two calendars' zones differ, and the weeks it shows in where not all year. */
function describeGap(gap: HoursGap, covered: StructuredCalendar, covering: StructuredCalendar): string {
    const zones = covered.timezone !== undefined && covering.timezone !== undefined && covered.timezone !== covering.timezone;
    const text = formatWeekInterval(gap.interval) + (zones ? ` (${covered.timezone} time)` : '');
    if (gap.allYear || !zones) {
        return text;
    }
    const direction = gap.difference >= 0 ? 'ahead of' : 'behind';
    return `${text} in the weeks when ${covering.timezone} is ${formatMinutes(Math.abs(gap.difference))} ${direction} ${covered.timezone}`;
}

function formatMinutes(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const parts = [hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest > 0 ? `${rest} minutes` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0 minutes';
}

function kindOf(element: Sla | Ola | Uc | Service): string {
    return element.$type === 'Service' ? 'service' : element.$type.toUpperCase();
}

function capitalized(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
