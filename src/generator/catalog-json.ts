/**
 * The published service catalog as JSON for other tools, one document per view. The
 * shape is fixed by schemas/catalog.schema.json; sections a view does not publish are
 * absent (not empty), so a consumer cannot mistake "not shown" for "none".
 */
import type {
    AgreementEntry, BindingEntry, CalendarEntry, EntityRef, HoursInfo, PartyEntry, PriorityEntry, ServiceEntry, TargetEntry
} from './catalog-model.js';
import type { CatalogView } from './catalog-views.js';
import { flowJson } from './coverage-flow-json.js';
import type { Coverage } from './coverage-model.js';
import { joinChunks } from './generated-file.js';
import { jsonChunks, lazyList, type Json, type LazyJson } from './json-chunks.js';
import { safeHref } from './safe-links.js';

export const CATALOG_JSON_FORMAT = 'svcdef-catalog';
/**
 * Raised only when a field changes meaning or goes away. Fields added since version 1
 * (service kinds, tags, roles and tiers, agreement scope, terms and document control,
 * priorities, calendars, support hours, business durations and error budgets, retirement dates and replacements, expired agreements) leave it at 1: a reader of version 1 reads every document as before.
 */
export const CATALOG_JSON_VERSION = 1;

export interface CatalogJsonOptions {
    readonly coverage?: Coverage;
    readonly generatedAt?: string;
}

export function catalogJson(view: CatalogView, options: CatalogJsonOptions = {}): string {
    return joinChunks(catalogJsonChunks(view, options));
}

/**
 * The view's JSON in pieces, one per listed entry: at 50k services the document is over
 * 200 MB, and neither it nor a tree of every entry as JSON values need exist at once. The
 * text is exactly `JSON.stringify(document, null, 2)` plus a final newline (see jsonChunks).
 */
export function catalogJsonChunks(view: CatalogView, options: CatalogJsonOptions = {}): Generator<string> {
    const { catalog, policy } = view;
    const document: LazyJson = {
        format: CATALOG_JSON_FORMAT,
        formatVersion: CATALOG_JSON_VERSION,
        view: view.name,
        generatedAt: options.generatedAt,
        services: lazyList(catalog.services, service => serviceJson(service, view)),
        calendars: catalog.calendars.map(calendarJson),
        slas: lazyList(catalog.slas, agreement => agreementJson(agreement, view)),
        olas: policy.underpinning ? lazyList(catalog.olas, agreement => agreementJson(agreement, view)) : undefined,
        ucs: policy.underpinning ? lazyList(catalog.ucs, agreement => agreementJson(agreement, view)) : undefined,
        packages: policy.packages ? lazyList(catalog.packages, pkg => ({
            name: pkg.name,
            title: pkg.title,
            description: pkg.description,
            services: pkg.services.map(refJson),
            slas: pkg.slas.map(refJson),
            serves: pkg.serves.map(refJson),
            capacity: pkg.capacity,
            capacityUnit: pkg.capacityUnit
        })) : undefined,
        parties: {
            providers: catalog.providers.map(partyJson),
            customers: catalog.customers.map(partyJson),
            units: policy.underpinning ? catalog.units.map(partyJson) : undefined,
            suppliers: policy.underpinning ? catalog.suppliers.map(partyJson) : undefined
        },
        priorities: catalog.priorities.map(priorityJson),
        patterns: policy.demand ? lazyList(catalog.patterns, pattern => ({
            name: pattern.name,
            title: pattern.title,
            description: pattern.description,
            customer: pattern.customer && refJson(pattern.customer),
            drives: pattern.drives.map(refJson),
            users: pattern.users,
            usersLabel: pattern.usersLabel,
            peaks: pattern.peaks.map(peak => ({ description: peak.description, factor: peak.factor })),
            classification: pattern.classification
        })) : undefined,
        forecasts: policy.demand ? lazyList(catalog.forecasts, forecast => ({
            name: forecast.name,
            title: forecast.title,
            description: forecast.description,
            service: refJson(forecast.service),
            periods: forecast.periods.map(period => ({ period: period.period, demand: period.demand, unit: period.unit }))
        })) : undefined,
        bindings: policy.bindings ? lazyList(catalog.bindings, bindingJson) : undefined,
        coverage: policy.bindings && options.coverage ? coverageJson(options.coverage) : undefined
    };
    return jsonChunks(document);
}

function refJson(ref: EntityRef): Json {
    return { name: ref.name, title: ref.title, kind: ref.kind, resolved: ref.resolved };
}

function hoursJson(hours: HoursInfo | undefined): Json | undefined {
    return hours && { name: hours.name, title: hours.title, timezone: hours.timezone, resolved: hours.resolved };
}

function calendarJson(calendar: CalendarEntry): Json {
    return {
        name: calendar.name,
        title: calendar.title,
        timezone: calendar.timezone,
        structured: calendar.structured,
        text: calendar.text,
        roundTheClock: calendar.roundTheClock,
        week: calendar.structured
            ? calendar.week.map(day => ({ day: day.day, ranges: day.ranges.map(range => ({ from: range.from, to: range.to })) }))
            : undefined,
        maintenance: calendar.structured
            ? {
                weekly: calendar.maintenance.map(window => ({ from: window.from, to: window.to, title: window.title })),
                once: calendar.maintenanceOnce.map(window => ({ date: window.date, from: window.from, to: window.to, title: window.title }))
            }
            : undefined,
        holidays: calendar.structured
            ? calendar.holidays.map(holiday => ({ from: holiday.from, to: holiday.to, title: holiday.title }))
            : undefined
    };
}

function serviceJson(service: ServiceEntry, view: CatalogView): Json {
    const { policy } = view;
    return {
        name: service.name,
        title: service.title,
        description: service.description,
        status: service.status,
        retiresOn: service.retiresOn,
        replacedBy: service.replacedBy && refJson(service.replacedBy),
        kind: service.kind,
        tags: [...service.tags],
        criticality: service.criticality,
        owner: service.owner && refJson(service.owner),
        manager: service.manager && refJson(service.manager),
        category: service.category,
        hours: hoursJson(service.hours),
        supportHours: hoursJson(service.supportHours),
        support: service.support,
        supportHref: safeHref(service.support),
        request: service.request,
        requestHref: safeHref(service.request),
        offerings: service.offerings.map(offering => ({
            name: offering.name,
            title: offering.title,
            description: offering.description,
            price: offering.price && {
                amount: offering.price.amount,
                currency: offering.price.currency,
                per: [...offering.price.per],
                text: offering.price.text
            },
            targets: offering.targets.map(targetJson)
        })),
        slas: [...service.slas],
        customers: [...service.customers],
        packages: policy.packages ? [...service.packages] : undefined,
        dependencies: policy.dependencies ? service.dependencies.map(refJson) : undefined,
        internal: policy.internal ? service.internal.map(entry => ({ key: entry.key, value: entry.value })) : undefined
    };
}

function targetJson(target: TargetEntry): Json {
    return {
        metric: target.metric,
        metricTitle: target.metricTitle,
        comparator: target.comparator,
        value: target.value,
        valueKind: target.valueKind,
        magnitude: target.magnitude,
        window: target.window,
        priority: target.priority,
        percentile: target.percentile,
        during: target.during,
        text: target.text,
        valueWords: target.valueWords,
        business: target.business && {
            amount: target.business.amount,
            unit: target.business.unit,
            calendar: target.business.calendar,
            clockRange: target.business.clockRange && {
                shortestSeconds: target.business.clockRange.shortestSeconds,
                longestSeconds: target.business.clockRange.longestSeconds,
                text: target.business.clockRange.text
            },
            unknownBecause: target.business.unknownBecause
        },
        errorBudget: target.errorBudget && {
            window: target.errorBudget.window,
            assumedWindow: target.errorBudget.assumedWindow,
            measuredSeconds: target.errorBudget.measuredSeconds,
            allowedSeconds: target.errorBudget.allowedSeconds,
            calendar: target.errorBudget.calendar,
            text: target.errorBudget.text
        },
        supportingBudget: target.supportingBudget && {
            compositePercent: target.supportingBudget.compositePercent,
            formula: target.supportingBudget.formula,
            supportingAllowedSeconds: target.supportingBudget.supportingAllowedSeconds,
            leftSeconds: target.supportingBudget.leftSeconds
        },
        inheritedFrom: target.inheritedFrom,
        forService: target.forService
    };
}

function priorityJson(priority: PriorityEntry): Json {
    return {
        name: priority.name,
        title: priority.title,
        impact: priority.impact,
        urgency: priority.urgency,
        description: priority.description,
        builtin: priority.builtin
    };
}

function agreementJson(agreement: AgreementEntry, view: CatalogView): Json {
    const { policy } = view;
    return {
        kind: agreement.kind,
        name: agreement.name,
        title: agreement.title,
        description: agreement.description,
        customer: agreement.customer && refJson(agreement.customer),
        customers: agreement.kind === 'sla' ? agreement.customers.map(refJson) : undefined,
        provider: agreement.provider && refJson(agreement.provider),
        unit: agreement.unit && refJson(agreement.unit),
        supplier: agreement.supplier && refJson(agreement.supplier),
        services: agreement.services.map(refJson),
        parent: agreement.parent && refJson(agreement.parent),
        offerings: agreement.kind === 'sla' ? agreement.offerings.map(refJson) : undefined,
        status: agreement.status,
        validity: agreement.validity && { from: agreement.validity.from, to: agreement.validity.to },
        expired: agreement.standing === 'expired' || undefined,
        notYetInForce: agreement.standing === 'not-yet-in-force' || undefined,
        review: agreement.review,
        hours: hoursJson(agreement.hours),
        supportHours: hoursJson(agreement.supportHours),
        contract: agreement.contract,
        targets: agreement.targets.map(targetJson),
        serviceTargets: agreement.serviceTargets.map(entry => ({ service: refJson(entry.service), targets: entry.targets.map(targetJson) })),
        credits: policy.credits ? agreement.credits.map(credit => ({
            amount: credit.amount,
            basis: credit.basis,
            metric: credit.metric,
            comparator: credit.comparator,
            value: credit.value,
            valueWords: credit.valueWords,
            window: credit.window,
            priority: credit.priority,
            percentile: credit.percentile,
            during: credit.during,
            text: credit.text
        })) : undefined,
        creditCaps: policy.credits && agreement.kind !== 'ola'
            ? agreement.creditCaps.map(cap => ({ amount: cap.amount, basis: cap.basis, window: cap.window, text: cap.text }))
            : undefined,
        creditRule: policy.credits ? agreement.creditRule : undefined,
        claimWithin: policy.credits ? agreement.claimWithin : undefined,
        escalation: agreement.escalation.map(level => ({ level: level.level, title: level.title, contact: level.contact, after: level.after })),
        reporting: agreement.kind === 'sla'
            ? agreement.reporting.map(report => ({ cadence: report.cadence, recipients: report.recipients.map(refJson), title: report.title }))
            : undefined,
        exclusions: agreement.kind === 'sla' ? [...agreement.exclusions] : undefined,
        version: agreement.version,
        approvals: agreement.approvals.map(approval => ({ party: refJson(approval.party), role: approval.role, date: approval.date })),
        issued: agreement.issued && { date: agreement.issued.date, source: agreement.issued.source },
        responsibilities: agreement.responsibilities.map(item => ({ party: item.party, text: item.text })),
        supports: agreement.kind === 'sla' ? undefined : agreement.supports.map(refJson),
        supportedBy: policy.underpinning && agreement.kind === 'sla' ? [...agreement.supportedBy] : undefined
    };
}

function partyJson(party: PartyEntry): Json {
    return {
        kind: party.kind,
        name: party.name,
        title: party.title,
        description: party.description,
        contact: party.contact,
        contactHref: safeHref(party.contact),
        users: party.users
    };
}

function bindingJson(binding: BindingEntry): Json {
    return {
        name: binding.name,
        title: binding.title,
        description: binding.description,
        implements: { id: binding.node.id, name: binding.node.name, kind: binding.node.kind },
        owner: binding.owner && refJson(binding.owner),
        tool: binding.tool,
        produces: binding.produces.map(item => ({ workProduct: item.workProduct, artifacts: item.artifacts.map(refJson) })),
        consumes: [...binding.consumes]
    };
}

function coverageJson(coverage: Coverage): Json {
    const node = (entry: { id: string; name: string; kind: string; bindings: readonly { name: string }[] }): Json => ({
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        bindings: entry.bindings.map(binding => binding.name)
    });
    return {
        // The figures catalog.json has always carried, kept as they were for readers of version 1;
        // the coverage report's own JSON (coverage-json.ts) states coverage by activity state.
        summary: {
            processes: coverage.summary.processes,
            processesBound: coverage.summary.processesBound,
            processesTouched: coverage.processes.filter(process =>
                process.bindings.length > 0 || process.activities.some(activity => activity.bindings.length > 0)).length,
            activities: coverage.summary.activities,
            activitiesBound: coverage.summary.activitiesBound,
            bindings: coverage.summary.bindings
        },
        category: node(coverage.category),
        processes: coverage.processes.map(process => ({
            ...(node(process) as { [key: string]: Json }),
            activities: process.activities.map(node)
        })),
        flows: coverage.flows.map(flowJson),
        unplaced: coverage.unplaced.map(binding => binding.name)
    };
}
