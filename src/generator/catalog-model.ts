/**
 * The catalog view model: everything the generators publish, read once from the ASTs of
 * the user's documents into plain, sorted data. Renderers never touch the AST, so each
 * output format sees the same facts in the same order, and views filter one structure
 * (see catalog-views.ts) instead of each format remembering what to leave out.
 */
import { AstUtils, isJSDoc, parseJSDoc, type AstNode, type JSDocParseOptions, type Reference } from 'langium';
import {
    isBinding, isCalendar, isCustomer, isForecast, isOla, isPattern, isPriority, isProvider, isService,
    isServicePackage, isSla, isSupplier, isUc, isUnit,
    type Binding, type Calendar, type Customer, type Element, type Forecast, type Model, type Ola, type Pattern,
    type Price, type Provider, type ServicePackage, type Sla, type Supplier, type Uc, type Unit
} from '../language/generated/ast.js';
import {
    claimPeriodsOf, contractsOf, creditCapsOf, creditRulesOf, creditsOf, customersOf, suppliersOf, supportedSlasOf, unitsOf
} from '../language/agreement-parts.js';
import type { ValueKind } from '../language/literals.js';
import { worstOwnCompositions, type ServiceAvailabilityComposition } from '../language/commitments/availability-composition.js';
import type { Calendars } from '../language/time/calendar-model.js';
import type { DayName } from '../language/time/week-intervals.js';
import { CalendarEntries } from './calendar-entries.js';
import { TargetTiming } from './target-timing.js';
import { single } from '../language/single-valued-properties.js';
import { formatMoney } from './money-text.js';
import { entityRef, nameOf, offeringRef, refName } from './catalog-refs.js';
import { agreementTargetsOf, targetOf } from './agreement-targets.js';
import { approvalsOf, creditCapOf, creditOf, escalationOf, issueDateOf, reportingOf } from './agreement-terms.js';
import { priorityDefinitions } from './priority-definitions.js';
import { compareText, orderedByText } from './text-order.js';
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import type { SvcdefServices } from '../language/svcdef-module.js';

export type PartyKind = 'provider' | 'customer' | 'unit' | 'supplier';
export type AgreementKind = 'sla' | 'ola' | 'uc';
/** A business service is offered to customers; a technical one only supports other services. */
export type ServiceKind = 'business' | 'technical';

/** A reference as the catalog shows it: the target's qualified name and title when it resolved. */
export interface EntityRef {
    readonly name: string;
    readonly title?: string;
    /** The kind of element the reference resolved to (`service`, `provider`, ...). */
    readonly kind?: string;
    readonly resolved: boolean;
}

export interface HoursInfo {
    readonly name: string;
    readonly title?: string;
    readonly timezone?: string;
    readonly resolved: boolean;
    /** The calendar's hours, maintenance and holidays, when the reference resolved. */
    readonly calendar?: CalendarEntry;
}

/** `08:00` to `18:00` on one day; `to` is `24:00` for a range that ends at midnight. */
export interface ClockRange {
    readonly from: string;
    readonly to: string;
}

export interface DayHoursEntry {
    readonly day: DayName;
    /** The open ranges within the day, cut at midnight; none for a closed day. */
    readonly ranges: readonly ClockRange[];
}

/** A weekly maintenance window, `Sun 02:00` to `Sun 05:00` (or into the next day: `Sat 23:00` to `Sun 01:00`). */
export interface WeeklyMaintenanceEntry {
    readonly from: string;
    readonly to: string;
    readonly title?: string;
}

/** Maintenance announced for one date; `to` earlier than `from` ends on the next day. */
export interface OneOffMaintenanceEntry extends ClockRange {
    readonly date: string;
    readonly title?: string;
}

/** Whole days from `from` to `to`, both included. */
export interface HolidayEntry {
    readonly from: string;
    readonly to: string;
    readonly title?: string;
}

/** A calendar as published: service or support hours that agreements and services name. */
export interface CalendarEntry {
    readonly name: string;
    readonly title?: string;
    /** A valid IANA zone; absent where none (or none valid) is stated: the hours are then local time. */
    readonly timezone?: string;
    /** False for a first-edition one-line calendar, whose hours are the free text `text`. */
    readonly structured: boolean;
    readonly text?: string;
    /** Whether it is open every minute of the week. */
    readonly roundTheClock: boolean;
    /** Monday to Sunday; empty for a calendar whose hours are free text. */
    readonly week: readonly DayHoursEntry[];
    readonly maintenance: readonly WeeklyMaintenanceEntry[];
    readonly maintenanceOnce: readonly OneOffMaintenanceEntry[];
    /** Inline holidays and those of the calendar's iCalendar files, by date. */
    readonly holidays: readonly HolidayEntry[];
}

/** The calendar a target is measured over, and where it comes from. */
export interface MeasuredOn {
    readonly via: 'during' | 'hours' | 'support hours';
    readonly calendar: CalendarEntry;
}

/** `2 business days`, with the clock time it can take on the calendar it runs on. */
export interface BusinessDurationEntry {
    readonly amount: number;
    readonly unit: 'hours' | 'days';
    /** The support hours (else service hours) it runs on. */
    readonly calendar?: string;
    /** The shortest and longest clock time over every start in a week. */
    readonly clockRange?: {
        readonly shortestSeconds: number;
        readonly longestSeconds: number;
        /** `1 day to 3 days 14 hours`. */
        readonly text: string;
    };
    /** Why there is no clock range. */
    readonly unknownBecause?: string;
}

/** The downtime an availability target allows per window, over the hours it is measured in. */
export interface ErrorBudgetEntry {
    readonly window: string;
    /** Whether the target states no window and a month is assumed. */
    readonly assumedWindow: boolean;
    /** Seconds per window in which availability is measured: service hours minus weekly maintenance. */
    readonly measuredSeconds: number;
    readonly allowedSeconds: number;
    /** The calendar measured over; absent for round the clock without one. */
    readonly calendar?: string;
    /** `43 min 50 s`. */
    readonly text: string;
}

/** How much of an SLA availability target's error budget the OLAs and UCs under it leave. */
export interface SupportingBudgetEntry {
    /** The availability the supporting agreements reach together, in percent. */
    readonly compositePercent: number;
    /** `OLA Network 99.95% × UC Cloud mail relay 99.95%`. */
    readonly formula: string;
    /** The downtime that availability allows over the SLA's measured hours. */
    readonly supportingAllowedSeconds: number;
    /** The SLA's allowed downtime minus the supporting chain's; negative where the chain alone may use more. */
    readonly leftSeconds: number;
}

export interface PriceInfo {
    /** The decimal as written (`4.50`), never a float: prices are money. */
    readonly amount: string;
    readonly currency: string;
    readonly per: readonly string[];
    /** `4.50 EUR per user per month`. */
    readonly text: string;
}

/** An offering (tier) of a service: its price and the service levels published for it. */
export interface OfferingEntry {
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    readonly price?: PriceInfo;
    readonly targets: readonly TargetEntry[];
}

/** An offering an SLA sells (`offerings EHR.Gold`), named `Service.Offering`. */
export interface OfferingRef extends EntityRef {
    /** The qualified name of the offering's service, when it resolved. */
    readonly service?: string;
}

export interface InternalEntry {
    readonly key: string;
    readonly value: string;
}

export interface ServiceEntry {
    /** Unique among services: the qualified name, suffixed only when a name is declared twice. */
    readonly id: string;
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    readonly status?: string;
    /** `status retiring until 2027-06-30`: the day a retiring (or retired) service ends, as written. */
    readonly retiresOn?: string;
    /** `replaced by Mail365`: the service that takes the place of a retiring or retired one. */
    readonly replacedBy?: EntityRef;
    readonly kind: ServiceKind;
    readonly tags: readonly string[];
    readonly criticality?: string;
    /** The accountable service owner (a party). */
    readonly owner?: EntityRef;
    /** The day-to-day service manager (a party). */
    readonly manager?: EntityRef;
    readonly category?: string;
    readonly hours?: HoursInfo;
    readonly supportHours?: HoursInfo;
    readonly support?: string;
    readonly request?: string;
    readonly dependencies: readonly EntityRef[];
    readonly offerings: readonly OfferingEntry[];
    readonly internal: readonly InternalEntry[];
    /** SLAs whose `services` name this service. */
    readonly slas: readonly string[];
    /** Customers of those SLAs. */
    readonly customers: readonly string[];
    /** Service level packages that bundle this service. */
    readonly packages: readonly string[];
}

/** The qualifiers of a target, or of the condition a credit is paid on. */
export interface QualifierFields {
    readonly window?: string;
    readonly priority?: string;
    readonly percentile?: string;
    /** `during Business`: the calendar the target is measured in. */
    readonly during?: string;
    /** `for P1 at p95 during Business` (in this order whatever the source order), or empty. */
    readonly qualifier: string;
}

export interface TargetEntry extends QualifierFields {
    readonly metric: string;
    readonly metricTitle?: string;
    /** The metric's direction when it resolved: `higher` or `lower` is better. */
    readonly direction?: string;
    readonly comparator: string;
    readonly value: string;
    readonly valueKind?: ValueKind;
    /** Percent points, milliseconds or the plain number. */
    readonly magnitude?: number;
    /** The whole target in svcdef's own words: `availability >= 99.9% per month`. */
    readonly text: string;
    /** The value as people write it: `15 minutes`, `2 business days`, `99.9%`. */
    readonly valueWords: string;
    /** For a business duration: what it runs on and the clock time it can take. */
    readonly business?: BusinessDurationEntry;
    /** The calendar the target is measured over; absent for round the clock. */
    readonly measuredOn?: MeasuredOn;
    /** For an availability target measured over hours that can be counted. */
    readonly errorBudget?: ErrorBudgetEntry;
    /** For an SLA's own availability target that OLAs or UCs underpin: what their composed availability leaves of the budget. */
    readonly supportingBudget?: SupportingBudgetEntry;
    /** For a target an SLA has from the agreement it is `part of`: that agreement's qualified name. */
    readonly inheritedFrom?: string;
    /** For a target stated in a `for service` block: that service's qualified name. */
    readonly forService?: string;
}

/**
 * The targets that apply to one service of an agreement, where they differ from the
 * agreement-wide ones: a `for service` block adds to them and replaces the same metric
 * and qualifiers.
 */
export interface ServiceTargetsEntry {
    readonly service: EntityRef;
    /** Every target that applies to the service, agreement-wide ones included. */
    readonly targets: readonly TargetEntry[];
}

export interface CreditEntry extends QualifierFields {
    /** `5%` or `200 EUR`. */
    readonly amount: string;
    /** `monthly charge`, when the credit says what it is a share of. */
    readonly basis?: string;
    readonly metric: string;
    readonly comparator: string;
    readonly value: string;
    /** The value as people write it: `30 minutes`. */
    readonly valueWords: string;
    /** `5% of monthly charge when availability < 99.9% per month`. */
    readonly text: string;
}

export interface CreditCapEntry {
    readonly amount: string;
    readonly basis?: string;
    readonly window?: string;
    /** `20% of monthly charge per month`. */
    readonly text: string;
}

export type CreditRule = 'highest-only' | 'cumulative';

export interface EscalationLevelEntry {
    readonly level: number;
    readonly title: string;
    readonly contact?: string;
    /** How long after the incident is raised this level is involved, as written (`30min`). */
    readonly after?: string;
}

export interface ReportingEntry {
    readonly cadence: string;
    readonly recipients: readonly EntityRef[];
    readonly title?: string;
}

export interface ApprovalEntry {
    readonly party: EntityRef;
    readonly role?: string;
    readonly date?: string;
}

/** The date a document is issued on, and what it was taken from, so that output stays reproducible. */
export interface IssueDate {
    readonly date: string;
    /** `approval`: the latest approval date; `validity`: the `valid from` date. */
    readonly source: 'approval' | 'validity';
}

/** A priority as published: its definition in the workspace, else the built-in one. */
export interface PriorityEntry {
    /** The name targets use (`P1`, `Major`). */
    readonly name: string;
    readonly title?: string;
    readonly impact?: string;
    readonly urgency?: string;
    readonly description?: string;
    /** True for P1..P5 when no workspace declaration defines them. */
    readonly builtin: boolean;
}

export interface ResponsibilityEntry {
    readonly party: string;
    readonly text: string;
}

/** An agreement whose validity ended before today, or begins after it: in neither case is it in force. */
export type AgreementStanding = 'expired' | 'not-yet-in-force';

export interface ValidityInfo {
    readonly from?: string;
    readonly to?: string;
}

export interface AgreementEntry {
    readonly id: string;
    readonly kind: AgreementKind;
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    /** The first of `customers`, kept for readers of the first edition's single customer. */
    readonly customer?: EntityRef;
    readonly customers: readonly EntityRef[];
    readonly provider?: EntityRef;
    readonly unit?: EntityRef;
    readonly supplier?: EntityRef;
    readonly services: readonly EntityRef[];
    /** The SLA this one is `part of`. */
    readonly parent?: EntityRef;
    /** The offerings (tiers) an SLA sells. */
    readonly offerings: readonly OfferingRef[];
    readonly status?: string;
    readonly validity?: ValidityInfo;
    /**
     * Whether the validity period holds on the day the catalog is published for (`--today`):
     * set by the view (catalog-views.ts), absent where no day was given or the period holds.
     */
    readonly standing?: AgreementStanding;
    readonly review?: string;
    /** Service hours: when availability is measured. */
    readonly hours?: HoursInfo;
    /** Support hours: when incidents are worked; business durations run on them (else on the service hours). */
    readonly supportHours?: HoursInfo;
    readonly contract?: string;
    /** The targets that apply to every service: the agreement's own, then those inherited from its parents. */
    readonly targets: readonly TargetEntry[];
    /** Services whose targets differ from `targets` because of `for service` blocks, in the order the agreement names them. */
    readonly serviceTargets: readonly ServiceTargetsEntry[];
    readonly credits: readonly CreditEntry[];
    readonly creditCaps: readonly CreditCapEntry[];
    /** How several applicable credits combine; `highest-only` when credits exist and no rule is stated. */
    readonly creditRule?: CreditRule;
    /** Whether the agreement states the rule itself (`credits cumulative`) rather than taking the default. */
    readonly creditRuleStated: boolean;
    /** `claim within 30d`: how long the customer has to claim a credit, as written. */
    readonly claimWithin?: string;
    readonly escalation: readonly EscalationLevelEntry[];
    readonly reporting: readonly ReportingEntry[];
    readonly exclusions: readonly string[];
    readonly version?: string;
    readonly approvals: readonly ApprovalEntry[];
    /** The latest approval date, else the `valid from` date; absent when there is neither. */
    readonly issued?: IssueDate;
    readonly responsibilities: readonly ResponsibilityEntry[];
    /** For OLAs and UCs: the SLAs they underpin. */
    readonly supports: readonly EntityRef[];
    /** For SLAs: the OLAs and UCs that name them in `supports`, by qualified name. */
    readonly supportedBy: readonly string[];
}

export interface PartyEntry {
    readonly id: string;
    readonly kind: PartyKind;
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    readonly contact?: string;
    readonly users?: number;
}

export interface PeakEntry {
    readonly description: string;
    readonly factor?: number;
}

export interface PatternEntry {
    readonly id: string;
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    readonly customer?: EntityRef;
    readonly drives: readonly EntityRef[];
    readonly users?: number;
    readonly usersLabel?: string;
    readonly peaks: readonly PeakEntry[];
    readonly classification?: string;
}

export interface ForecastPeriodEntry {
    readonly period: string;
    readonly demand: number;
    readonly unit?: string;
}

export interface ForecastEntry {
    readonly id: string;
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    readonly service: EntityRef;
    readonly periods: readonly ForecastPeriodEntry[];
}

export interface PackageEntry {
    readonly id: string;
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    readonly services: readonly EntityRef[];
    readonly serves: readonly EntityRef[];
    readonly slas: readonly EntityRef[];
    readonly capacity?: number;
    readonly capacityUnit?: string;
}

export interface ProducedWorkProduct {
    readonly workProduct: string;
    readonly artifacts: readonly EntityRef[];
}

export interface BindingEntry {
    readonly id: string;
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    /** The implemented A2 node: id as written, with the model's name and kind when it exists. */
    readonly node: { readonly id: string; readonly name?: string; readonly kind?: string };
    readonly owner?: EntityRef;
    readonly tool?: string;
    readonly produces: readonly ProducedWorkProduct[];
    readonly consumes: readonly string[];
}

export interface Catalog {
    readonly services: readonly ServiceEntry[];
    /** The workspace's calendars, and the built-in ones that something names. */
    readonly calendars: readonly (CalendarEntry & { readonly id: string })[];
    /** Every priority a document may mention: P1..P5 (as the workspace defines them, else built in) and the workspace's own. */
    readonly priorities: readonly PriorityEntry[];
    readonly slas: readonly AgreementEntry[];
    readonly olas: readonly AgreementEntry[];
    readonly ucs: readonly AgreementEntry[];
    readonly providers: readonly PartyEntry[];
    readonly customers: readonly PartyEntry[];
    readonly units: readonly PartyEntry[];
    readonly suppliers: readonly PartyEntry[];
    readonly patterns: readonly PatternEntry[];
    readonly forecasts: readonly ForecastEntry[];
    readonly packages: readonly PackageEntry[];
    readonly bindings: readonly BindingEntry[];
}

/** What building the catalog needs from the language services. */
export interface CatalogSources {
    /** Raw comment text directly above a node (Langium's CommentProvider). */
    readonly commentOf: (node: AstNode) => string | undefined;
    readonly a2: A2ReferenceModel;
    /** Calendars read into hours the time core computes with. */
    readonly calendars: Calendars;
    /** For each availability target an SLA states itself, the composition of its supporting chain where it fares worst. */
    readonly supportingAvailability: (sla: Sla) => readonly ServiceAvailabilityComposition[];
}

export function catalogSourcesOf(services: SvcdefServices): CatalogSources {
    const comments = services.documentation.CommentProvider;
    const index = services.workspace.WorkspaceIndex;
    // The searches validation made through `depends on` answer the supporting chains' questions too.
    const reliesOn = services.workspace.DependencyClosures.reliesOn;
    return {
        commentOf: node => comments.getComment(node),
        a2: services.a2.Model,
        calendars: services.time.Calendars,
        supportingAvailability: sla => worstOwnCompositions(sla, index, reliesOn)
    };
}

/** Builds the catalog from the models of the user's documents (never the built-in library). */
export function buildCatalog(models: readonly Model[], sources: CatalogSources): Catalog {
    const elements = collectElements(models);
    const describe = (node: AstNode) => documentationOf(node, sources.commentOf);
    const calendarEntries = new CalendarEntries(sources.calendars);
    // The workspace's own calendars first, in the catalog's order; built-in ones as they are named.
    elements.filter(isCalendar).forEach(calendar => calendarEntries.entryOf(calendar));
    const hoursOf = (ref: Reference<Calendar> | undefined) => hoursInfoOf(ref, calendarEntries);
    const timing = new TargetTiming(sources.calendars, calendarEntries);

    const slaElements = elements.filter(isSla);
    const supporters = elements.filter((element): element is Ola | Uc => isOla(element) || isUc(element));
    // Indexed once by the name they refer to: a catalog of thousands of services must not
    // scan every SLA for every service.
    const slasByService = groupByReferencedName(slaElements, sla => sla.services);
    const packagesByService = groupByReferencedName(elements.filter(isServicePackage), pkg => pkg.services);
    const supportersBySla = groupByReferencedName(supporters, agreement => agreement.supports);

    const services = withIds(elements.filter(isService).map(service => {
        const name = nameOf(service);
        const covering = slasByService.get(name) ?? [];
        return {
            name,
            title: service.title,
            description: describe(service),
            status: single(service.status),
            retiresOn: single(service.retiresOn),
            replacedBy: entityRef(single(service.replacedBy)),
            kind: single(service.kind) ?? 'business',
            tags: [...service.tags],
            criticality: single(service.criticality),
            owner: entityRef(single(service.owner)),
            manager: entityRef(single(service.manager)),
            category: single(service.category),
            hours: hoursOf(single(service.hours)),
            supportHours: hoursOf(single(service.supportHours)),
            support: single(service.support),
            request: single(service.request),
            dependencies: sortRefs(service.dependsOn.map(ref => entityRef(ref)!)),
            offerings: service.offerings.map(offering => {
                const price = single(offering.price);
                return {
                    name: offering.name,
                    title: offering.title,
                    description: single(offering.description),
                    price: price && priceOf(price),
                    targets: offering.targets.map(target => targetOf(target, { timing }))
                };
            }),
            internal: (single(service.internal)?.entries ?? []).map(entry => ({ key: entry.key, value: entry.value })),
            slas: sortedUnique(covering.map(nameOf)),
            customers: sortedUnique(covering.flatMap(sla => sla.customer.map(refName))),
            packages: sortedUnique((packagesByService.get(name) ?? []).map(nameOf))
        };
    }));

    const agreement = (element: Sla | Ola | Uc, kind: AgreementKind): Omit<AgreementEntry, 'id'> => {
        const name = nameOf(element);
        const validity = single(element.validity);
        const customers = customersOf(element).map(ref => entityRef(ref)!);
        const credits = creditsOf(element).map(creditOf);
        // The grammar admits only the two rules, so the text is one of them.
        const statedRule = single(creditRulesOf(element)) as CreditRule | undefined;
        const approvals = approvalsOf(element);
        const chains = isSla(element)
            ? new Map(sources.supportingAvailability(element).map(composition => [composition.promised.target, composition]))
            : undefined;
        const { targets, serviceTargets } = agreementTargetsOf(element, { timing, supportingChainOf: chains && (target => chains.get(target)) });
        return {
            kind,
            name,
            title: element.title,
            description: describe(element),
            customer: customers[0],
            customers,
            provider: entityRef(single(element.provider)),
            unit: entityRef(single(unitsOf(element))),
            supplier: entityRef(single(suppliersOf(element))),
            services: element.services.map(ref => entityRef(ref)!),
            parent: isSla(element) ? entityRef(single(element.parent)) : undefined,
            offerings: isSla(element) ? element.offerings.map(offeringRef) : [],
            status: single(element.status),
            validity: validity && (validity.from !== undefined || validity.to !== undefined)
                ? { from: validity.from, to: validity.to }
                : undefined,
            review: single(element.review),
            hours: hoursOf(single(element.hours)),
            supportHours: hoursOf(single(element.supportHours)),
            contract: single(contractsOf(element)),
            targets,
            serviceTargets,
            credits,
            creditCaps: creditCapsOf(element).map(creditCapOf),
            creditRule: statedRule ?? (credits.length > 0 ? 'highest-only' as const : undefined),
            creditRuleStated: statedRule !== undefined,
            claimWithin: single(claimPeriodsOf(element)),
            escalation: escalationOf(single(element.escalation)),
            reporting: isSla(element) ? element.reporting.map(reportingOf) : [],
            exclusions: isSla(element) ? [...element.exclusions] : [],
            version: single(element.version),
            approvals,
            // A draft has not been issued, whatever its approvals and dates say.
            issued: single(element.status) === 'draft' ? undefined : issueDateOf(approvals, validity?.from),
            responsibilities: element.responsibilities.map(item => ({ party: item.party, text: item.text })),
            supports: sortRefs(supportedSlasOf(element).map(ref => entityRef(ref)!)),
            supportedBy: kind === 'sla'
                ? sortedUnique((supportersBySla.get(name) ?? []).map(nameOf))
                : []
        };
    };

    const party = (kind: PartyKind) => (element: Provider | Customer | Unit | Supplier) => ({
        kind,
        name: nameOf(element),
        title: element.title,
        description: describe(element),
        contact: single(element.contact),
        users: single(element.users)
    });

    const slas = withIds(slaElements.map(sla => agreement(sla, 'sla')));
    const olas = withIds(elements.filter(isOla).map(ola => agreement(ola, 'ola')));
    const ucs = withIds(elements.filter(isUc).map(uc => agreement(uc, 'uc')));
    return {
        services,
        calendars: withIds(calendarEntries.all()),
        priorities: priorityDefinitions(elements.filter(isPriority), describe),
        slas,
        olas,
        ucs,
        providers: withIds(elements.filter(isProvider).map(party('provider'))),
        customers: withIds(elements.filter(isCustomer).map(party('customer'))),
        units: withIds(elements.filter(isUnit).map(party('unit'))),
        suppliers: withIds(elements.filter(isSupplier).map(party('supplier'))),
        patterns: withIds(elements.filter(isPattern).map(pattern => patternOf(pattern, describe))),
        forecasts: withIds(elements.filter(isForecast).map(forecast => forecastOf(forecast, describe))),
        packages: withIds(elements.filter(isServicePackage).map(pkg => packageOf(pkg, describe))),
        bindings: withIds(elements.filter(isBinding).map(binding => bindingOf(binding, describe, sources.a2)))
    };
}

/**
 * Every top-level element of every model, in a deterministic order: by qualified name,
 * then by document URI and position for names declared more than once.
 */
function collectElements(models: readonly Model[]): Element[] {
    const located = models.flatMap(model => {
        const uri = AstUtils.getDocument(model).uri.toString();
        // Elements a syntax error left without a name cannot be published or linked to.
        return model.elements
            .filter(element => typeof element.name === 'string' && element.name.length > 0)
            .map(element => ({ element, name: nameOf(element), uri }));
    });
    // Ties keep the order of the models and of the elements in each: by position in its document.
    return orderedByText(located, item => item.name, item => item.uri).map(item => item.element);
}

/** Gives each entry an id: its name, or `name~2`, `name~3` for repeated declarations of one name. */
function withIds<T extends { name: string }>(entries: readonly T[]): Array<T & { id: string }> {
    const seen = new Map<string, number>();
    return entries.map(entry => {
        const count = (seen.get(entry.name) ?? 0) + 1;
        seen.set(entry.name, count);
        return { id: count === 1 ? entry.name : `${entry.name}~${count}`, ...entry };
    });
}


/** Each element under every name its references (`services`, `supports`, …) point to, once per name. */
function groupByReferencedName<T extends AstNode>(elements: readonly T[], referencesOf: (element: T) => ReadonlyArray<Reference<AstNode & { name?: string }>>): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const element of elements) {
        for (const name of new Set(referencesOf(element).map(refName))) {
            const group = groups.get(name);
            if (group) {
                group.push(element);
            } else {
                groups.set(name, [element]);
            }
        }
    }
    return groups;
}




function sortRefs(refs: readonly EntityRef[]): EntityRef[] {
    return orderedByText(refs, ref => ref.name);
}

function sortedUnique(names: readonly string[]): string[] {
    return [...new Set(names)].sort(compareText);
}

function hoursInfoOf(ref: Reference<Calendar> | undefined, calendars: CalendarEntries): HoursInfo | undefined {
    if (!ref) {
        return undefined;
    }
    const calendar = ref.ref;
    return calendar
        ? { name: nameOf(calendar), title: calendar.title, timezone: single(calendar.timezone), resolved: true, calendar: calendars.entryOf(calendar) }
        : { name: ref.$refText, resolved: false };
}

function priceOf(price: Price): PriceInfo {
    const per = [...price.per];
    const perText = per.map(unit => ` per ${unit}`).join('');
    return { amount: price.amount, currency: price.currency, per, text: `${formatMoney(price.amount)} ${price.currency}${perText}` };
}



function patternOf(pattern: Pattern, describe: (node: AstNode) => string | undefined) {
    return {
        name: nameOf(pattern),
        title: pattern.title,
        description: describe(pattern),
        customer: entityRef(single(pattern.customer)),
        drives: sortRefs(pattern.drives.map(ref => entityRef(ref)!)),
        users: single(pattern.users),
        usersLabel: single(pattern.usersLabel),
        peaks: pattern.peaks.map(peak => ({ description: peak.description, factor: peak.factor })),
        classification: single(pattern.classification)
    };
}

function forecastOf(forecast: Forecast, describe: (node: AstNode) => string | undefined) {
    return {
        name: nameOf(forecast),
        title: forecast.title,
        description: describe(forecast),
        service: entityRef(forecast.service)!,
        periods: forecast.periods.map(period => ({ period: String(period.period), demand: period.demand, unit: period.unit }))
    };
}

function packageOf(pkg: ServicePackage, describe: (node: AstNode) => string | undefined) {
    return {
        name: nameOf(pkg),
        title: pkg.title,
        description: describe(pkg),
        services: sortRefs(pkg.services.map(ref => entityRef(ref)!)),
        serves: sortRefs(pkg.serves.map(ref => entityRef(ref)!)),
        slas: sortRefs(pkg.slas.map(ref => entityRef(ref)!)),
        capacity: single(pkg.capacity),
        capacityUnit: single(pkg.capacityUnit)
    };
}

function bindingOf(binding: Binding, describe: (node: AstNode) => string | undefined, a2: A2ReferenceModel) {
    const nodeId = binding.node.$refText;
    const node = a2.node(nodeId);
    return {
        name: nameOf(binding),
        title: binding.title,
        description: describe(binding),
        node: { id: nodeId, name: node?.name, kind: node?.kind },
        owner: entityRef(single(binding.owner)),
        tool: single(binding.tool),
        produces: binding.produces.map(produced => ({
            workProduct: workProductName(a2, produced.workProduct.$refText, produced.workProduct.ref?.name),
            artifacts: sortRefs(produced.artifacts.map(ref => entityRef(ref)!))
        })),
        consumes: binding.consumes.map(ref => workProductName(a2, ref.$refText, ref.ref?.name))
    };
}

/** Work products under the model's own name, even when the source used an alias. */
function workProductName(a2: A2ReferenceModel, written: string, resolved: string | undefined): string {
    return a2.canonicalName(resolved ?? written) ?? resolved ?? written;
}

/**
 * Langium's default JSDoc delimiters (`/**`, `*\/`, a leading `*` per line), as expressions:
 * given no options, or strings, Langium escapes the strings into new expressions on every
 * call, and a catalog asks for the documentation of every element.
 */
const DOC_COMMENT: JSDocParseOptions = { start: /\/\*\*/, end: /\*\//, line: /\*/ };

/** The text of a `/** ... *\/` comment directly above the node; other comments are not documentation. */
function documentationOf(node: AstNode, commentOf: (node: AstNode) => string | undefined): string | undefined {
    const comment = commentOf(node);
    if (!comment || !isJSDoc(comment, DOC_COMMENT)) {
        return undefined;
    }
    // Paragraphs are separated by blank lines; the comment's own indentation is not content.
    const text = parseJSDoc(comment, undefined, DOC_COMMENT).toString()
        .split(/\r?\n/).map(line => line.trim()).join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    return text.length > 0 ? text : undefined;
}
