/**
 * Wording shared by every output format, so that an SLA reads the same in HTML, Markdown
 * and print: labels for statuses and cadences, how a reference or a validity is named.
 */
import { percentileLabel } from './percentiles.js';
import type {
    AgreementEntry, AgreementKind, AgreementStanding, EntityRef, HoursInfo, MeasuredOn, ServiceEntry, TargetEntry, ValidityInfo
} from './catalog-model.js';

export const SERVICE_STATUS_LABELS: Readonly<Record<string, string>> = {
    planned: 'Planned',
    pipeline: 'In pipeline',
    live: 'Live',
    retiring: 'Retiring',
    retired: 'Retired'
};

export const AGREEMENT_STATUS_LABELS: Readonly<Record<string, string>> = {
    draft: 'Draft',
    finalized: 'Finalized'
};

export const REVIEW_LABELS: Readonly<Record<string, string>> = {
    weekly: 'Reviewed weekly',
    monthly: 'Reviewed monthly',
    quarterly: 'Reviewed quarterly',
    semiannual: 'Reviewed every six months',
    annual: 'Reviewed annually'
};

export const AGREEMENT_KIND_LABELS: Readonly<Record<AgreementKind, string>> = {
    sla: 'Service level agreement',
    ola: 'Operational level agreement',
    uc: 'Underpinning contract'
};

export const AGREEMENT_KIND_SHORT: Readonly<Record<AgreementKind, string>> = {
    sla: 'SLA',
    ola: 'OLA',
    uc: 'UC'
};

export const WINDOW_LABELS: Readonly<Record<string, string>> = {
    day: 'per day',
    week: 'per week',
    month: 'per calendar month',
    quarter: 'per calendar quarter',
    year: 'per calendar year'
};

export const COMPARATOR_LABELS: Readonly<Record<string, string>> = {
    '>=': 'at least',
    '>': 'more than',
    '<=': 'at most',
    '<': 'less than',
    '=': 'exactly'
};

export const CLASSIFICATION_LABELS: Readonly<Record<string, string>> = {
    'must-have': 'Must have',
    'important': 'Important',
    'nice-to-have': 'Nice to have'
};

export function serviceStatusLabel(status: string | undefined): string {
    return status ? SERVICE_STATUS_LABELS[status] ?? status : 'Not stated';
}

/** What an agreement outside its validity period is, whatever its status says. */
export const AGREEMENT_STANDING_LABELS: Readonly<Record<AgreementStanding, string>> = {
    'expired': 'Expired',
    'not-yet-in-force': 'Not yet in force'
};

/**
 * The status an agreement is published with: `Draft` for a draft, whatever its dates (it
 * binds nobody yet, and a reader taking "Not yet in force" for signed would be misled);
 * else `Expired` or `Not yet in force` when the view judged its validity on the publication
 * day (an expired SLA is never shown as in force); else its own status.
 */
export function agreementStatusLabel(agreement: Pick<AgreementEntry, 'status' | 'standing'>): string {
    if (agreement.status === 'draft') {
        return AGREEMENT_STATUS_LABELS.draft;
    }
    if (agreement.standing !== undefined) {
        return AGREEMENT_STANDING_LABELS[agreement.standing];
    }
    return agreement.status ? AGREEMENT_STATUS_LABELS[agreement.status] ?? agreement.status : 'Not stated';
}

/** The badge modifier for an agreement's published status (`expired`, `finalized`, `draft`). */
export function agreementStatusKind(agreement: Pick<AgreementEntry, 'status' | 'standing'>): string {
    return agreement.status === 'draft' ? 'draft' : agreement.standing ?? agreement.status ?? 'draft';
}

/** `Until 2027-06-30; replaced by Cloud Mail`, for a retiring or retired service that says either. */
export function retirementLabel(service: Pick<ServiceEntry, 'status' | 'retiresOn' | 'replacedBy'>): string | undefined {
    const parts = [
        service.retiresOn !== undefined ? `${service.status === 'retired' ? 'Ended' : 'Until'} ${service.retiresOn}` : undefined,
        service.replacedBy !== undefined ? `replaced by ${refLabel(service.replacedBy)}` : undefined
    ].filter(part => part !== undefined);
    if (parts.length === 0) {
        return undefined;
    }
    const text = parts.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether a document must carry the draft marking. An SLA that does not say `finalized`
 * has not been agreed with the customer, so it is marked; OLAs and UCs often omit the
 * status (a UC's contract number is its proof of agreement) and are marked only when
 * they say `draft`.
 */
export function isDraft(agreement: AgreementEntry): boolean {
    return agreement.kind === 'sla' ? agreement.status !== 'finalized' : agreement.status === 'draft';
}

/** The last segment of a qualified name: `acme.it.Email` -> `Email`. */
export function simpleName(name: string): string {
    const index = name.lastIndexOf('.');
    return index >= 0 ? name.slice(index + 1) : name;
}

/** What a reader calls an element: its title, else its simple name. */
export function displayName(entry: { name: string; title?: string }): string {
    return entry.title ?? simpleName(entry.name);
}

export function refLabel(ref: EntityRef | undefined): string | undefined {
    if (!ref) {
        return undefined;
    }
    return ref.resolved ? displayName(ref) : `${ref.name} (not declared)`;
}

export function hoursLabel(hours: HoursInfo | undefined): string | undefined {
    if (!hours) {
        return undefined;
    }
    const label = hours.title ?? simpleName(hours.name);
    return hours.timezone ? `${label} (${hours.timezone})` : label;
}

export function validityLabel(validity: ValidityInfo | undefined): string {
    if (!validity || (validity.from === undefined && validity.to === undefined)) {
        return 'No validity period stated';
    }
    if (validity.from !== undefined && validity.to !== undefined) {
        return `${validity.from} to ${validity.to}`;
    }
    return validity.from !== undefined ? `From ${validity.from}, open-ended` : `Until ${validity.to}`;
}

export function reviewLabel(review: string | undefined): string {
    return review ? REVIEW_LABELS[review] ?? review : 'No review cadence stated';
}

/** `at least 99.9%` for `>= 99.9%`. */
export function commitmentLabel(comparator: string, value: string): string {
    return `${COMPARATOR_LABELS[comparator] ?? comparator} ${value}`;
}

export function windowLabel(window: string | undefined): string {
    return window ? WINDOW_LABELS[window] ?? `per ${window}` : 'Not stated';
}

/**
 * `P1 incidents` for `for P1` (`P4 requests` on a request metric), `95th percentile` for
 * `at p95`, `during Business hours` for `during Business` (the calendar's title, which is
 * what readers know it by), joined when a target has several: `P1 incidents, 95th percentile`.
 */
export function scopeLabel(target: {
    metric?: string; priority?: string; percentile?: string; during?: string; measuredOn?: MeasuredOn
}): string {
    const calendar = target.measuredOn?.via === 'during' ? displayName(target.measuredOn.calendar) : target.during && simpleName(target.during);
    const parts = [
        target.priority ? `${target.priority} ${/request/i.test(target.metric ?? '') ? 'requests' : 'incidents'}` : undefined,
        target.percentile ? percentileLabel(target.percentile) : undefined,
        calendar ? `during ${calendar}` : undefined
    ].filter(part => part !== undefined);
    return parts.length > 0 ? parts.join(', ') : 'All';
}

/** Whether a target or credit has any qualifier besides its window. */
export function isQualified(target: { priority?: string; percentile?: string; during?: string }): boolean {
    return target.priority !== undefined || target.percentile !== undefined || target.during !== undefined;
}

export const SERVICE_KIND_LABELS: Readonly<Record<string, string>> = {
    business: 'Business service',
    technical: 'Technical service (supports other services; not offered to customers)'
};

export const LEVEL_LABELS: Readonly<Record<string, string>> = {
    high: 'High',
    medium: 'Medium',
    low: 'Low'
};

export function levelLabel(level: string | undefined): string | undefined {
    return level === undefined ? undefined : LEVEL_LABELS[level] ?? level;
}

export const CADENCE_LABELS: Readonly<Record<string, string>> = {
    weekly: 'Weekly',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    semiannual: 'Every six months',
    annual: 'Annually'
};

export const CREDIT_RULE_LABELS: Readonly<Record<string, string>> = {
    'highest-only': 'Highest only: when several credits apply to one period, only the highest is paid',
    'cumulative': 'Cumulative: every credit that applies to a period is paid'
};

/** The credit rule, saying when it is the default rather than stated. */
export function creditRuleLabel(agreement: Pick<AgreementEntry, 'creditRule' | 'creditRuleStated'>): string | undefined {
    if (agreement.creditRule === undefined) {
        return undefined;
    }
    const label = CREDIT_RULE_LABELS[agreement.creditRule] ?? agreement.creditRule;
    return agreement.creditRuleStated ? label : `${label} (the default; the agreement states no rule)`;
}

const DURATION_WORDS: Readonly<Record<string, [string, string]>> = {
    ms: ['millisecond', 'milliseconds'],
    s: ['second', 'seconds'],
    min: ['minute', 'minutes'],
    h: ['hour', 'hours'],
    d: ['day', 'days'],
    w: ['week', 'weeks']
};

/** `30 days` for `30d`, `2 hours` for `2h`; anything else as written. */
export function durationWords(duration: string): string {
    const match = /^([0-9]+(?:\.[0-9]+)?)(ms|min|s|h|d|w)$/.exec(duration);
    if (!match) {
        return duration;
    }
    const [singular, plural] = DURATION_WORDS[match[2]];
    return `${match[1]} ${Number(match[1]) === 1 ? singular : plural}`;
}

/** When an escalation level is involved: `At once` for `after 0min`, `After 30 minutes`. */
export function escalationAfterLabel(after: string | undefined): string {
    if (after === undefined) {
        return 'Not stated';
    }
    return /^0+(\.0+)?[a-z]+$/.test(after) ? 'At once' : `After ${durationWords(after)}`;
}

/** `2026-01-12 (the date of the latest approval)`; a draft has not been issued, whatever its dates. */
export function issueDateLabel(agreement: Pick<AgreementEntry, 'status' | 'issued'>): string {
    const { issued } = agreement;
    if (agreement.status === 'draft') {
        return 'Not issued: the agreement is a draft';
    }
    if (!issued) {
        return 'Not stated (no approval date and no validity start)';
    }
    return `${issued.date} (${issued.source === 'approval' ? 'the date of the latest approval' : 'the date the agreement is valid from'})`;
}

/** The party a responsibility names, in the agreement's own terms. */
export function responsiblePartyLabel(agreement: AgreementEntry, party: string): string {
    const ref = party === 'customer' ? agreement.customer
        : party === 'provider' ? agreement.provider
            : party === 'unit' ? agreement.unit
                : party === 'supplier' ? agreement.supplier
                    : undefined;
    const role = party.charAt(0).toUpperCase() + party.slice(1);
    const name = refLabel(ref);
    return name ? `${role}: ${name}` : role;
}

/** The counterparty that commits in an agreement: provider of an SLA, unit of an OLA, supplier of a UC. */
export function committingParty(agreement: AgreementEntry): EntityRef | undefined {
    switch (agreement.kind) {
        case 'sla': return agreement.provider;
        case 'ola': return agreement.unit ?? agreement.provider;
        case 'uc': return agreement.supplier;
    }
}

/** `Availability at least 99.9% per calendar month, P1 incidents`. */
export function targetSummary(target: TargetEntry): string {
    const scope = isQualified(target) ? `, ${scopeLabel(target)}` : '';
    const window = target.window ? ` ${windowLabel(target.window)}` : '';
    return `${target.metricTitle ?? target.metric} ${commitmentLabel(target.comparator, target.valueWords)}${window}${scope}`;
}
