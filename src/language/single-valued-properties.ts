import type { SvcdefAstType } from './generated/ast.js';

type PropertiesOf = { readonly [Type in keyof SvcdefAstType]?: ReadonlyArray<keyof SvcdefAstType[Type] & string> };

const PARTY = ['contact', 'users'] as const;
const AGREEMENT = ['provider', 'status', 'validity', 'review', 'hours', 'supportHours', 'version'] as const;

/**
 * The properties that hold one value, by node type. The grammar makes every property of a
 * block a list, because a block may repeat one (see language/svcdef.langium); for these a
 * second value is an error (`duplicate-property`), and readers take the first (`single`).
 * A word that goes with a value (the label of `users 120 "Accountants"`, the unit of
 * `capacity 1250 mailboxes`) is not listed: its value's repeat is the one reported.
 */
export const SINGLE_VALUED_PROPERTIES = {
    Provider: PARTY,
    Customer: PARTY,
    Unit: PARTY,
    Supplier: PARTY,
    Priority: ['impact', 'urgency', 'description'],
    Service: ['status', 'kind', 'criticality', 'owner', 'manager', 'category', 'hours', 'supportHours', 'support', 'request', 'internal'],
    Calendar: ['timezone'],
    Offering: ['price', 'description'],
    // An SLA may name several customers (`customers A, B`, or `customer` lines).
    Sla: [...AGREEMENT, 'parent', 'creditRule', 'claimWithin', 'escalation'],
    Ola: [...AGREEMENT, 'unit', 'escalation'],
    Uc: [...AGREEMENT, 'supplier', 'contract', 'creditRule', 'claimWithin', 'escalation'],
    Target: ['window', 'priority', 'percentile', 'during'],
    Credit: ['window', 'priority', 'percentile', 'during'],
    EscalationLevel: ['contact', 'after'],
    Pattern: ['customer', 'users', 'classification'],
    ServicePackage: ['capacity'],
    Binding: ['owner', 'tool']
} as const satisfies PropertiesOf;

/** How a property is written where that differs from its name in the AST. */
const WRITTEN_AS: Readonly<Record<string, string>> = {
    parent: 'part of', creditRule: 'credits', claimWithin: 'claim within', validity: 'valid',
    window: 'per', priority: 'for', percentile: 'at', internal: 'internal', supportHours: 'support hours'
};

/** The words a user writes for a property: `part of` for `parent`, `per` for a target's window. */
export function propertyWords(property: string): string {
    return WRITTEN_AS[property] ?? property;
}

/**
 * The value of a single-valued property: the first one written, which the
 * `duplicate-property` diagnostic on any later one tells the user to keep or replace.
 */
export function single<T>(written: readonly T[]): T | undefined {
    return written[0];
}
