/**
 * Who relies on whom in one catalog (or one view of it), both ways: what a service depends
 * on and what depends on it, directly and transitively, and which OLAs and UCs back it.
 * This is the support team's impact analysis: "if Network fails, what else fails, and
 * which internal and supplier agreements are meant to prevent it".
 *
 * The reverse indexes are built once per catalog in a single pass over its services and
 * agreements. Transitive sets are walked only when a page asks for them, over services
 * numbered by their place in name order, so that a walk marks numbers instead of hashing
 * entries and the first names of a reach are its smallest numbers: a hub of a catalog of
 * ten thousand services reaches thousands, and its page lists fifty.
 */
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, Catalog, EntityRef, ServiceEntry } from './catalog-model.js';
import { displayName } from './display-text.js';
import { compareText, orderedByText } from './text-order.js';

/** An OLA or UC that underpins a service, and why it counts. */
export interface BackingAgreement {
    readonly agreement: AgreementEntry;
    /** Whether the agreement names the service in its own `services`. */
    readonly namesService: boolean;
    /** The SLAs covering the service that the agreement `supports`, in name order. */
    readonly viaSlas: readonly AgreementEntry[];
}

/** The services an OLA or UC is about: its own `services`, else those of the SLAs it supports. */
export interface BackedServices {
    readonly services: readonly EntityRef[];
    /** The SLAs the services were taken from; empty when the agreement names its services itself. */
    readonly viaSlas: readonly AgreementEntry[];
}

/** Services reached through others: how many, and the first of them in name order. */
export interface Reach {
    readonly count: number;
    /** In name order; all of them unless a limit was asked for. */
    readonly first: readonly ServiceEntry[];
}

export interface DependencyEdge {
    /** The service that depends. */
    readonly from: ServiceEntry;
    /** The service it depends on. */
    readonly to: ServiceEntry;
}

export interface ServiceRelations {
    /** The services of this catalog that the service names in `depends on`, in name order. */
    dependencies(service: ServiceEntry): readonly ServiceEntry[];
    /** The services that name this one in `depends on`, in name order. */
    dependants(service: ServiceEntry): readonly ServiceEntry[];
    /**
     * What the service relies on through others only: the transitive dependencies less the
     * direct ones and itself; with `limit`, only the first that many in name order are listed.
     */
    indirectDependencies(service: ServiceEntry, limit?: number): Reach;
    /** What relies on the service through others only, as indirectDependencies counts and lists it. */
    indirectDependants(service: ServiceEntry, limit?: number): Reach;
    /** The OLAs and UCs behind the service: those naming it, and those supporting an SLA that covers it; OLAs first, in name order. */
    backing(service: ServiceEntry): readonly BackingAgreement[];
    backedServices(agreement: AgreementEntry): BackedServices;
    /** Every dependency between two services of the catalog, by the depending service's then the dependency's shown name. */
    readonly edges: readonly DependencyEdge[];
}

const built = new WeakMap<Catalog, ServiceRelations>();

/** The relations of a catalog, built on first use and shared by every page of its site. */
export function serviceRelations(catalog: Catalog): ServiceRelations {
    let relations = built.get(catalog);
    if (!relations) {
        relations = buildRelations(catalog);
        built.set(catalog, relations);
    }
    return relations;
}

/** As readers look for them: by the name shown (the title), then by qualified name so that the order is total. */
function byName(a: { name: string; title?: string }, b: { name: string; title?: string }): number {
    return compareText(displayName(a), displayName(b)) || compareText(a.name, b.name);
}

function buildRelations(catalog: Catalog): ServiceRelations {
    const lookups = catalogLookups(catalog);
    // Services are compared by their place in one name order, worked out once: a hub of a
    // large catalog has thousands of indirect dependants, and every service page sorts them.
    const ordered = orderedByText(catalog.services, displayName, service => service.name, service => service.id);
    const rank = new Map(ordered.map((service, index) => [service, index]));
    const byRank = (a: ServiceEntry, b: ServiceEntry) => rank.get(a)! - rank.get(b)!;
    const forward = new Map<ServiceEntry, ServiceEntry[]>();
    const reverse = new Map<ServiceEntry, ServiceEntry[]>();
    const edges: DependencyEdge[] = [];
    for (const service of catalog.services) {
        const targets: ServiceEntry[] = [];
        const seen = new Set<ServiceEntry>();
        for (const ref of service.dependencies) {
            const target = ref.resolved ? lookups.service(ref.name) : undefined;
            // A service naming itself is a modelling slip, not a relation worth drawing.
            if (target && target !== service && !seen.has(target)) {
                seen.add(target);
                targets.push(target);
            }
        }
        targets.sort(byRank);
        forward.set(service, targets);
        for (const target of targets) {
            let users = reverse.get(target);
            if (!users) {
                reverse.set(target, users = []);
            }
            users.push(service);
            edges.push({ from: service, to: target });
        }
    }
    for (const users of reverse.values()) {
        users.sort(byRank);
    }
    edges.sort((a, b) => byRank(a.from, b.from) || byRank(a.to, b.to));

    const namingService = new Map<string, AgreementEntry[]>();
    for (const agreement of [...catalog.olas, ...catalog.ucs]) {
        for (const name of new Set(agreement.services.map(ref => ref.name))) {
            let group = namingService.get(name);
            if (!group) {
                namingService.set(name, group = []);
            }
            group.push(agreement);
        }
    }

    const direct = (index: Map<ServiceEntry, ServiceEntry[]>) => (service: ServiceEntry) => index.get(service) ?? [];
    const dependencies = direct(forward);
    const dependants = direct(reverse);
    const numbered = (index: Map<ServiceEntry, ServiceEntry[]>) => ordered.map(service => Int32Array.from(index.get(service) ?? [], target => rank.get(target)!));
    const indirectDependencies = indirect(numbered(forward), ordered, rank);
    const indirectDependants = indirect(numbered(reverse), ordered, rank);

    const backing = (service: ServiceEntry): BackingAgreement[] => {
        const found = new Map<AgreementEntry, { namesService: boolean; viaSlas: AgreementEntry[] }>();
        for (const agreement of namingService.get(service.name) ?? []) {
            found.set(agreement, { namesService: true, viaSlas: [] });
        }
        for (const slaName of service.slas) {
            const sla = lookups.sla(slaName);
            for (const supporterName of sla?.supportedBy ?? []) {
                const supporter = lookups.supporting(supporterName);
                if (!sla || !supporter) {
                    continue;
                }
                let entry = found.get(supporter);
                if (!entry) {
                    found.set(supporter, entry = { namesService: false, viaSlas: [] });
                }
                entry.viaSlas.push(sla);
            }
        }
        return [...found].map(([agreement, entry]) => ({ agreement, namesService: entry.namesService, viaSlas: entry.viaSlas.sort(byName) }))
            .sort((a, b) => KIND_ORDER[a.agreement.kind] - KIND_ORDER[b.agreement.kind] || byName(a.agreement, b.agreement));
    };

    const backedServices = (agreement: AgreementEntry): BackedServices => {
        if (agreement.services.length > 0 || agreement.kind === 'sla') {
            return { services: agreement.services, viaSlas: [] };
        }
        const viaSlas = agreement.supports
            .map(ref => (ref.resolved ? lookups.sla(ref.name) : undefined))
            .filter((sla): sla is AgreementEntry => sla !== undefined);
        const services = new Map<string, EntityRef>();
        for (const sla of viaSlas) {
            for (const ref of sla.services) {
                if (!services.has(ref.name)) {
                    services.set(ref.name, ref);
                }
            }
        }
        return { services: [...services.values()].sort(byName), viaSlas };
    };

    return { dependencies, dependants, indirectDependencies, indirectDependants, backing, backedServices, edges };
}

const KIND_ORDER = { sla: 0, ola: 1, uc: 2 } as const;

/**
 * The services reachable through `next` at two steps or more, walked when asked: each
 * service page asks once, and keeping every walk would hold the reach of every service of
 * a large catalog at the same time. Services are numbers here (their place in `ordered`),
 * so the walk's marks are one array stamped afresh for each walk, and the first in name
 * order are the smallest numbers. Marking what was visited also ends cycles (which
 * validation reports but a draft workspace may still hold) rather than looping on them.
 */
function indirect(
    next: readonly Int32Array[],
    ordered: readonly ServiceEntry[],
    rank: ReadonlyMap<ServiceEntry, number>
): (service: ServiceEntry, limit?: number) => Reach {
    const stamps = new Int32Array(ordered.length);
    const queue = new Int32Array(ordered.length);
    let walk = 0;
    return (service, limit = Infinity) => {
        const start = rank.get(service);
        if (start === undefined) {
            return { count: 0, first: [] };
        }
        const stamp = ++walk;
        stamps[start] = stamp;
        let length = 0;
        for (const target of next[start]) {
            if (stamps[target] !== stamp) {
                stamps[target] = stamp;
                queue[length++] = target;
            }
        }
        const direct = length;
        for (let index = 0; index < length; index++) {
            for (const candidate of next[queue[index]]) {
                if (stamps[candidate] !== stamp) {
                    stamps[candidate] = stamp;
                    queue[length++] = candidate;
                }
            }
        }
        // A typed array sorts its numbers as numbers: name order.
        const reached = queue.slice(direct, length).sort();
        const shown = reached.length > limit ? reached.subarray(0, limit) : reached;
        return { count: reached.length, first: Array.from(shown, index => ordered[index]) };
    };
}
