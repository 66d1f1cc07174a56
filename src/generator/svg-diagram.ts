/**
 * A laid-out graph as inline SVG markup: boxes that link to their pages, arrows between
 * them, a title and description for assistive technology, and a pointer to the text
 * alternative (a table or list on the same page) that carries the same facts.
 *
 * The page's Content-Security-Policy forbids inline styles, so the look comes from classes
 * styled by the site's shared stylesheet (see diagram-style.ts), which every page and SLA
 * document links to.
 */
import type { GraphLayout, PlacedEdge, PlacedNode } from './graph-layout.js';
import { html, type Markup } from './html-markup.js';

/**
 * Up to this width a diagram shrinks to fit its column (down to a phone's); a wider one
 * keeps its natural size inside a container that scrolls sideways on its own.
 */
export const FIT_WIDTH = 720;

export interface DiagramLabels {
    /** Unique on the page: the prefix of the ids of the title, description and arrowhead. */
    readonly id: string;
    readonly title: string;
    readonly description: string;
    /** The table or list on the page that says the same in text: its id, and what to call it in the link. */
    readonly textAlternative?: { readonly id: string; readonly label: string };
}

export function svgDiagram(layout: GraphLayout, labels: DiagramLabels): Markup {
    const { id } = labels;
    const fits = layout.width <= FIT_WIDTH;
    const svg = html`<svg xmlns="http://www.w3.org/2000/svg" class="diagram ${fits ? 'diagram-fit' : 'diagram-wide'}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}">
<title id="${id}-title">${labels.title}</title>
<desc id="${id}-desc">${labels.description}</desc>
<defs><marker id="${id}-arrow" class="diagram-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>
<g class="diagram-edges">
${layout.edges.map(edge => edgeMarkup(edge, id))}</g>
<g class="diagram-nodes">
${layout.nodes.map(nodeMarkup)}</g>
</svg>`;
    const caption = labels.textAlternative
        ? html`<figcaption class="muted">${labels.title}. The same in text: <a href="#${labels.textAlternative.id}">${labels.textAlternative.label}</a>.</figcaption>`
        : html`<figcaption class="muted">${labels.title}.</figcaption>`;
    // A focusable, labelled scroll container lets keyboard users scroll a wide diagram too.
    return fits
        ? html`<figure class="diagram-figure">
${svg}
${caption}
</figure>
`
        : html`<figure class="diagram-figure">
<div class="diagram-frame" tabindex="0" role="region" aria-label="${labels.title} (scrolls sideways)">
${svg}
</div>
${caption}
</figure>
`;
}

function edgeMarkup(edge: PlacedEdge, id: string): Markup {
    if (edge.points.length < 2) {
        return html``;
    }
    const path = edge.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join('');
    return html`<path class="diagram-edge${edge.dashed ? ' diagram-edge-dashed' : ''}" d="${path}" marker-end="url(#${id}-arrow)"/>
`;
}

function nodeMarkup(node: PlacedNode): Markup {
    const centre = node.x + node.width / 2;
    const top = node.y + 9;
    const lines = node.lines.map((line, index) => html`<text class="${index === 0 ? 'diagram-label' : 'diagram-note'}" x="${round(centre)}" y="${round(top + 13 + index * 18)}">${line}</text>`);
    // A tooltip only where it tells more than the box: a shortened label, or a qualified name.
    const full = node.title ?? node.label;
    const box = html`${full !== node.lines.join(' ') ? html`<title>${full}</title>` : ''}<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="5"/>${lines}`;
    return node.href !== undefined
        ? html`<a class="diagram-node diagram-${node.kind}" href="${node.href}">${box}</a>
`
        : html`<g class="diagram-node diagram-${node.kind}">${box}</g>
`;
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
