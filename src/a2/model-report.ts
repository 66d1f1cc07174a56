/**
 * Text renderings of the A2 reference model for the CLI. Pure: no console, no process.
 */
import { compareText } from '../generator/text-order.js';
import { OUTSIDE, type A2Node, type A2ReferenceModel, type IcomEntry } from './a2-reference-model.js';

/** Thrown when a node id is not part of the A2 model; carries did-you-mean suggestions. */
export class UnknownNodeError extends Error {
    override readonly name = 'UnknownNodeError';

    constructor(
        readonly id: string,
        /** Closest node ids, best first. */
        readonly suggestions: readonly string[]
    ) {
        super(
            `Unknown A2 node "${id}".` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '')
        );
    }
}

/** The whole model as JSON, without descriptions: keys id, name, kind, parent, controls, inputs, outputs. */
export function modelAsJson(model: A2ReferenceModel): string {
    const nodes = model.nodes.map((n) => ({
        id: n.id,
        name: n.name,
        kind: n.kind,
        parent: n.parent ?? null,
        controls: n.controls.map(entryJson),
        inputs: n.inputs.map(entryJson),
        outputs: n.outputs.map(entryJson)
    }));
    return JSON.stringify({ nodes }, null, 2);
}

function entryJson(e: IcomEntry): { name: string; refs: string[] } {
    return { name: e.name, refs: [...e.refs] };
}

/** A human-readable description of one node. Throws UnknownNodeError for unknown ids. */
export function describeNode(model: A2ReferenceModel, id: string): string {
    const node = model.node(id.trim()) ?? model.node(id.trim().toUpperCase());
    if (node === undefined) throw new UnknownNodeError(id, suggestNodeIds(model, id));

    const lines: string[] = [];
    lines.push(`${node.id} ${node.name}`);
    lines.push(`Kind: ${node.kind}`);
    const parent = node.parent === undefined ? undefined : model.node(node.parent);
    lines.push(`Parent: ${parent === undefined ? '(none)' : `${parent.id} (${parent.name})`}`);
    if (node.description) lines.push(`Description: ${node.description}`);
    const children = model.children(node.id);
    if (children.length > 0) {
        lines.push('');
        lines.push(`${node.kind === 'category' ? 'Processes' : 'Activities'}:`);
        for (const c of children) lines.push(`  ${c.id} ${c.name}`);
    }
    section(lines, model, 'Controls', node.controls, 'from');
    section(lines, model, 'Inputs', node.inputs, 'from');
    section(lines, model, 'Outputs', node.outputs, 'to');
    return `${lines.join('\n')}\n`;
}

function section(lines: string[], model: A2ReferenceModel, title: string, entries: readonly IcomEntry[], dir: 'from' | 'to'): void {
    lines.push('');
    lines.push(`${title}:`);
    if (entries.length === 0) {
        lines.push('  (none)');
        return;
    }
    for (const e of entries) lines.push(`  - ${e.name}: ${dir} ${e.refs.map((r) => describeRef(model, r)).join(', ')}`);
}

function describeRef(model: A2ReferenceModel, ref: string): string {
    if (ref === OUTSIDE) return 'outside the model';
    const n = model.node(ref);
    // Ids of other categories (A3, A812, ...) are not in this model, so they have no name here.
    return n === undefined ? ref : `${ref} (${n.name})`;
}

/**
 * Up to `limit` node ids closest to what the user typed, matching both ids ("A2433" -> A243)
 * and names ("service review" -> A245).
 */
export function suggestNodeIds(model: A2ReferenceModel, query: string, limit = 3): string[] {
    const q = query.trim().toLowerCase();
    if (q === '') return [];
    const scored = model.nodes.map((n) => ({ node: n, score: scoreNode(n, q) }));
    // Ties go to the id sharing the longest prefix with the query: "A2433" means A243, not A233.
    const prefix = (id: string): number => {
        const lower = id.toLowerCase();
        let i = 0;
        while (i < lower.length && lower[i] === q[i]) i++;
        return i;
    };
    scored.sort((a, b) => a.score - b.score || prefix(b.node.id) - prefix(a.node.id) || compareText(a.node.id, b.node.id));
    const best = scored[0]?.score ?? Infinity;
    // Only near-best candidates, and none that differ from the query in most of its characters.
    return scored
        .filter((s) => s.score <= best + 1 && s.score <= Math.max(3, q.length / 2))
        .slice(0, limit)
        .map((s) => s.node.id);
}

function scoreNode(node: A2Node, q: string): number {
    const id = node.id.toLowerCase();
    const name = node.name.toLowerCase();
    let score = levenshtein(q, id);
    if (name === q) return 0;
    if (name.includes(q)) score = Math.min(score, 1);
    score = Math.min(score, levenshtein(q, name));
    return score;
}

function levenshtein(a: string, b: string): number {
    if (a === b) return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length]!;
}
