import type { AstNode } from 'langium';

/**
 * The groups within which names are unique. A name is unique per group, not across the
 * workspace: a department and its system often share a name (`customer Pharmacy`,
 * `service Pharmacy`), and every reference position accepts one group only, so no
 * reference becomes ambiguous.
 */
export type KindGroup = 'party' | 'service' | 'agreement' | 'demand' | 'binding' | 'calendar' | 'metric' | 'priority' | 'a2' | 'work-product';

const GROUP_OF_TYPE: Readonly<Record<string, KindGroup>> = {
    Provider: 'party', Customer: 'party', Unit: 'party', Supplier: 'party',
    Service: 'service',
    Sla: 'agreement', Ola: 'agreement', Uc: 'agreement',
    Pattern: 'demand', Forecast: 'demand', ServicePackage: 'demand',
    Binding: 'binding',
    Calendar: 'calendar',
    Metric: 'metric',
    Priority: 'priority',
    A2Node: 'a2',
    WorkProduct: 'work-product'
};

/** The group of an element's AST type; a type outside every group is its own group. */
export function kindGroupOf(type: string): KindGroup | string {
    return GROUP_OF_TYPE[type] ?? type;
}

export function sameKindGroup(a: AstNode, b: AstNode): boolean {
    return kindGroupOf(a.$type) === kindGroupOf(b.$type);
}
