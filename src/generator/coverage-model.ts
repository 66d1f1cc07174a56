/**
 * The A2 coverage report's data: which processes and activities of the reference model
 * some binding implements, who owns them, and which work products the model says flow
 * between two bound nodes. It answers "which parts of Customer Relationships does this
 * organization actually run, and how do they hand work to each other?".
 */
import type { A2Node, A2ReferenceModel } from '../a2/a2-reference-model.js';
import { type BindingEntry, type EntityRef, type ProducedWorkProduct } from './catalog-model.js';
import { compareText } from './text-order.js';

export interface CoverageBinding {
    readonly name: string;
    readonly title?: string;
    readonly owner?: EntityRef;
    readonly tool?: string;
    readonly produces: readonly ProducedWorkProduct[];
    readonly consumes: readonly string[];
}

export interface CoverageNode {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly bindings: readonly CoverageBinding[];
}

export interface CoverageProcess extends CoverageNode {
    readonly activities: readonly CoverageNode[];
}

export interface FlowWorkProduct {
    readonly name: string;
    /** A binding of the sending node lists it under `produces`. */
    readonly declaredByProducer: boolean;
    /** A binding of the receiving node lists it under `consumes`. */
    readonly declaredByConsumer: boolean;
}

export interface CoverageFlow {
    readonly from: string;
    readonly to: string;
    readonly workProducts: readonly FlowWorkProduct[];
}

export interface CoverageSummary {
    readonly processes: number;
    readonly processesBound: number;
    /** Processes bound directly or through at least one of their activities. */
    readonly processesTouched: number;
    readonly activities: number;
    readonly activitiesBound: number;
    readonly bindings: number;
}

export interface Coverage {
    readonly category: CoverageNode;
    readonly processes: readonly CoverageProcess[];
    readonly flows: readonly CoverageFlow[];
    /** Bindings whose `implements` names no node of the model (only with --force). */
    readonly unplaced: readonly BindingEntry[];
    readonly summary: CoverageSummary;
}

export function buildCoverage(bindings: readonly BindingEntry[], a2: A2ReferenceModel): Coverage {
    const byNode = new Map<string, CoverageBinding[]>();
    const unplaced: BindingEntry[] = [];
    for (const binding of bindings) {
        if (!a2.node(binding.node.id)) {
            unplaced.push(binding);
            continue;
        }
        const list = byNode.get(binding.node.id) ?? [];
        list.push({
            name: binding.name,
            title: binding.title,
            owner: binding.owner,
            tool: binding.tool,
            produces: binding.produces,
            consumes: binding.consumes
        });
        byNode.set(binding.node.id, list);
    }
    for (const list of byNode.values()) {
        list.sort((a, b) => compareText(a.name, b.name));
    }

    const nodeOf = (node: A2Node): CoverageNode => ({
        id: node.id, name: node.name, kind: node.kind, bindings: byNode.get(node.id) ?? []
    });
    const root = a2.nodes.find(node => node.kind === 'category');
    if (!root) {
        throw new Error('The A2 reference model has no category node.');
    }
    const processes = a2.children(root.id).map(process => ({
        ...nodeOf(process),
        activities: a2.children(process.id).map(nodeOf)
    }));

    const order = new Map(a2.nodes.map((node, index) => [node.id, index]));
    const bound = [...byNode.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const flows: CoverageFlow[] = [];
    for (const from of bound) {
        for (const to of bound) {
            if (from === to) continue;
            const names = [...a2.flowsBetween(from, to)].sort(compareText);
            if (names.length === 0) continue;
            flows.push({
                from,
                to,
                workProducts: names.map(name => ({
                    name,
                    declaredByProducer: (byNode.get(from) ?? []).some(binding =>
                        binding.produces.some(item => sameWorkProduct(a2, item.workProduct, name))),
                    declaredByConsumer: (byNode.get(to) ?? []).some(binding =>
                        binding.consumes.some(item => sameWorkProduct(a2, item, name)))
                }))
            });
        }
    }

    const activities = processes.flatMap(process => process.activities);
    return {
        category: nodeOf(root),
        processes,
        flows,
        unplaced: [...unplaced].sort((a, b) => compareText(a.name, b.name)),
        summary: {
            processes: processes.length,
            processesBound: processes.filter(process => process.bindings.length > 0).length,
            processesTouched: processes.filter(process =>
                process.bindings.length > 0 || process.activities.some(activity => activity.bindings.length > 0)).length,
            activities: activities.length,
            activitiesBound: activities.filter(activity => activity.bindings.length > 0).length,
            bindings: bindings.length
        }
    };
}

function sameWorkProduct(a2: A2ReferenceModel, written: string, canonical: string): boolean {
    return (a2.canonicalName(written) ?? written) === canonical;
}
