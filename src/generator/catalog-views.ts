/**
 * The three audiences of the published catalog (PRM-IT A23/A234): customers see what is
 * offered and at what price, users see how to request a service and get support, the
 * support organization sees everything. A view is the catalog with what its audience
 * must not see removed from the data itself, so no renderer can leak it by accident.
 */
import {
    type AgreementEntry, type CalendarEntry, type Catalog, type EntityRef, type OfferingEntry, type PackageEntry, type ServiceEntry, type TargetEntry
} from './catalog-model.js';
import { orderedByText } from './text-order.js';
import { displayName } from './display-text.js';
import { standingOn } from './agreement-standing.js';

import type { CatalogViewName } from './catalog-view-names.js';

export { CATALOG_VIEWS, VIEW_PURPOSES, VIEW_TITLES, isCatalogViewName, type CatalogViewName } from './catalog-view-names.js';

export interface ViewPolicy {
    /** `internal { ... }` entries of services: support only, by the language's contract. */
    readonly internal: boolean;
    /** `depends on` between services. */
    readonly dependencies: boolean;
    /**
     * Services of `kind technical` (networks, hosting, backup): they support other services
     * and are not offered, so outside the support view they are not shown anywhere, not even
     * as a service an agreement or a package names.
     */
    readonly technicalServices: boolean;
    readonly prices: boolean;
    readonly credits: boolean;
    /** OLAs, UCs, units, suppliers, and which of them underpin an SLA. */
    readonly underpinning: boolean;
    readonly packages: boolean;
    /** Patterns of business activity and demand forecasts. */
    readonly demand: boolean;
    /** A2 activity bindings and the coverage report. */
    readonly bindings: boolean;
    /**
     * Retired services in the service list. Customers and users cannot order or use them, so
     * their views move them to an archive page (`CatalogView.archived`) instead.
     */
    readonly retiredServices: boolean;
}

export const VIEW_POLICIES: Readonly<Record<CatalogViewName, ViewPolicy>> = {
    customer: {
        internal: false, dependencies: false, technicalServices: false, prices: true, credits: true,
        underpinning: false, packages: true, demand: false, bindings: false, retiredServices: false
    },
    user: {
        internal: false, dependencies: false, technicalServices: false, prices: false, credits: false,
        underpinning: false, packages: false, demand: false, bindings: false, retiredServices: false
    },
    support: {
        internal: true, dependencies: true, technicalServices: true, prices: true, credits: true,
        underpinning: true, packages: true, demand: true, bindings: true, retiredServices: true
    }
};

/** The home page's heading: the header already names the catalog, so this names what the page holds for its audience. */
export const VIEW_HEADINGS: Readonly<Record<CatalogViewName, string>> = {
    customer: 'Services we offer',
    user: 'Services you can use',
    support: 'Services and how they are supported'
};

export interface CatalogView {
    readonly name: CatalogViewName;
    readonly policy: ViewPolicy;
    readonly catalog: Catalog;
    /**
     * The retired services the view leaves out of `catalog.services`, in reading order:
     * agreements and packages may still name them, and they link to the archive page.
     */
    readonly archived: readonly ServiceEntry[];
}

export interface ViewOptions {
    /** `YYYY-MM-DD`: the day agreements are judged in force or expired on; none leaves them unjudged. */
    readonly today?: string;
}

export function viewOf(catalog: Catalog, name: CatalogViewName, options: ViewOptions = {}): CatalogView {
    const policy = VIEW_POLICIES[name];
    const { today } = options;
    const hidden = policy.technicalServices
        ? new Set<string>()
        : new Set(catalog.services.filter(service => service.kind === 'technical').map(service => service.name));
    const shown = (ref: EntityRef) => !hidden.has(ref.name);
    const service = (entry: ServiceEntry): ServiceEntry => ({
        ...entry,
        internal: policy.internal ? entry.internal : [],
        dependencies: policy.dependencies ? entry.dependencies : [],
        offerings: entry.offerings.map(offering => offeringFor(offering, policy)),
        packages: policy.packages ? entry.packages : []
    });
    const agreement = (entry: AgreementEntry): AgreementEntry => ({
        ...entry,
        ...(today !== undefined ? { standing: standingOn(entry.validity, today) } : {}),
        ...(hidden.size > 0 ? {
            services: entry.services.filter(shown),
            offerings: entry.offerings.filter(offering => offering.service === undefined || !hidden.has(offering.service)),
            serviceTargets: entry.serviceTargets.filter(scoped => shown(scoped.service))
        } : {}),
        ...(policy.credits ? {} : { credits: [], creditCaps: [], creditRule: undefined, creditRuleStated: false, claimWithin: undefined }),
        ...(policy.underpinning ? {} : withoutSupportingBudgets(entry)),
        supportedBy: policy.underpinning ? entry.supportedBy : []
    });
    const pkg = (entry: PackageEntry): PackageEntry => hidden.size > 0 ? { ...entry, services: entry.services.filter(shown) } : entry;
    const listed = catalog.services.filter(entry => !hidden.has(entry.name));
    const retired = (entry: ServiceEntry) => !policy.retiredServices && entry.status === 'retired';
    const services = inReadingOrder(listed.filter(entry => !retired(entry)).map(service));
    const archived = inReadingOrder(listed.filter(retired).map(service));
    const slas = inReadingOrder(catalog.slas.map(agreement));
    return {
        name,
        policy,
        archived,
        catalog: {
            services,
            // Calendars only OLAs and UCs name are the support organization's own hours.
            calendars: policy.underpinning ? catalog.calendars : catalog.calendars.filter(namedBy(services, slas)),
            priorities: catalog.priorities,
            slas,
            olas: policy.underpinning ? inReadingOrder(catalog.olas.map(agreement)) : [],
            ucs: policy.underpinning ? inReadingOrder(catalog.ucs.map(agreement)) : [],
            providers: inReadingOrder(catalog.providers),
            customers: inReadingOrder(catalog.customers),
            units: policy.underpinning ? inReadingOrder(catalog.units) : [],
            suppliers: policy.underpinning ? inReadingOrder(catalog.suppliers) : [],
            patterns: policy.demand ? inReadingOrder(catalog.patterns) : [],
            forecasts: policy.demand ? inReadingOrder(catalog.forecasts) : [],
            packages: policy.packages ? inReadingOrder(catalog.packages.map(pkg)) : [],
            bindings: policy.bindings ? inReadingOrder(catalog.bindings) : []
        }
    };
}

/** The calendars that the given services and agreements name as hours or measure targets over. */
function namedBy(services: readonly ServiceEntry[], agreements: readonly AgreementEntry[]): (calendar: CalendarEntry) => boolean {
    const named = new Set<string>();
    const targets = (entries: readonly TargetEntry[]) => {
        for (const target of entries) {
            if (target.measuredOn) named.add(target.measuredOn.calendar.name);
            if (target.business?.calendar !== undefined) named.add(target.business.calendar);
        }
    };
    for (const entry of [...services, ...agreements]) {
        for (const hours of [entry.hours, entry.supportHours]) {
            if (hours?.calendar) named.add(hours.calendar.name);
        }
    }
    for (const service of services) {
        service.offerings.forEach(offering => targets(offering.targets));
    }
    for (const agreement of agreements) {
        targets(agreement.targets);
        agreement.serviceTargets.forEach(scoped => targets(scoped.targets));
    }
    return calendar => named.has(calendar.name);
}

/** An SLA without what its OLAs and UCs leave of its error budgets: audiences that do not see them. */
function withoutSupportingBudgets(entry: AgreementEntry): Pick<AgreementEntry, 'targets' | 'serviceTargets'> {
    const strip = (targets: readonly TargetEntry[]) => targets.some(target => target.supportingBudget !== undefined)
        ? targets.map(({ supportingBudget: _budget, ...target }) => target)
        : targets;
    return {
        targets: strip(entry.targets),
        serviceTargets: entry.serviceTargets.map(scoped => ({ ...scoped, targets: strip(scoped.targets) }))
    };
}

/**
 * Published lists follow what readers see, the title, rather than the qualified name;
 * the qualified name and then the id break ties, so the order is still fixed.
 */
function inReadingOrder<T extends { id: string; name: string; title?: string }>(entries: readonly T[]): T[] {
    return orderedByText(entries, displayName, entry => entry.name, entry => entry.id);
}

function offeringFor(offering: OfferingEntry, policy: ViewPolicy): OfferingEntry {
    if (policy.prices || offering.price === undefined) {
        return offering;
    }
    const { price: _price, ...rest } = offering;
    return rest;
}
