/**
 * What an agreement document says, decided once for every format: which target tables it
 * has and what each row reads, which priorities it defines, who signs it. The HTML and
 * Markdown renderers only lay these out, so both say the same in the same words.
 */
import { AVAILABILITY_METRIC } from '../language/commitments/availability-composition.js';
import { formatBudgetSeconds } from '../language/time/error-budget.js';
import { catalogLookups } from './catalog-lookups.js';
import { commitmentChainOf, notInForceIn, notInForceWords } from './commitment-chain.js';
import { compositePercentText } from './target-timing.js';
import type { AgreementEntry, Catalog, CreditEntry, EntityRef, PriorityEntry, TargetEntry } from './catalog-model.js';
import {
    commitmentLabel, displayName, durationWords, isQualified, levelLabel, refLabel, scopeLabel, simpleName, windowLabel
} from './display-text.js';

export interface TargetRow {
    readonly metric: string;
    /** `at most 2 business days (1 day to 3 days 14 hours of clock time)`. */
    readonly commitment: string;
    readonly measured: string;
    readonly appliesTo: string;
    /** For an availability target: the downtime it allows; empty for other targets. */
    readonly errorBudget: string;
    /** Where the target is stated: `This agreement`, `From Corporate SLA`, `For Electronic Health Record only`. */
    readonly source: string;
}

export interface TargetTable {
    /** The service the table is for; none for the agreement-wide table. */
    readonly service?: EntityRef;
    readonly heading?: string;
    readonly caption: string;
    readonly rows: readonly TargetRow[];
    /** Whether any row comes from a parent or a `for service` block, so the source column says something. */
    readonly showSource: boolean;
    /** Whether any row is an availability target, so the error budget column says something. */
    readonly showBudget: boolean;
    /** What to say instead of an empty table. */
    readonly emptyText: string;
}

/**
 * The agreement-wide targets, then, when `for service` blocks make the services' targets
 * differ, one table per service with every target that applies to it.
 */
export function targetTables(agreement: AgreementEntry, catalog: Catalog): TargetTable[] {
    const wide = tableOf(agreement, catalog, agreement.targets, undefined);
    if (agreement.serviceTargets.length === 0) {
        return [wide];
    }
    const scoped = new Map(agreement.serviceTargets.map(entry => [entry.service.name, entry.targets]));
    const seen = new Set<string>();
    const perService = agreement.services.filter(service => {
        const first = !seen.has(service.name);
        seen.add(service.name);
        return first;
    }).map(service => tableOf(agreement, catalog, scoped.get(service.name) ?? agreement.targets, service));
    return [wide, ...perService];
}

function tableOf(agreement: AgreementEntry, catalog: Catalog, targets: readonly TargetEntry[], service: EntityRef | undefined): TargetTable {
    const name = displayName(agreement);
    const serviceName = service && (refLabel(service) ?? service.name);
    const supporters = agreement.kind === 'sla' && targets.some(target => target.supportingBudget !== undefined)
        ? commitmentChainOf(agreement, catalog).supporters : [];
    return {
        service,
        heading: serviceName !== undefined ? `For ${serviceName}` : undefined,
        caption: serviceName !== undefined
            ? `Targets that apply to ${serviceName}`
            : agreement.serviceTargets.length > 0 ? `Targets of ${name} for every service` : `Targets of ${name}`,
        rows: targets.map(target => ({
            metric: target.metricTitle ?? target.metric,
            commitment: targetCommitment(target),
            measured: windowLabel(target.window),
            appliesTo: scopeLabel(target),
            errorBudget: errorBudgetLabel(target, supporters),
            source: sourceLabel(target, catalog)
        })),
        showSource: targets.some(target => target.inheritedFrom !== undefined || target.forService !== undefined),
        showBudget: targets.some(hasBudgetCell),
        emptyText: service === undefined && agreement.serviceTargets.length > 0
            ? 'No target applies to every service; each service has its own below.'
            : 'No targets stated.'
    };
}

/** The commitment as people say it, with the clock time a business duration can take. */
export function targetCommitment(target: TargetEntry): string {
    const commitment = commitmentLabel(target.comparator, target.valueWords);
    const business = target.business;
    if (!business) {
        return commitment;
    }
    return business.clockRange
        ? `${commitment} (${business.clockRange.text} of clock time)`
        : `${commitment} (clock time unknown: ${business.unknownBecause})`;
}

function isAvailability(target: TargetEntry): boolean {
    return target.metric === AVAILABILITY_METRIC && target.valueKind === 'percent' && target.direction === 'higher';
}

function hasBudgetCell(target: TargetEntry): boolean {
    return target.errorBudget !== undefined || (isAvailability(target) && target.measuredOn?.calendar.structured === false);
}

/**
 * `43 min 50 s per month`, `3 h 37 min 30 s per month within Office hours`, and where
 * the view shows the supporting agreements, what their composed availability leaves (or
 * that it leaves nothing certain, when it counts an agreement not in force on the day).
 */
export function errorBudgetLabel(target: TargetEntry, supporters: readonly AgreementEntry[] = []): string {
    const budget = target.errorBudget;
    if (!budget) {
        return hasBudgetCell(target) ? `Not computed: calendar ${simpleName(target.measuredOn!.calendar.name)} states its hours in words only` : '';
    }
    const within = target.measuredOn && !target.measuredOn.calendar.roundTheClock ? ` within ${displayName(target.measuredOn.calendar)}` : '';
    const window = budget.assumedWindow ? 'per month (assumed: the target states no window)' : `per ${budget.window}`;
    const chain = target.supportingBudget;
    const lapsed = chain ? notInForceIn(chain, supporters) : [];
    const left = !chain ? ''
        : lapsed.length > 0
            ? `; the supporting agreements would reach ${compositePercentText(chain.compositePercent)}, but the figure ${notInForceWords(lapsed)}`
        : chain.leftSeconds >= 0
            ? `; the supporting agreements together reach ${compositePercentText(chain.compositePercent)} and leave ${formatBudgetSeconds(chain.leftSeconds)} of it`
            : `; the supporting agreements together reach only ${compositePercentText(chain.compositePercent)} and may use ${formatBudgetSeconds(-chain.leftSeconds)} more than all of it`;
    return `${budget.text} of downtime ${window}${within}${left}`;
}

/** What the error budget column means, said once under the targets. */
export const ERROR_BUDGET_NOTE = 'Error budget: the downtime an availability target allows per window, within the hours it is measured in '
    + '(the service hours, or the hours the target names, less weekly maintenance windows). Holidays are not taken out.';

function sourceLabel(target: TargetEntry, catalog: Catalog): string {
    const service = target.forService !== undefined ? serviceName(target.forService, catalog) : undefined;
    const scope = service !== undefined ? `for ${service} only` : 'for every service';
    if (target.inheritedFrom !== undefined) {
        const parent = catalogLookups(catalog).sla(target.inheritedFrom);
        return `From ${parent ? displayName(parent) : simpleName(target.inheritedFrom)}, ${scope}`;
    }
    return `This agreement, ${scope}`;
}

function serviceName(name: string, catalog: Catalog): string {
    const service = catalogLookups(catalog).service(name);
    return service ? displayName(service) : simpleName(name);
}

export interface PriorityRow {
    readonly name: string;
    readonly title: string;
    readonly impact: string;
    readonly urgency: string;
    readonly meaning: string;
}

/**
 * The definition of every priority the given agreements mention in a target or a credit,
 * in the order of the catalog's priorities (P1..P5 first), then any that nothing defines.
 */
export function priorityDefinitionRows(agreements: readonly AgreementEntry[], catalog: Catalog): PriorityRow[] {
    const mentioned = new Set<string>();
    for (const agreement of agreements) {
        for (const target of [...agreement.targets, ...agreement.serviceTargets.flatMap(entry => entry.targets), ...agreement.credits]) {
            if (target.priority !== undefined) {
                mentioned.add(target.priority);
            }
        }
    }
    const defined = catalog.priorities.filter(priority => mentioned.has(priority.name));
    const undefinedNames = [...mentioned].filter(name => !catalog.priorities.some(priority => priority.name === name)).sort();
    return [
        ...defined.map(priorityRow),
        ...undefinedNames.map(name => ({ name, title: '', impact: '', urgency: '', meaning: 'Not defined in the workspace: declare it with `priority`.' }))
    ];
}

function priorityRow(priority: PriorityEntry): PriorityRow {
    const meaning = priority.description ?? '';
    return {
        name: priority.name,
        title: priority.title ?? '',
        impact: levelLabel(priority.impact) ?? '',
        urgency: levelLabel(priority.urgency) ?? '',
        meaning: priority.builtin ? `${meaning}${meaning ? ' ' : ''}(svcdef's standard definition)` : meaning
    };
}

/** `availability < 99.9% per calendar month, P1 incidents`. */
export function creditCondition(credit: CreditEntry): string {
    const window = credit.window !== undefined ? ` ${windowLabel(credit.window)}` : '';
    const scope = isQualified(credit) ? `, ${scopeLabel(credit)}` : '';
    return `${credit.metric} ${credit.comparator} ${credit.valueWords}${window}${scope}`;
}

/** `30 days`: how long the customer has to claim a credit. */
export function claimLabel(claimWithin: string | undefined): string | undefined {
    return claimWithin === undefined ? undefined : `Within ${durationWords(claimWithin)}`;
}

export interface Signatory {
    readonly party: string;
    readonly role?: string;
}

/**
 * Who signs the printed agreement: the approvers with their roles, else the parties that
 * make it (the customers and provider of an SLA, the unit and provider of an OLA, the
 * supplier and provider of a UC).
 */
export function signatories(agreement: AgreementEntry): Signatory[] {
    if (agreement.approvals.length > 0) {
        return agreement.approvals.map(approval => ({ party: refLabel(approval.party) ?? approval.party.name, role: approval.role }));
    }
    const parties = agreement.kind === 'sla' ? [...agreement.customers, agreement.provider]
        : agreement.kind === 'ola' ? [agreement.unit, agreement.provider]
            : [agreement.supplier, agreement.provider];
    return parties
        .filter((party): party is EntityRef => party !== undefined)
        .map(party => ({ party: refLabel(party) ?? party.name }));
}

/** `Emergency Department, Intensive Care`. */
export function partiesLabel(parties: readonly EntityRef[]): string | undefined {
    return parties.length > 0 ? parties.map(party => refLabel(party) ?? party.name).join(', ') : undefined;
}

/** `Gold (Electronic Health Record)` for `offerings EHR.Gold`. */
export function offeringLabel(offering: EntityRef & { service?: string }, catalog: Catalog): string {
    if (!offering.resolved || offering.service === undefined) {
        return refLabel(offering) ?? offering.name;
    }
    const service = catalogLookups(catalog).service(offering.service);
    const title = offering.title ?? simpleName(offering.name);
    return `${title} (${service ? displayName(service) : simpleName(offering.service)})`;
}

/** The targets of an agreement that apply to one of its services: its own list when a `for service` block sets one. */
export function targetsApplyingTo(agreement: AgreementEntry, serviceName: string): readonly TargetEntry[] {
    return agreement.serviceTargets.find(entry => entry.service.name === serviceName)?.targets ?? agreement.targets;
}
