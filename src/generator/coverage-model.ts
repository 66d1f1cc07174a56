/**
 * The A2 coverage report's data: which processes and activities of the reference model
 * some binding implements, who owns them, and which work products the model says flow
 * between two bound nodes. It answers "which parts of Customer Relationships does this
 * organization actually run, and how do they hand work to each other?".
 *
 * One notion of "covered" serves every format, so no two statements can disagree:
 * - an activity is covered when a binding implements it ("bound directly"), its process
 *   ("covered through its process") or the whole category A2 ("covered through the category");
 * - a process is covered when a binding implements it or the category, or when every one of
 *   its activities is covered; partly covered when some are.
 * The headline figure is the share of the model's activities that are covered.
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

export const ACTIVITY_STATES = ['bound', 'through-process', 'through-category', 'not-covered'] as const;
export type ActivityState = typeof ACTIVITY_STATES[number];

export const PROCESS_STATES = ['covered', 'partly-covered', 'not-covered'] as const;
export type ProcessState = typeof PROCESS_STATES[number];

export interface CoverageActivity extends CoverageNode {
    /** The id of the process the activity belongs to. */
    readonly process: string;
    readonly state: ActivityState;
}

export interface CoverageProcess extends CoverageNode {
    readonly activities: readonly CoverageActivity[];
    readonly state: ProcessState;
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
    readonly activities: number;
    /** Activities covered in any way: the sum of the next three. */
    readonly activitiesCovered: number;
    /** Activities a binding implements directly. */
    readonly activitiesBound: number;
    readonly activitiesThroughProcess: number;
    readonly activitiesThroughCategory: number;
    /** Covered activities as a percentage of all, rounded down to one decimal (never overstated). */
    readonly percentCovered: number;
    readonly processes: number;
    readonly processesCovered: number;
    /** Processes a binding implements directly (each of them is covered). */
    readonly processesBound: number;
    readonly processesPartlyCovered: number;
    readonly bindings: number;
}

export interface Coverage {
    readonly category: CoverageNode;
    readonly processes: readonly CoverageProcess[];
    /** The activities not covered, in model order. */
    readonly uncovered: readonly CoverageActivity[];
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
    const category = nodeOf(root);
    const processes = a2.children(root.id).map(processNode => {
        const process = nodeOf(processNode);
        const activities = a2.children(processNode.id).map((activityNode): CoverageActivity => {
            const activity = nodeOf(activityNode);
            return { ...activity, process: process.id, state: activityState(activity, process, category) };
        });
        return { ...process, activities, state: processState(process, category, activities) };
    });

    const activities = processes.flatMap(process => process.activities);
    const counted = (state: ActivityState) => activities.filter(activity => activity.state === state).length;
    const uncovered = activities.filter(activity => activity.state === 'not-covered');
    const covered = activities.length - uncovered.length;
    return {
        category,
        processes,
        uncovered,
        flows: flowsBetweenBound(byNode, a2),
        unplaced: [...unplaced].sort((a, b) => compareText(a.name, b.name)),
        summary: {
            activities: activities.length,
            activitiesCovered: covered,
            activitiesBound: counted('bound'),
            activitiesThroughProcess: counted('through-process'),
            activitiesThroughCategory: counted('through-category'),
            percentCovered: percentRoundedDown(covered, activities.length),
            processes: processes.length,
            processesCovered: processes.filter(process => process.state === 'covered').length,
            processesBound: processes.filter(process => process.bindings.length > 0).length,
            processesPartlyCovered: processes.filter(process => process.state === 'partly-covered').length,
            bindings: bindings.length
        }
    };
}

function activityState(activity: CoverageNode, process: CoverageNode, category: CoverageNode): ActivityState {
    if (activity.bindings.length > 0) return 'bound';
    if (process.bindings.length > 0) return 'through-process';
    if (category.bindings.length > 0) return 'through-category';
    return 'not-covered';
}

function processState(process: CoverageNode, category: CoverageNode, activities: readonly CoverageActivity[]): ProcessState {
    const coveredActivities = activities.filter(activity => activity.state !== 'not-covered').length;
    if (process.bindings.length > 0 || category.bindings.length > 0 || coveredActivities === activities.length) {
        return 'covered';
    }
    return coveredActivities > 0 ? 'partly-covered' : 'not-covered';
}

/** Rounded down, so that a report never shows a figure a `--fail-under` of that figure would reject. */
function percentRoundedDown(part: number, whole: number): number {
    return whole === 0 ? 100 : Math.floor(part * 1000 / whole) / 10;
}

/**
 * Whether the share of covered activities reaches `percent` (decimal text, `62.5`), compared
 * exactly on the counts, not on the rounded figure (24 of 49 is below 49 percent), and in
 * whole numbers: 36.7346938775510204 is below 18 of 49 (36.734693877551020408…%), though
 * 36.7346938775510204 × 49 in floating point lands above 1,800.
 */
export function coverageReaches(summary: CoverageSummary, percent: string): boolean {
    const [whole, fraction = ''] = percent.split('.');
    const scaled = BigInt(`${whole}${fraction}`);
    return BigInt(summary.activitiesCovered) * 100n * 10n ** BigInt(fraction.length) >= scaled * BigInt(summary.activities);
}

function flowsBetweenBound(byNode: ReadonlyMap<string, readonly CoverageBinding[]>, a2: A2ReferenceModel): CoverageFlow[] {
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
    return flows;
}

function sameWorkProduct(a2: A2ReferenceModel, written: string, canonical: string): boolean {
    return (a2.canonicalName(written) ?? written) === canonical;
}
