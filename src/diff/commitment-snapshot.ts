/**
 * One side of a diff read as facts: for each element, what it commits to, keyed by
 * meaning (`target availability for service Erp`), never by where it is written. Two
 * sides that say the same thing in another order, layout or file give equal snapshots.
 */
import type { AstNode, CstNode, Reference } from 'langium';
import {
    isCalendar, isCustomer, isForecast, isMetric, isOla, isPattern, isPriority, isProvider, isService, isServicePackage, isSla, isSupplier,
    isUc, isUnit, isBinding,
    type Agreement, type Calendar, type Credit, type CreditCap, type Element, type Metric, type Model, type Money, type Offering,
    type PercentValue, type Priority, type Service, type ServiceScope, type Target
} from '../language/generated/ast.js';
import { commitmentOf, type Commitment } from '../language/commitments/metric-semantics.js';
import { qualifiersOf } from '../language/commitments/target-qualifiers.js';
import { kindGroupOf } from '../language/kind-groups.js';
import { formatNumber, measureOf, parseDuration, parseIsoDate } from '../language/literals.js';
import { qualifiedName } from '../language/qualified-names.js';
import { single } from '../language/single-valued-properties.js';
import type { CalendarModel, Calendars } from '../language/time/calendar-model.js';
import { durationInWords } from '../language/time/duration-words.js';
import { dailyRanges, formatClock, type WeekIntervals, WHOLE_WEEK } from '../language/time/week-intervals.js';
import type { ChangeEffect } from './commitment-change.js';

/**
 * How two values of one aspect compare: each rule knows which way is a weaker promise.
 * `neutral` aspects (titles, contacts, tags) never weaken anything.
 */
export type AspectRule =
    | { readonly rule: 'neutral' }
    /** A target: its value through the metric's direction (business time on its calendars), and its window. */
    | { readonly rule: 'target'; readonly commitment?: Commitment; readonly window?: string; readonly calendars: Calendars }
    /** A quantity where more is more promised (a credit's amount, a claim period), in one unit only. */
    | { readonly rule: 'more-is-stronger'; readonly magnitude: number; readonly unit: string }
    /** A quantity where less is more promised (an escalation's delay, a credit cap is the reverse: see `more-is-stronger`). */
    | { readonly rule: 'less-is-stronger'; readonly magnitude: number; readonly unit: string }
    /** Hours of a week: wider is stronger. */
    | { readonly rule: 'hours'; readonly open?: WeekIntervals; readonly zone?: string }
    /** A period of validity, as day numbers (missing ends are open). */
    | { readonly rule: 'validity'; readonly from?: number; readonly to?: number }
    /** A ladder of states (a service's status): higher is stronger. */
    | { readonly rule: 'rank'; readonly rank: number };

/** One fact of an element. */
export interface AspectFact {
    /** What it is about, in words: `target availability per month for service Erp`, `validity`, `service Erp`. */
    readonly aspect: string;
    /** The value in words: `at least 99.9% per month`, `from 2026-01-01 to 2026-12-31`, `present`. */
    readonly words: string;
    readonly rule: AspectRule;
    /** The effect of this fact appearing, and of it disappearing. */
    readonly added: ChangeEffect;
    readonly removed: ChangeEffect;
    /** Where it is written; the element's own node where the fact is implied. */
    readonly node: AstNode;
    /** The exact words where they are narrower than `node` (one name in a list). */
    readonly written?: CstNode;
}

export interface ElementSnapshot {
    /** `group|qualified name`: what matches an element with its counterpart on the other side. */
    readonly key: string;
    readonly group: string;
    /** The keyword: `service`, `sla`, `offering`, `calendar`, … */
    readonly kind: string;
    readonly name: string;
    readonly title?: string;
    readonly node: Element | Offering;
    /** Facts by aspect key. */
    readonly aspects: ReadonlyMap<string, AspectFact>;
}

export interface CommitmentSnapshot {
    readonly elements: ReadonlyMap<string, ElementSnapshot>;
}

/** How a name written on this side is called on the other (a rename's new name); identity when nothing was renamed. */
export type Renamer = (group: string, name: string) => string;

export const NO_RENAMES: Renamer = (_group, name) => name;

const KIND_OF_TYPE: Readonly<Record<string, string>> = {
    Provider: 'provider', Customer: 'customer', Unit: 'unit', Supplier: 'supplier', Calendar: 'calendar', Metric: 'metric',
    Priority: 'priority', Service: 'service', Offering: 'offering', Sla: 'sla', Ola: 'ola', Uc: 'uc', Pattern: 'pattern',
    Forecast: 'forecast', ServicePackage: 'package', Binding: 'binding'
};

export function elementKey(group: string, name: string): string {
    return `${group}|${name}`;
}

/** The snapshot of one side's documents. `calendars` reads that side's calendars. */
export function snapshotOf(models: readonly Model[], calendars: Calendars, rename: Renamer = NO_RENAMES): CommitmentSnapshot {
    const reader = new FactReader(calendars, rename);
    const elements = new Map<string, ElementSnapshot>();
    const add = (node: Element | Offering, name: string | undefined): void => {
        const kind = KIND_OF_TYPE[node.$type];
        if (!kind || !name) {
            return; // the built-in A2 model, or an element whose name did not parse
        }
        const group = node.$type === 'Offering' ? 'offering' : kindGroupOf(node.$type);
        const key = elementKey(group, name);
        if (elements.has(key)) {
            return; // a duplicate name: `duplicate-name` reports it, the first one counts
        }
        const title = (node as { title?: string }).title;
        elements.set(key, { key, group, kind, name, title, node, aspects: reader.factsOf(node) });
    };
    for (const model of models) {
        for (const element of model.elements) {
            const name = qualifiedName(element as Element & { name?: string });
            add(element, name);
            if (isService(element) && name) {
                for (const offering of element.offerings) {
                    add(offering, offering.name ? `${name}.${offering.name}` : undefined);
                }
            }
        }
    }
    return { elements };
}

const SERVICE_STATUS_RANK: Readonly<Record<string, number>> = { retired: 0, planned: 1, pipeline: 1, retiring: 1, live: 2 };
const AGREEMENT_STATUS_RANK: Readonly<Record<string, number>> = { draft: 0, finalized: 1 };
const CREDIT_RULE_RANK: Readonly<Record<string, number>> = { 'highest-only': 0, cumulative: 1 };

/** Reads the facts of elements; one per side. */
class FactReader {
    constructor(private readonly calendars: Calendars, private readonly rename: Renamer) {}

    factsOf(node: Element | Offering): Map<string, AspectFact> {
        const facts = new Map<string, AspectFact>();
        const put: Put = Object.assign((key: string, fact: AspectFact): void => {
            if (!facts.has(key)) {
                facts.set(key, fact);
            }
        }, { has: (key: string) => facts.has(key) });
        const neutral = (key: string, aspect: string, words: string | undefined, at: AstNode = node): void => {
            if (words !== undefined && words !== '') {
                put(key, { aspect, words, rule: NEUTRAL, added: 'neutral', removed: 'neutral', node: at });
            }
        };
        neutral('title', 'title', (node as { title?: string }).title);
        if (isService(node)) {
            this.serviceFacts(node, put, neutral);
        } else if (node.$type === 'Offering') {
            const offering = node as Offering;
            neutral('price', 'price', single(offering.price) && priceWords(single(offering.price)!));
            neutral('description', 'description', single(offering.description));
            this.targetFacts(offering.targets, undefined, put);
        } else if (isSla(node) || isOla(node) || isUc(node)) {
            this.agreementFacts(node, put, neutral);
        } else if (isCalendar(node)) {
            this.calendarFacts(node, put, neutral);
        } else if (isMetric(node)) {
            neutral('unit', 'unit', (node as Metric).unit);
            neutral('direction', 'direction', (node as Metric).direction);
        } else if (isPriority(node)) {
            const priority = node as Priority;
            neutral('impact', 'impact', single(priority.impact));
            neutral('urgency', 'urgency', single(priority.urgency));
            neutral('description', 'description', single(priority.description));
        } else if (isProvider(node) || isCustomer(node) || isUnit(node) || isSupplier(node)) {
            neutral('contact', 'contact', single(node.contact));
            neutral('users', 'users', single(node.users)?.toString());
        } else if (isPattern(node)) {
            this.members('customer', node.customer, 'party', 'neutral', 'neutral', put, node);
            this.members('drives', node.drives, 'service', 'neutral', 'neutral', put, node);
            neutral('users', 'users', single(node.users)?.toString());
            neutral('classification', 'classification', single(node.classification));
            node.peaks.forEach(peak => neutral(`peak ${peak.description}`, `peak ${peak.description}`, peak.factor !== undefined ? `x${peak.factor}` : 'present', peak));
        } else if (isForecast(node)) {
            neutral('service', 'for service', node.service && this.nameOf('service', node.service));
            node.periods.forEach(period => neutral(`period ${period.period}`, `demand in ${period.period}`, `${period.demand}${period.unit ? ` ${period.unit}` : ''}`, period));
        } else if (isServicePackage(node)) {
            this.members('service', node.services, 'service', 'neutral', 'neutral', put, node);
            this.members('serves', node.serves, 'demand', 'neutral', 'neutral', put, node);
            this.members('sla', node.slas, 'agreement', 'neutral', 'neutral', put, node);
            neutral('capacity', 'capacity', single(node.capacity)?.toString());
        } else if (isBinding(node)) {
            neutral('implements', 'implements', node.node?.$refText);
            neutral('owner', 'owner', single(node.owner) && this.nameOf('party', single(node.owner)!));
            neutral('tool', 'tool', single(node.tool));
            node.produces.forEach(produced => neutral(`produces ${produced.workProduct?.$refText}`, `produces ${produced.workProduct?.$refText}`,
                produced.artifacts.map(artifact => artifact.$refText).sort().join(', ') || 'present', produced));
            node.consumes.forEach(consumed => neutral(`consumes ${consumed.$refText}`, `consumes ${consumed.$refText}`, 'present'));
        }
        return facts;
    }

    private serviceFacts(service: Service, put: Put, neutral: Neutral): void {
        const status = single(service.status);
        if (status !== undefined) {
            put('status', { aspect: 'status', words: status, rule: { rule: 'rank', rank: SERVICE_STATUS_RANK[status] ?? 1 }, added: 'neutral', removed: 'neutral', node: service });
        }
        neutral('kind', 'kind', single(service.kind));
        neutral('tags', 'tags', [...service.tags].sort().join(', '));
        neutral('criticality', 'criticality', single(service.criticality));
        neutral('owner', 'owner', single(service.owner) && this.nameOf('party', single(service.owner)!));
        neutral('manager', 'manager', single(service.manager) && this.nameOf('party', single(service.manager)!));
        neutral('category', 'category', single(service.category));
        neutral('support', 'support', single(service.support));
        neutral('request', 'request', single(service.request));
        this.hoursFacts(service, put);
        for (const dependency of service.dependsOn) {
            const name = this.nameOf('service', dependency);
            put(`depends on ${name}`, { aspect: `depends on ${name}`, words: 'present', rule: NEUTRAL, added: 'neutral', removed: 'neutral', node: service });
        }
        for (const block of service.internal) {
            for (const entry of block.entries) {
                neutral(`internal ${entry.key}`, `internal ${entry.key}`, entry.value, entry);
            }
        }
    }

    private agreementFacts(agreement: Agreement, put: Put, neutral: Neutral): void {
        const status = single(agreement.status);
        if (status !== undefined) {
            put('status', { aspect: 'status', words: status, rule: { rule: 'rank', rank: AGREEMENT_STATUS_RANK[status] ?? 0 }, added: 'neutral', removed: 'neutral', node: agreement });
        }
        neutral('provider', 'provider', single(agreement.provider) && this.nameOf('party', single(agreement.provider)!));
        neutral('review', 'review', single(agreement.review));
        neutral('version', 'version', single(agreement.version));
        const validity = single(agreement.validity);
        if (validity) {
            put('validity', {
                aspect: 'validity', words: validityWords(validity.from, validity.to),
                rule: { rule: 'validity', from: validity.from ? parseIsoDate(validity.from) : undefined, to: validity.to ? parseIsoDate(validity.to) : undefined },
                // Stating a validity where there was none ends an open-ended promise; dropping it opens it.
                added: validity.to !== undefined || validity.from !== undefined ? 'weaker' : 'neutral',
                removed: validity.to !== undefined || validity.from !== undefined ? 'stronger' : 'neutral',
                node: validity
            });
        }
        this.hoursFacts(agreement, put);
        this.members('service', agreement.services, 'service', 'stronger', 'weaker', put, agreement);
        if (isSla(agreement)) {
            this.members('customer', agreement.customer, 'party', 'stronger', 'weaker', put, agreement);
            this.members('offering', agreement.offerings, 'offering', 'stronger', 'weaker', put, agreement);
            neutral('part of', 'part of', single(agreement.parent) && this.nameOf('agreement', single(agreement.parent)!));
            agreement.exclusions.forEach(exclusion =>
                put(`exclusion ${exclusion}`, { aspect: `exclusion ${exclusion}`, words: 'present', rule: NEUTRAL, added: 'weaker', removed: 'stronger', node: agreement }));
            agreement.reporting.forEach(reporting => neutral(`reporting ${reporting.cadence}`, `reporting ${reporting.cadence}`,
                [reporting.title ?? '', ...reporting.recipients.map(recipient => this.nameOf('party', recipient))].filter(word => word).join(', ') || 'present', reporting));
        } else {
            this.members('supports', agreement.supports, 'agreement', 'stronger', 'weaker', put, agreement);
            for (const redundancy of agreement.redundancy) {
                this.members('redundant with', redundancy.members, 'agreement', 'stronger', 'weaker', put, redundancy);
            }
            if (isOla(agreement)) {
                neutral('unit', 'unit', single(agreement.unit) && this.nameOf('party', single(agreement.unit)!));
            } else {
                neutral('supplier', 'supplier', single(agreement.supplier) && this.nameOf('party', single(agreement.supplier)!));
                neutral('contract', 'contract', single(agreement.contract));
            }
        }
        if (isSla(agreement) || isUc(agreement)) {
            this.creditFacts(agreement.credits, agreement.creditCap, put);
            const rule = single(agreement.creditRule);
            if (rule !== undefined) {
                put('credit rule', { aspect: 'credit rule', words: rule, rule: { rule: 'rank', rank: CREDIT_RULE_RANK[rule] ?? 0 }, added: 'neutral', removed: 'neutral', node: agreement });
            }
            const claim = single(agreement.claimWithin);
            const claimMagnitude = claim !== undefined ? parseDuration(claim)?.milliseconds : undefined;
            if (claim !== undefined && claimMagnitude !== undefined) {
                // No claim period means no deadline to claim by: stating one takes time away from the customer.
                put('claim period', { aspect: 'claim period', words: `within ${durationInWords({ kind: 'duration', magnitude: claimMagnitude, text: claim })}`,
                    rule: { rule: 'more-is-stronger', magnitude: claimMagnitude, unit: 'ms' }, added: 'weaker', removed: 'stronger', node: agreement });
            }
        }
        this.targetFacts(agreement.targets, undefined, put);
        for (const scope of agreement.scopes) {
            this.targetFacts(scope.targets, scope, put);
        }
        const escalation = single(agreement.escalation);
        for (const level of escalation?.levels ?? []) {
            const after = single(level.after);
            const delay = after !== undefined ? parseDuration(after)?.milliseconds : undefined;
            const words = [level.title, after !== undefined && delay !== undefined ? `after ${durationInWords({ kind: 'duration', magnitude: delay, text: after })}` : undefined,
                single(level.contact) !== undefined ? `contact ${single(level.contact)}` : undefined].filter(word => word !== undefined).join(', ');
            put(`escalation level ${level.level}`, {
                aspect: `escalation level ${level.level}`, words,
                rule: delay !== undefined ? { rule: 'less-is-stronger', magnitude: delay, unit: 'ms' } : NEUTRAL,
                added: 'stronger', removed: 'weaker', node: level
            });
        }
        for (const approval of agreement.approvals) {
            const party = this.nameOf('party', approval.party);
            neutral(`approved by ${party}`, `approved by ${party}`, [approval.role, approval.date].filter(word => word).join(', ') || 'present', approval);
        }
        for (const responsibility of agreement.responsibilities) {
            neutral(`responsibility ${responsibility.party} ${responsibility.text}`, `responsibility of the ${responsibility.party}`, responsibility.text, responsibility);
        }
    }

    private hoursFacts(owner: Agreement | Service, put: Put): void {
        for (const [property, reference] of [['hours', single(owner.hours)], ['support hours', single(owner.supportHours)]] as const) {
            if (!reference) {
                continue;
            }
            const model = this.calendars.modelOfReference(reference);
            put(property, {
                aspect: property, words: this.nameOf('calendar', reference), rule: hoursRule(model),
                // Without hours the service runs round the clock: naming a calendar can only narrow that.
                added: hoursRule(model).rule === 'hours' && !isRoundTheClock(model) ? 'weaker' : 'neutral',
                removed: hoursRule(model).rule === 'hours' && !isRoundTheClock(model) ? 'stronger' : 'neutral',
                node: owner
            });
        }
    }

    private calendarFacts(calendar: Calendar, put: Put, neutral: Neutral): void {
        neutral('timezone', 'timezone', single(calendar.timezone));
        const model = this.calendars.modelOf(calendar);
        if (calendar.hours.length > 0 && model.structured) {
            put('weekly hours', {
                aspect: 'weekly hours', words: weekWords(model.open), rule: { rule: 'hours', open: model.open, zone: model.timezone },
                added: 'neutral', removed: 'neutral', node: calendar.hours[0]
            });
        } else if (!model.structured) {
            neutral('weekly hours', 'weekly hours', model.text);
        }
        for (const holiday of calendar.holidays) {
            if (holiday.date === undefined) continue;
            const when = holiday.to ? `${holiday.date} to ${holiday.to}` : holiday.date;
            // A holiday closes the calendar: a new one narrows the hours it keeps.
            put(`holiday ${when}`, { aspect: `holiday ${when}`, words: holiday.title ?? 'present', rule: NEUTRAL, added: 'weaker', removed: 'stronger', node: holiday });
        }
        for (const file of calendar.holidayFiles) {
            neutral(`holidays ${file.path}`, `holidays from ${file.path}`, 'present', file);
        }
        for (const window of calendar.maintenance) {
            const ranges = window.ranges.join(', ');
            const when = window.date !== undefined ? `${window.date} ${ranges}` : `${window.days.join(', ')} ${ranges}`;
            put(`maintenance ${when}`, {
                aspect: `maintenance ${when}`, words: window.title ?? 'present', rule: NEUTRAL,
                // Maintenance is time the service may be down: more of it promises less.
                added: 'weaker', removed: 'stronger', node: window
            });
        }
    }

    private targetFacts(targets: readonly Target[], scope: ServiceScope | undefined, put: Put): void {
        const forService = scope?.service ? ` for service ${this.nameOf('service', scope.service)}` : '';
        for (const target of targets) {
            const { window, priority, percentile, during } = qualifiersOf(target);
            const metric = target.metric ? this.nameOf('metric', target.metric) : '?';
            const qualifier = [
                priority !== undefined ? `for ${this.rename('priority', priority)}` : undefined,
                percentile !== undefined ? `at ${percentile}` : undefined,
                during !== undefined ? `during ${this.rename('calendar', during)}` : undefined
            ].filter(part => part !== undefined).join(' ');
            const base = `target ${metric}${qualifier ? ` ${qualifier}` : ''}${forService}`;
            // Two targets on one metric and qualifiers differ by window (`per day` and `per month`): the window tells them apart.
            const key = put.has(base) ? `${base} per ${window ?? 'none'}` : base;
            const words = targetWords(target, window);
            put(key, {
                aspect: `target ${metric}${window ? ` per ${window}` : ''}${qualifier ? ` ${qualifier}` : ''}${forService}`, words,
                rule: { rule: 'target', commitment: commitmentOf(target), window, calendars: this.calendars },
                added: 'stronger', removed: 'weaker', node: target
            });
        }
    }

    private creditFacts(credits: readonly Credit[], caps: readonly CreditCap[], put: Put): void {
        for (const credit of credits) {
            const { window, priority, percentile, during } = qualifiersOf(credit);
            const measure = measureOf(credit.value);
            const condition = [
                `${credit.metric ? this.nameOf('metric', credit.metric) : '?'} ${credit.comparator} ${measure?.text ?? '?'}`,
                window !== undefined ? `per ${window}` : undefined,
                priority !== undefined ? `for ${this.rename('priority', priority)}` : undefined,
                percentile !== undefined ? `at ${percentile}` : undefined,
                during !== undefined ? `during ${this.rename('calendar', during)}` : undefined
            ].filter(part => part !== undefined).join(' ');
            const amount = amountOf(credit.amount, credit.basis);
            put(`credit when ${condition}`, {
                aspect: `credit when ${condition}`, words: amount.words, rule: amount.rule,
                added: 'stronger', removed: 'weaker', node: credit
            });
        }
        const cap = single(caps);
        if (cap) {
            const amount = amountOf(cap.amount, cap.basis, cap.window);
            // A cap limits what credits pay: a new cap takes from the customer, a dropped one gives back.
            put('credit cap', { aspect: 'credit cap', words: amount.words, rule: amount.rule, added: 'weaker', removed: 'stronger', node: cap });
        }
    }

    /** One aspect per member of a set (`customer Finance`), so a member dropped or added is a change of its own. */
    private members(label: string, references: ReadonlyArray<Reference<AstNode & { name?: string }>>, group: string,
        added: ChangeEffect, removed: ChangeEffect, put: Put, at: AstNode): void {
        for (const reference of references) {
            const name = this.nameOf(group, reference);
            put(`${label} ${name}`, { aspect: `${label} ${name}`, words: 'present', rule: NEUTRAL, added, removed, node: at, written: reference.$refNode });
        }
    }

    /** A referenced element by the name it has on the other side after a rename; as written where it does not resolve. */
    private nameOf(group: string, reference: Reference<AstNode & { name?: string }>): string {
        const target = reference.ref;
        if (!target) {
            return reference.$refText;
        }
        if (target.$type === 'Offering') {
            const service = target.$container as Service;
            return this.rename('offering', `${qualifiedName(service) ?? service.name}.${target.name}`);
        }
        return this.rename(group, qualifiedName(target) ?? reference.$refText);
    }
}

/** Records a fact unless its key is taken (a repeated property: the first one written holds). */
interface Put {
    (key: string, fact: AspectFact): void;
    has(key: string): boolean;
}
type Neutral = (key: string, aspect: string, words: string | undefined, at?: AstNode) => void;

const NEUTRAL: AspectRule = Object.freeze({ rule: 'neutral' });

function hoursRule(model: CalendarModel | undefined): AspectRule {
    return model?.structured ? { rule: 'hours', open: model.open, zone: model.timezone } : NEUTRAL;
}

function isRoundTheClock(model: CalendarModel | undefined): boolean {
    return model?.structured === true && model.open.length === 1 && model.open[0][0] === WHOLE_WEEK[0][0] && model.open[0][1] === WHOLE_WEEK[0][1];
}

/** `Mon–Fri 08:00–18:00`-like words for a week: each day's ranges, days with equal ranges joined. */
export function weekWords(open: WeekIntervals): string {
    const days = dailyRanges(open).map(({ day, ranges }) => ({
        day, text: ranges.length === 0 ? '' : ranges.map(range => `${formatClock(range.start)}-${formatClock(range.end)}`).join(', ')
    }));
    const runs: string[] = [];
    for (let index = 0; index < days.length;) {
        let end = index;
        while (end + 1 < days.length && days[end + 1].text === days[index].text) end++;
        if (days[index].text !== '') {
            runs.push(`${index === end ? days[index].day : `${days[index].day}-${days[end].day}`} ${days[index].text}`);
        }
        index = end + 1;
    }
    return runs.length > 0 ? runs.join('; ') : 'closed';
}

/** `at least 99.9% per month`, `at most 4 hours for P1`: a target as a promise. */
export function targetWords(target: Target, window: string | undefined): string {
    const measure = measureOf(target.value);
    const value = measure ? (measure.kind === 'duration' ? durationInWords(measure) : measure.text) : '?';
    const comparison: Readonly<Record<string, string>> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than', '=': 'exactly' };
    return `${comparison[target.comparator] ?? target.comparator} ${value}${window ? ` per ${window}` : ''}`;
}

function validityWords(from: string | undefined, to: string | undefined): string {
    return [from !== undefined ? `from ${from}` : undefined, to !== undefined ? `to ${to}` : undefined].filter(part => part).join(' ') || 'open';
}

function priceWords(price: { amount: string; currency: string; per: string[] }): string {
    return `${price.amount} ${price.currency}${price.per.map(per => ` per ${per}`).join('')}`;
}

/** A credit's or cap's amount in words and as a quantity comparable with another in the same unit. */
function amountOf(amount: PercentValue | Money, basis: string | undefined, window?: string): { words: string; rule: AspectRule } {
    const percent = amount.$type === 'PercentValue';
    const text = percent ? `${formatNumber((amount as PercentValue).percent)}%` : `${(amount as Money).amount} ${(amount as Money).currency}`;
    const magnitude = percent ? (amount as PercentValue).percent : Number((amount as Money).amount);
    const unit = `${percent ? '%' : (amount as Money).currency}|${basis ?? ''}|${window ?? ''}`;
    return {
        words: `${text}${basis !== undefined ? ` of ${basis}` : ''}${window !== undefined ? ` per ${window}` : ''}`,
        rule: Number.isFinite(magnitude) ? { rule: 'more-is-stronger', magnitude, unit } : NEUTRAL
    };
}
