/**
 * A service's neighbourhood as a diagram: the services that depend on it in the left column,
 * the service in the middle, what it depends on in the right one. Hubs such as a network have
 * hundreds of dependants in a large catalog, so each side shows a bounded number of boxes
 * and one more box saying how many were left out; the lists beside the diagram are complete.
 */
import type { SiteLinks } from './agreement-html.js';
import type { ServiceEntry } from './catalog-model.js';
import { displayName } from './display-text.js';
import { layoutColumns, type DiagramEdge, type DiagramNode } from './graph-layout.js';
import type { Markup } from './html-markup.js';
import { svgDiagram } from './svg-diagram.js';

/** Boxes in a neighbourhood diagram, the service itself included (and the "more" boxes not). */
export const NEIGHBOURHOOD_LIMIT = 25;

export interface Neighbourhood {
    readonly service: ServiceEntry;
    readonly dependencies: readonly ServiceEntry[];
    readonly dependants: readonly ServiceEntry[];
}

/** How many of each side to draw: half the room each, and what one side leaves unused to the other. */
export function neighbourShares(dependencies: number, dependants: number, limit = NEIGHBOURHOOD_LIMIT): { dependencies: number; dependants: number } {
    const room = limit - 1;
    const half = Math.floor(room / 2);
    const shownDependencies = Math.min(dependencies, Math.max(half, room - dependants));
    const shownDependants = Math.min(dependants, room - shownDependencies);
    return { dependencies: shownDependencies, dependants: shownDependants };
}

export function dependencyDiagram(neighbourhood: Neighbourhood, links: SiteLinks, textAlternative: { readonly id: string; readonly label: string }): Markup {
    const { service, dependencies, dependants } = neighbourhood;
    const shares = neighbourShares(dependencies.length, dependants.length);
    const centre = `s:${service.name}`;
    const left: DiagramNode[] = dependants.slice(0, shares.dependants).map(dependant => serviceNode(dependant, links));
    const right: DiagramNode[] = dependencies.slice(0, shares.dependencies).map(dependency => serviceNode(dependency, links));
    if (dependants.length > shares.dependants) {
        const more = dependants.length - shares.dependants;
        left.push({ id: 'more:dependants', label: `and ${more} more`, note: 'depending on it', title: `${more} more services depend on it`, kind: 'more' });
    }
    if (dependencies.length > shares.dependencies) {
        const more = dependencies.length - shares.dependencies;
        right.push({ id: 'more:dependencies', label: `and ${more} more`, note: 'it depends on', title: `It depends on ${more} more services`, kind: 'more' });
    }
    const middle: DiagramNode = { id: centre, label: displayName(service), title: `${displayName(service)} (${service.name})`, kind: 'current' };
    const edges: DiagramEdge[] = [
        ...left.map(node => ({ from: node.id, to: centre })),
        ...right.map(node => ({ from: centre, to: node.id }))
    ];
    const layout = layoutColumns([left, [middle], right], edges);
    const name = displayName(service);
    return svgDiagram(layout, {
        id: 'dependency-diagram',
        title: `Dependencies of ${name}`,
        description: `${name} depends directly on ${countText(dependencies.length)}; ${countText(dependants.length)} depend directly on it. `
            + 'Arrows point from a service to the service it depends on.'
            + (dependencies.length > shares.dependencies || dependants.length > shares.dependants ? ` Only the first ${NEIGHBOURHOOD_LIMIT - 1} neighbours are drawn.` : ''),
        textAlternative
    });
}

function serviceNode(service: ServiceEntry, links: SiteLinks): DiagramNode {
    return { id: `s:${service.name}`, label: displayName(service), title: `${displayName(service)} (${service.name})`, href: links.service(service.name), kind: 'service' };
}

function countText(count: number): string {
    return count === 0 ? 'no other service' : count === 1 ? '1 service' : `${count} services`;
}
