import type { Element } from '../generated/ast.js';

/**
 * Which svcdef artifact kinds each A2 work product can carry in a binding's
 * `produces "…" { … }` list. Work products not listed carry no artifacts.
 */
const KINDS_BY_WORK_PRODUCT: ReadonlyArray<readonly [string, ReadonlyArray<Element['$type']>]> = [
    ['Service Catalog Content', ['Service']],
    ['Service Catalog', ['Service']],
    ['SLAs, OLAs, UCs', ['Sla', 'Ola', 'Uc']],
    ['Business Demand Baselines', ['Pattern']],
    ['Business Demand Forecasts', ['Pattern']],
    ['Service Demand Forecasts', ['Forecast']],
    ['Service Level Package', ['ServicePackage']],
    ['Service Level Stakeholder Register', ['Customer', 'Provider', 'Unit', 'Supplier']]
];

const KIND_WORDS: Record<string, string> = {
    Service: 'service', Sla: 'sla', Ola: 'ola', Uc: 'uc', Pattern: 'pattern', Forecast: 'forecast',
    ServicePackage: 'package', Customer: 'customer', Provider: 'provider', Unit: 'unit', Supplier: 'supplier',
    Calendar: 'calendar', Metric: 'metric', Priority: 'priority', Binding: 'binding', A2Node: 'A2 node', WorkProduct: 'work product'
};

export function keywordOfKind(type: string): string {
    return KIND_WORDS[type] ?? type;
}

function normalize(name: string): string {
    return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

const LOOKUP = new Map(KINDS_BY_WORK_PRODUCT.map(([name, kinds]) => [normalize(name), kinds]));

/** The artifact kinds (AST types) a work product carries; empty when it carries none. */
export function artifactKindsOf(workProductName: string): ReadonlyArray<Element['$type']> {
    return LOOKUP.get(normalize(workProductName)) ?? [];
}

export function workProductsCarrying(type: string): string[] {
    return KINDS_BY_WORK_PRODUCT.filter(([, kinds]) => kinds.includes(type as Element['$type'])).map(([name]) => name);
}
