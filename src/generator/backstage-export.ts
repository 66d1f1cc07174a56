/**
 * Backstage software catalog export: a `Component` (type service) per svcdef service with
 * its owner and dependencies, and a `Group` per provider, unit, customer and supplier, so
 * the service portfolio shows up next to the software that implements it.
 *
 * How a service maps: `owner` is spec.owner; `manager`, the tiers (offerings) and the
 * exact status are annotations (`svcdef/manager`, `svcdef/tiers`, `svcdef/status`); the
 * kind and criticality are labels (`svcdef/kind`, `svcdef/criticality`); the category and
 * `tags` are tags. spec.type is `service` for business and technical services alike:
 * Backstage's well-known component types have none for infrastructure, and a technical
 * service is still a service to the engineers who find it there.
 */
import { stringify } from 'yaml';
import type { Catalog, EntityRef, PartyEntry, ServiceEntry } from './catalog-model.js';
import { displayName, simpleName } from './display-text.js';
import { mailAddressOf } from './mail-address.js';
import { safeHref } from './safe-links.js';
import { slugify, uniqueSlugs } from './slugs.js';

export const BACKSTAGE_API_VERSION = 'backstage.io/v1alpha1';

/** svcdef statuses on Backstage's well-known lifecycle values; the exact status stays in an annotation. */
const LIFECYCLES: Readonly<Record<string, string>> = {
    planned: 'experimental',
    pipeline: 'experimental',
    live: 'production',
    retiring: 'deprecated',
    retired: 'deprecated'
};

export interface BackstageExport {
    readonly yaml: string;
    readonly components: number;
    readonly groups: number;
    /** Services left out, with the reason (Backstage requires an owner). */
    readonly skipped: readonly { readonly service: string; readonly reason: string }[];
    /** The entities as plain objects, in file order. */
    readonly entities: readonly Record<string, unknown>[];
}

export function backstageExport(catalog: Catalog): BackstageExport {
    const parties = [...catalog.providers, ...catalog.units, ...catalog.customers, ...catalog.suppliers];
    const partyKey = (party: PartyEntry) => `${party.kind}\u0000${party.id}`;
    const groupNames = uniqueSlugs(parties.map(partyKey), key => simpleName(key.split('\u0000')[1].replace(/~\d+$/, '')));
    const groupByName = new Map<string, string>();
    for (const party of parties) {
        if (!groupByName.has(party.name)) {
            groupByName.set(party.name, groupNames.get(partyKey(party))!);
        }
    }
    const componentNames = uniqueSlugs(catalog.services.map(service => service.id), id => simpleName(id.replace(/~\d+$/, '')));
    const groupOfParty = (party: EntityRef | undefined) => party?.resolved ? groupByName.get(party.name) : undefined;
    const ownerOf = (service: ServiceEntry) => groupOfParty(service.owner);
    // Only exported components can be depended on; a reference to a skipped one would dangle.
    const componentByName = new Map<string, string>();
    for (const service of catalog.services) {
        if (ownerOf(service) && !componentByName.has(service.name)) {
            componentByName.set(service.name, componentNames.get(service.id)!);
        }
    }

    const skipped: { service: string; reason: string }[] = [];
    const components: Record<string, unknown>[] = [];
    for (const service of catalog.services) {
        const owner = ownerOf(service);
        if (!owner) {
            skipped.push({
                service: service.name,
                reason: service.owner
                    ? `its owner '${service.owner.name}' is not a declared party; declare it or name another owner`
                    : "it names no owner, and Backstage requires one; add 'owner' to the service"
            });
            continue;
        }
        const manager = groupOfParty(service.manager);
        components.push(componentOf(service, componentNames.get(service.id)!, `group:${owner}`, manager && `group:${manager}`, componentByName));
    }
    const groups = parties.map(party => groupOf(party, groupNames.get(partyKey(party))!));
    const entities = [...components, ...groups];
    const yaml = entities.map(entity => stringify(entity, { lineWidth: 0 })).join('---\n');
    return { yaml, components: components.length, groups: groups.length, skipped, entities };
}

function componentOf(
    service: ServiceEntry, name: string, owner: string, manager: string | undefined, componentByName: Map<string, string>
): Record<string, unknown> {
    const links = [
        linkOf(service.request, 'Request this service'),
        linkOf(service.support, 'Get support')
    ].filter(link => link !== undefined);
    const tags = tagsOf(service);
    const tiers = service.offerings.map(offering => offering.name);
    const dependsOn = service.dependencies
        .map(dependency => dependency.resolved ? componentByName.get(dependency.name) : undefined)
        .filter((dependency): dependency is string => dependency !== undefined)
        .map(dependency => `component:${dependency}`);
    return {
        apiVersion: BACKSTAGE_API_VERSION,
        kind: 'Component',
        metadata: {
            name,
            title: displayName(service),
            ...(service.description ? { description: service.description } : {}),
            labels: {
                'svcdef/kind': service.kind,
                ...(service.criticality !== undefined ? { 'svcdef/criticality': service.criticality } : {})
            },
            annotations: {
                'svcdef/name': service.name,
                'svcdef/status': service.status ?? 'unstated',
                // A manager that is no exported group is still named, as written.
                ...(service.manager ? { 'svcdef/manager': manager ?? service.manager.name } : {}),
                ...(tiers.length > 0 ? { 'svcdef/tiers': tiers.join(', ') } : {})
            },
            ...(tags.length > 0 ? { tags } : {}),
            ...(links.length > 0 ? { links } : {})
        },
        spec: {
            type: 'service',
            lifecycle: service.status ? LIFECYCLES[service.status] ?? service.status : 'unknown',
            owner,
            ...(dependsOn.length > 0 ? { dependsOn } : {})
        }
    };
}

/** The category and the service's tags as Backstage tags (lowercase words joined by `-`, at most 63 characters), each once. */
function tagsOf(service: ServiceEntry): string[] {
    const tags = [service.category, ...service.tags]
        .filter((text): text is string => text !== undefined)
        .map(text => slugify(text).slice(0, 63).replace(/-+$/, ''))
        // slugify names what it cannot spell `item`: no tag at all says more.
        .filter(tag => tag.length > 0 && tag !== 'item');
    return [...new Set(tags)];
}

function groupOf(party: PartyEntry, name: string): Record<string, unknown> {
    const email = party.contact !== undefined ? mailAddressOf(party.contact) : undefined;
    return {
        apiVersion: BACKSTAGE_API_VERSION,
        kind: 'Group',
        metadata: {
            name,
            title: displayName(party),
            ...(party.description ? { description: party.description } : {}),
            annotations: {
                'svcdef/name': party.name,
                'svcdef/party-kind': party.kind
            }
        },
        spec: {
            type: party.kind,
            profile: {
                displayName: displayName(party),
                ...(email ? { email } : {})
            },
            children: []
        }
    };
}

/** Only web and mail addresses become links, as everywhere else svcdef publishes. */
function linkOf(value: string | undefined, title: string): { url: string; title: string } | undefined {
    const href = safeHref(value);
    return href ? { url: href, title } : undefined;
}
