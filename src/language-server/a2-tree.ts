/**
 * The A2 model as the tree view shows it: the category, its processes and their
 * activities in model order, each with the workspace's bindings that implement it and
 * with its controls, inputs and outputs. Plain data: the server sends it as the answer to
 * `svcdef/a2Tree`, and the extension's view only maps it to VS Code tree items.
 */
import type { A2Node, A2ReferenceModel, IcomEntry, IcomKind } from '../a2/a2-reference-model.js';
import type { A2TreeEntry } from '../protocol/svcdef-requests.js';
import type { BindingSite } from './binding-sites.js';

export type { A2TreeEntry } from '../protocol/svcdef-requests.js';

const ICOM_KINDS: readonly IcomKind[] = ['control', 'input', 'output'];
const ICOM_LABELS: Readonly<Record<IcomKind, string>> = { control: 'control', input: 'input', output: 'output' };

/** The roots of the view: the A2 category, then bindings of ids the model does not know. */
export function a2Tree(model: A2ReferenceModel, bindings: readonly BindingSite[]): A2TreeEntry[] {
    const byNode = new Map<string, BindingSite[]>();
    for (const binding of bindings) {
        const list = byNode.get(binding.nodeId);
        if (list) list.push(binding);
        else byNode.set(binding.nodeId, [binding]);
    }
    const roots = model.nodes.filter(node => node.parent === undefined).map(node => nodeEntry(model, node, byNode));
    const unknown = bindings.filter(binding => model.node(binding.nodeId) === undefined);
    if (unknown.length > 0) {
        roots.push({
            key: 'unknown-nodes',
            kind: 'unknown-nodes',
            label: 'Bindings of unknown A2 nodes',
            description: `${unknown.length}`,
            tooltip: 'These bindings name an A2 node the reference model does not have (diagnostic `unknown-a2-node`).',
            children: unknown.map(binding => bindingEntry(binding, `implements ${binding.nodeId || '(nothing)'}, which is not in the A2 model`))
        });
    }
    return roots;
}

/** Activities under a node (the node itself when it is one) and how many of them are bound. */
export function activityCoverage(model: A2ReferenceModel, node: A2Node, bindingsByNode: ReadonlyMap<string, readonly BindingSite[]>): { bound: number; total: number } {
    if (node.kind === 'activity') {
        return { bound: bindingsByNode.has(node.id) ? 1 : 0, total: 1 };
    }
    let bound = 0;
    let total = 0;
    for (const child of model.children(node.id)) {
        const coverage = activityCoverage(model, child, bindingsByNode);
        bound += coverage.bound;
        total += coverage.total;
    }
    return { bound, total };
}

function nodeEntry(model: A2ReferenceModel, node: A2Node, byNode: ReadonlyMap<string, readonly BindingSite[]>): A2TreeEntry {
    const bindings = byNode.get(node.id) ?? [];
    const bound = bindings.length > 0;
    const children: A2TreeEntry[] = [
        ...bindings.map(binding => bindingEntry(binding, `implements ${node.id} ${node.name}`)),
        icomsEntry(node),
        ...model.children(node.id).map(child => nodeEntry(model, child, byNode))
    ];
    let description: string;
    if (node.kind === 'activity') {
        description = bound ? bindings.map(binding => binding.name).join(', ') : 'not bound';
    } else {
        const coverage = activityCoverage(model, node, byNode);
        const bindingsPart = bound ? `; bound by ${bindings.map(binding => binding.name).join(', ')}` : '';
        description = `${coverage.bound} of ${coverage.total} activities bound${bindingsPart}`;
    }
    const status = bound
        ? `Implemented by ${bindings.map(binding => `\`${binding.name}\``).join(', ')}.`
        : node.kind === 'activity'
            ? 'No binding in the workspace implements this activity.'
            : 'No binding in the workspace implements this node itself.';
    return {
        key: `node:${node.id}`,
        kind: node.kind,
        label: `${node.id} ${node.name}`,
        description,
        tooltip: `**${node.id} ${node.name}** (${node.kind})\n\n${node.description}\n\n${status}`,
        bound,
        nodeId: node.id,
        children
    };
}

function bindingEntry(binding: BindingSite, implementsText: string): A2TreeEntry {
    const details = [
        binding.title !== undefined ? binding.title : undefined,
        binding.owner !== undefined ? `owner ${binding.owner}` : undefined
    ].filter((part): part is string => part !== undefined);
    const lines = [
        `**binding ${binding.name}**${binding.title !== undefined ? ` "${binding.title}"` : ''}, ${implementsText}`,
        binding.owner !== undefined ? `owner: ${binding.owner}` : undefined,
        binding.produces.length > 0 ? `produces: ${binding.produces.join('; ')}` : undefined,
        binding.consumes.length > 0 ? `consumes: ${binding.consumes.join('; ')}` : undefined
    ].filter((line): line is string => line !== undefined);
    return {
        key: `binding:${binding.nodeId}:${binding.location.uri}#${binding.name}`,
        kind: 'binding',
        label: binding.name,
        description: details.length > 0 ? details.join(' · ') : undefined,
        tooltip: lines.join('\n\n'),
        nodeId: binding.nodeId,
        location: binding.location,
        children: []
    };
}

function icomsEntry(node: A2Node): A2TreeEntry {
    const children = ICOM_KINDS.flatMap(kind => entriesOf(node, kind).map((entry, index) => icomEntry(node, kind, entry, index)));
    const counts = ICOM_KINDS.map(kind => `${entriesOf(node, kind).length} ${ICOM_LABELS[kind]}s`).join(', ');
    return {
        key: `icoms:${node.id}`,
        kind: 'icoms',
        label: 'Inputs, controls and outputs',
        description: counts,
        tooltip: `The work products that flow into and out of ${node.id}: ${counts}.`,
        nodeId: node.id,
        children
    };
}

function icomEntry(node: A2Node, kind: IcomKind, entry: IcomEntry, index: number): A2TreeEntry {
    const direction = kind === 'output' ? 'to' : 'from';
    const ends = entry.refs.length > 0 ? `${direction} ${entry.refs.join(', ')}` : undefined;
    return {
        key: `icom:${node.id}:${kind}:${index}`,
        kind,
        label: entry.name,
        description: ends !== undefined ? `${kind} ${ends}` : kind,
        tooltip: `**${entry.name}**: ${kind} of ${node.id}${ends !== undefined ? `, ${ends}` : ''}.`,
        nodeId: node.id,
        children: []
    };
}

function entriesOf(node: A2Node, kind: IcomKind): readonly IcomEntry[] {
    return kind === 'control' ? node.controls : kind === 'input' ? node.inputs : node.outputs;
}
