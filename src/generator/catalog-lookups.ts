/**
 * Name → entry indexes over one catalog (or one view of it), for the renderers that follow
 * a name from one entry to another: a service's SLAs, packages and demand, a customer's
 * title, an SLA's supporting agreements. A catalog of thousands of services must not scan
 * every list for every page, so each index is built once per catalog and then shared.
 *
 * Each index answers exactly what the scan it replaces answered: the first entry of a name
 * in the catalog's order, and lists in the catalog's order.
 */
import type { AgreementEntry, Catalog, ForecastEntry, PackageEntry, PartyEntry, PatternEntry, ServiceEntry } from './catalog-model.js';

export interface CatalogLookups {
    /** The first service of that qualified name. */
    service(name: string): ServiceEntry | undefined;
    /** The first SLA of that qualified name. */
    sla(name: string): AgreementEntry | undefined;
    /** The first OLA of that name, else the first UC: what `supports` names resolve to. */
    supporting(name: string): AgreementEntry | undefined;
    package(name: string): PackageEntry | undefined;
    customer(name: string): PartyEntry | undefined;
    /** Patterns of business activity that drive the service, each once. */
    patternsDriving(serviceName: string): readonly PatternEntry[];
    /** Demand forecasts for the service. */
    forecastsFor(serviceName: string): readonly ForecastEntry[];
}

/** Catalogs are immutable once built, so their indexes can be kept for as long as they live. */
const built = new WeakMap<Catalog, CatalogLookups>();

export function catalogLookups(catalog: Catalog): CatalogLookups {
    let lookups = built.get(catalog);
    if (!lookups) {
        lookups = buildLookups(catalog);
        built.set(catalog, lookups);
    }
    return lookups;
}

function buildLookups(catalog: Catalog): CatalogLookups {
    const services = firstByName(catalog.services);
    const slas = firstByName(catalog.slas);
    const supporting = firstByName([...catalog.olas, ...catalog.ucs]);
    const packages = firstByName(catalog.packages);
    const customers = firstByName(catalog.customers);
    const patterns = new Map<string, PatternEntry[]>();
    for (const pattern of catalog.patterns) {
        for (const name of new Set(pattern.drives.map(ref => ref.name))) {
            append(patterns, name, pattern);
        }
    }
    const forecasts = new Map<string, ForecastEntry[]>();
    for (const forecast of catalog.forecasts) {
        append(forecasts, forecast.service.name, forecast);
    }
    return {
        service: name => services.get(name),
        sla: name => slas.get(name),
        supporting: name => supporting.get(name),
        package: name => packages.get(name),
        customer: name => customers.get(name),
        patternsDriving: name => patterns.get(name) ?? [],
        forecastsFor: name => forecasts.get(name) ?? []
    };
}

function firstByName<T extends { name: string }>(entries: readonly T[]): Map<string, T> {
    const byName = new Map<string, T>();
    for (const entry of entries) {
        if (!byName.has(entry.name)) {
            byName.set(entry.name, entry);
        }
    }
    return byName;
}

function append<T>(groups: Map<string, T[]>, key: string, value: T): void {
    const group = groups.get(key);
    if (group) {
        group.push(value);
    } else {
        groups.set(key, [value]);
    }
}
