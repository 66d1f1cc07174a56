import type { CoverageFlow } from './coverage-model.js';

/**
 * A work-product flow between two bound nodes as JSON, the same in the coverage report
 * (schemas/coverage.schema.json) and in the catalog's coverage section
 * (schemas/catalog.schema.json), so that a tool reading both reads one shape.
 */
export function flowJson(flow: CoverageFlow) {
    return {
        from: flow.from,
        to: flow.to,
        workProducts: flow.workProducts.map(item => ({
            name: item.name,
            declaredByProducer: item.declaredByProducer,
            declaredByConsumer: item.declaredByConsumer
        }))
    };
}
