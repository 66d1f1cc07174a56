/**
 * The A2 coverage report as JSON, for CI gates and dashboards: the figures, every activity
 * with its state, and the activities not covered by id and name. The shape is fixed by
 * schemas/coverage.schema.json; every key is always present (null where a value is absent),
 * so a reader need not tell "missing" from "none".
 */
import { flowJson } from './coverage-flow-json.js';
import type { Coverage, CoverageBinding } from './coverage-model.js';

export const COVERAGE_JSON_FORMAT = 'svcdef-coverage';
/** Raised only when a field changes meaning or goes away. */
export const COVERAGE_JSON_VERSION = 1;

export function coverageJson(coverage: Coverage, generatedAt?: string): string {
    return `${JSON.stringify(coverageDocument(coverage, generatedAt), null, 2)}\n`;
}

export function coverageDocument(coverage: Coverage, generatedAt?: string): object {
    return {
        format: COVERAGE_JSON_FORMAT,
        formatVersion: COVERAGE_JSON_VERSION,
        generatedAt: generatedAt ?? null,
        category: { id: coverage.category.id, name: coverage.category.name, bindings: coverage.category.bindings.map(bindingJson) },
        summary: { ...coverage.summary },
        processes: coverage.processes.map(process => ({
            id: process.id,
            name: process.name,
            state: process.state,
            bindings: process.bindings.map(bindingJson),
            activities: process.activities.map(activity => activity.id)
        })),
        activities: coverage.processes.flatMap(process => process.activities.map(activity => ({
            id: activity.id,
            name: activity.name,
            process: activity.process,
            state: activity.state,
            bindings: activity.bindings.map(bindingJson)
        }))),
        notCovered: coverage.uncovered.map(activity => ({ id: activity.id, name: activity.name, process: activity.process })),
        flows: coverage.flows.map(flowJson),
        outsideModel: coverage.unplaced.map(binding => ({ binding: binding.name, implements: binding.node.id }))
    };
}

function bindingJson(binding: CoverageBinding): object {
    return {
        name: binding.name,
        title: binding.title ?? null,
        owner: binding.owner ? { name: binding.owner.name, title: binding.owner.title ?? null, resolved: binding.owner.resolved } : null,
        tool: binding.tool ?? null
    };
}

