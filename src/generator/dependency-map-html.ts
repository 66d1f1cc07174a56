/**
 * The whole catalog's dependencies on one page of the support view. A small catalog is
 * drawn service by service; a large one (thousands of services) would be an unreadable
 * hairball that also takes long to lay out, so above a threshold the map is drawn between
 * categories instead, with the most depended-on services listed beside it, and the page
 * says what the drawing leaves out. Either way a table carries the same facts in text.
 */
import type { SiteLinks } from './agreement-html.js';
import type { SiteContext } from './catalog-html.js';
import type { ServiceEntry } from './catalog-model.js';
import { displayName } from './display-text.js';
import { layoutGraph, type DiagramEdge, type DiagramNode } from './graph-layout.js';
import { inlineList, pageLink, table } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';
import { serviceRelations, type DependencyEdge, type ServiceRelations } from './service-relations.js';
import { svgDiagram } from './svg-diagram.js';
import { compareText } from './text-order.js';

export const DEPENDENCY_MAP = 'dependency-map.html';

/** Up to this many services with dependencies, the map draws each of them. */
export const SERVICE_MAP_LIMIT = 120;
/** Up to this many dependencies, likewise: beyond, arrows hide the boxes. */
export const SERVICE_EDGE_LIMIT = 300;
/** Categories drawn at most on the category map; the rest are named in the text. */
export const CATEGORY_MAP_LIMIT = 40;
/** Services listed as the most depended on, beside the category map. */
export const HUB_LIMIT = 25;

const TABLE_ID = 'dependency-map-table';
const UNCATEGORIZED = 'No category';

export function dependencyMapPage(site: SiteContext): string {
    const links = site.linksFrom(DEPENDENCY_MAP);
    const relations = serviceRelations(site.catalog);
    const involved = servicesWithDependencies(relations);
    const unrelated = site.catalog.services.length - involved.length;
    const intro = html`<h1>Dependency map</h1>
<p>Which services depend on which, across the whole catalog: ${countOf(relations.edges.length, 'dependency', 'dependencies')} between ${countOf(involved.length, 'service', 'services')}${unrelated > 0 ? html`; ${unrelated === 1 ? '1 service neither depends on another nor is depended on, and is not drawn' : `${unrelated} services neither depend on another nor are depended on, and are not drawn`}` : ''}. Each service's page shows its own neighbourhood and everything it affects.</p>
`;
    const body = relations.edges.length === 0
        ? html`${intro}<p class="muted">No service declares a dependency.</p>\n`
        : involved.length <= SERVICE_MAP_LIMIT && relations.edges.length <= SERVICE_EDGE_LIMIT
            ? html`${intro}${serviceMap(involved, relations, links)}`
            : html`${intro}${categoryMap(relations, links)}`;
    return site.page(DEPENDENCY_MAP, 'Dependency map', body, { current: 'dependency-map' });
}

function servicesWithDependencies(relations: ServiceRelations): ServiceEntry[] {
    const involved = new Set<ServiceEntry>();
    for (const edge of relations.edges) {
        involved.add(edge.from);
        involved.add(edge.to);
    }
    return [...involved].sort((a, b) => compareText(a.name, b.name));
}

function serviceMap(services: readonly ServiceEntry[], relations: ServiceRelations, links: SiteLinks): Markup {
    const nodes: DiagramNode[] = services.map(service => ({
        id: `s:${service.name}`,
        label: displayName(service),
        title: `${displayName(service)} (${service.name})`,
        href: links.service(service.name),
        kind: 'service'
    }));
    const edges: DiagramEdge[] = relations.edges.map(edge => ({ from: `s:${edge.from.name}`, to: `s:${edge.to.name}` }));
    const link = (service: ServiceEntry) => pageLink(displayName(service), links.service(service.name));
    return html`${svgDiagram(layoutGraph({ nodes, edges, direction: 'LR' }), {
        id: 'dependency-map',
        title: 'Dependencies between services',
        description: `${services.length} services and the ${relations.edges.length} dependencies between them; arrows point from a service to the service it depends on.`,
        textAlternative: { id: TABLE_ID, label: 'the table of services and their dependencies' }
    })}${table({
        id: TABLE_ID,
        caption: 'Services and their direct dependencies',
        headers: ['Service', 'Depends on', 'Depended on by'],
        rows: services.map(service => [
            link(service),
            inlineList(relations.dependencies(service).map(link)),
            inlineList(relations.dependants(service).map(link))
        ])
    })}`;
}

interface CategoryLink {
    readonly from: string;
    readonly to: string;
    count: number;
}

function categoryMap(relations: ServiceRelations, links: SiteLinks): Markup {
    const categoryOf = (service: ServiceEntry) => service.category ?? UNCATEGORIZED;
    const between = new Map<string, CategoryLink>();
    const within = new Map<string, number>();
    const weight = new Map<string, number>();
    const services = new Map<string, Set<ServiceEntry>>();
    const note = (category: string, service: ServiceEntry) => {
        let members = services.get(category);
        if (!members) {
            services.set(category, members = new Set());
        }
        members.add(service);
    };
    for (const edge of relations.edges) {
        const from = categoryOf(edge.from);
        const to = categoryOf(edge.to);
        note(from, edge.from);
        note(to, edge.to);
        weight.set(from, (weight.get(from) ?? 0) + 1);
        weight.set(to, (weight.get(to) ?? 0) + 1);
        if (from === to) {
            within.set(from, (within.get(from) ?? 0) + 1);
            continue;
        }
        const key = `${from}\u0000${to}`;
        const known = between.get(key);
        if (known) {
            known.count++;
        } else {
            between.set(key, { from, to, count: 1 });
        }
    }
    // The categories with the most dependencies are drawn; ties by name, so the cut is stable.
    const ranked = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || compareText(a, b));
    const drawn = ranked.slice(0, CATEGORY_MAP_LIMIT).sort(compareText);
    const drawnSet = new Set(drawn);
    const left = ranked.slice(CATEGORY_MAP_LIMIT).sort(compareText);
    const categoryLinks = [...between.values()].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
    const nodes: DiagramNode[] = drawn.map(category => ({
        id: `c:${category}`,
        label: category,
        note: `${countOf(services.get(category)!.size, 'service', 'services')}${within.has(category) ? `, ${within.get(category)} inside` : ''}`,
        title: category,
        kind: 'category'
    }));
    const edges: DiagramEdge[] = categoryLinks
        .filter(categoryLink => drawnSet.has(categoryLink.from) && drawnSet.has(categoryLink.to))
        .map(categoryLink => ({ from: `c:${categoryLink.from}`, to: `c:${categoryLink.to}` }));
    const hubs = mostDependedOn(relations.edges);
    return html`<p>The catalog has too many services with dependencies to draw each one (more than ${SERVICE_MAP_LIMIT} services or ${SERVICE_EDGE_LIMIT} dependencies), so the map shows how categories of services depend on each other${left.length > 0 ? html`, for the ${CATEGORY_MAP_LIMIT} categories with the most dependencies. Not drawn: ${inlineList(left)}` : ''}.</p>
${svgDiagram(layoutGraph({ nodes, edges, direction: 'LR' }), {
        id: 'dependency-map',
        title: 'Dependencies between categories of services',
        description: `${drawn.length} categories; an arrow from one category to another means services of the first depend on services of the second.`,
        textAlternative: { id: TABLE_ID, label: 'the table of dependencies between categories' }
    })}${table({
        id: TABLE_ID,
        caption: 'Dependencies between categories',
        headers: ['Category', 'Depends on category', 'Dependencies'],
        rows: [
            ...categoryLinks.map(categoryLink => [categoryLink.from, categoryLink.to, String(categoryLink.count)]),
            ...[...within].sort(([a], [b]) => compareText(a, b)).map(([category, count]) => [category, html`${category} <span class="muted">(inside the category)</span>`, String(count)])
        ]
    })}<h2>Most depended-on services</h2>
<p>The services with the most direct dependants: where a failure reaches furthest.</p>
${table({
        headers: ['Service', 'Category', 'Direct dependants'],
        rows: hubs.map(({ service, count }) => [pageLink(displayName(service), links.service(service.name)), categoryOf(service), String(count)])
    })}`;
}

function mostDependedOn(edges: readonly DependencyEdge[]): { service: ServiceEntry; count: number }[] {
    const counts = new Map<ServiceEntry, number>();
    for (const edge of edges) {
        counts.set(edge.to, (counts.get(edge.to) ?? 0) + 1);
    }
    return [...counts].map(([service, count]) => ({ service, count }))
        .sort((a, b) => b.count - a.count || compareText(a.service.name, b.service.name))
        .slice(0, HUB_LIMIT);
}

function countOf(count: number, singular: string, plural: string): string {
    return `${count} ${count === 1 ? singular : plural}`;
}
