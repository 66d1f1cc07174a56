/**
 * Positions for the boxes and arrows of a diagram, computed at generation time so that
 * published pages carry finished SVG and no script.
 *
 * General graphs (the whole catalog's dependency map) are laid out by dagre, a layered
 * graph layout. The diagrams every service and SLA page carries have a fixed shape
 * instead (a star of dependants and dependencies; an SLA over its supporters and their
 * redundancy groups) and are placed in columns directly: dagre takes milliseconds even
 * for three boxes, and a catalog of ten thousand services has fifteen thousand such pages.
 *
 * Both are deterministic: callers pass nodes and edges in a stable order and coordinates
 * are rounded, so the same catalog draws the same bytes.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';

/** How a node reads and what it stands for; the class picks its look in the diagram style. */
export type DiagramNodeKind = 'current' | 'service' | 'agreement' | 'group' | 'more' | 'category';

export interface DiagramNode {
    readonly id: string;
    /** The first line, shortened to fit the box; `title` keeps the full text. */
    readonly label: string;
    /** A smaller second line, such as a target or a count. */
    readonly note?: string;
    /** The full text of the node, for the tooltip. */
    readonly title?: string;
    /** Where the node links to, relative to the page it is drawn on. */
    readonly href?: string;
    readonly kind: DiagramNodeKind;
}

export interface DiagramEdge {
    readonly from: string;
    readonly to: string;
    /** A weaker relation, drawn dashed (members of a redundancy group). */
    readonly dashed?: boolean;
}

export interface DiagramGraph {
    readonly nodes: readonly DiagramNode[];
    readonly edges: readonly DiagramEdge[];
    /** `LR`: left to right, for long chains; `TB`: top to bottom. */
    readonly direction: 'LR' | 'TB';
}

export interface Point {
    readonly x: number;
    readonly y: number;
}

export interface PlacedNode extends DiagramNode {
    /** The box's left and top edges and size, in diagram units (CSS pixels at natural size). */
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly lines: readonly string[];
}

export interface PlacedEdge extends DiagramEdge {
    readonly points: readonly Point[];
}

export interface GraphLayout {
    readonly width: number;
    readonly height: number;
    readonly nodes: readonly PlacedNode[];
    readonly edges: readonly PlacedEdge[];
}

/** Characters a label keeps before it is shortened: long titles would make every box of its rank as wide. */
export const LABEL_LIMIT = 30;
const NOTE_LIMIT = 36;
/** An average glyph of the diagram font at 13 px, generous so that labels stay inside their boxes. */
const CHARACTER_WIDTH = 7.4;
const NOTE_CHARACTER_WIDTH = 6.4;
const BOLD_WIDER = 1.12;
const PADDING_X = 12;
const LINE_HEIGHT = 18;
const PADDING_Y = 9;
const MARGIN = 8;
const NODE_GAP = 14;
const RANK_GAP = 56;

export function shortened(text: string, limit: number): string {
    const characters = [...text];
    return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('').trimEnd()}…`;
}

interface NodeSize {
    readonly lines: string[];
    readonly width: number;
    readonly height: number;
}

/** A box wide enough for its (shortened) label and note. */
function sizeOf(node: DiagramNode): NodeSize {
    const label = shortened(node.label, LABEL_LIMIT);
    const note = node.note !== undefined ? shortened(node.note, NOTE_LIMIT) : undefined;
    const lines = note !== undefined ? [label, note] : [label];
    // The current node's label is bold, and bold glyphs are wider.
    const width = Math.ceil(Math.max(
        [...label].length * CHARACTER_WIDTH * (node.kind === 'current' ? BOLD_WIDER : 1),
        note !== undefined ? [...note].length * NOTE_CHARACTER_WIDTH : 0,
        48
    ) + 2 * PADDING_X);
    return { lines, width, height: lines.length * LINE_HEIGHT + 2 * PADDING_Y };
}

/** A general graph, laid out in layers by dagre. */
export function layoutGraph(graph: DiagramGraph): GraphLayout {
    const layout = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: false });
    layout.setGraph({ rankdir: graph.direction, nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: MARGIN, marginy: MARGIN });
    layout.setDefaultEdgeLabel(() => ({}) as EdgeLabel);
    const sized = new Map<string, NodeSize>();
    for (const node of graph.nodes) {
        const size = sizeOf(node);
        sized.set(node.id, size);
        layout.setNode(node.id, { width: size.width, height: size.height });
    }
    for (const edge of graph.edges) {
        if (sized.has(edge.from) && sized.has(edge.to) && edge.from !== edge.to) {
            layout.setEdge(edge.from, edge.to);
        }
    }
    dagre.layout(layout);
    const nodes = graph.nodes.map(node => {
        const placed = layout.node(node.id);
        const size = sized.get(node.id)!;
        return {
            ...node,
            x: rounded(placed.x! - size.width / 2),
            y: rounded(placed.y! - size.height / 2),
            width: size.width,
            height: size.height,
            lines: size.lines
        };
    });
    const edges = graph.edges
        .filter(edge => layout.hasEdge(edge.from, edge.to))
        .map(edge => ({ ...edge, points: (layout.edge(edge.from, edge.to).points ?? []).map((point: Point) => ({ x: rounded(point.x), y: rounded(point.y) })) }));
    const label = layout.graph();
    return { width: Math.ceil(label.width ?? 0), height: Math.ceil(label.height ?? 0), nodes, edges };
}

function rounded(value: number): number {
    return Math.round(value * 10) / 10;
}

/**
 * Nodes placed in the columns given, top to bottom in the order given, each column centred
 * on the tallest; edges run from the right side of one box to the left side of a box in a
 * later column. For diagrams whose shape is known in advance, where the caller's order is
 * already the one without crossings.
 */
export function layoutColumns(columns: readonly (readonly DiagramNode[])[], edges: readonly DiagramEdge[]): GraphLayout {
    const filled = columns.filter(column => column.length > 0);
    const sizes = filled.map(column => column.map(sizeOf));
    const columnWidths = sizes.map(column => Math.max(...column.map(size => size.width)));
    const columnHeights = sizes.map(column => column.reduce((sum, size) => sum + size.height, 0) + (column.length - 1) * NODE_GAP);
    const height = Math.max(...columnHeights, 0) + 2 * MARGIN;
    const nodes: PlacedNode[] = [];
    let left = MARGIN;
    filled.forEach((column, index) => {
        let top = MARGIN + (height - 2 * MARGIN - columnHeights[index]) / 2;
        column.forEach((node, row) => {
            const size = sizes[index][row];
            nodes.push({ ...node, x: rounded(left + (columnWidths[index] - size.width) / 2), y: rounded(top), width: size.width, height: size.height, lines: size.lines });
            top += size.height + NODE_GAP;
        });
        left += columnWidths[index] + RANK_GAP;
    });
    const placed = new Map(nodes.map(node => [node.id, node]));
    const placedEdges: PlacedEdge[] = [];
    for (const edge of edges) {
        const from = placed.get(edge.from);
        const to = placed.get(edge.to);
        if (from && to && from !== to) {
            const forward = from.x < to.x;
            const start = { x: forward ? from.x + from.width : from.x, y: rounded(from.y + from.height / 2) };
            const end = { x: forward ? to.x : to.x + to.width, y: rounded(to.y + to.height / 2) };
            placedEdges.push({ ...edge, points: [start, end] });
        }
    }
    const width = filled.length === 0 ? 2 * MARGIN : Math.ceil(left - RANK_GAP + MARGIN);
    return { width, height: Math.ceil(height), nodes, edges: placedEdges };
}
