import type { SvcdefAstType } from './generated/ast.js';

type PropertiesOf = { readonly [Type in keyof SvcdefAstType]?: ReadonlyArray<keyof SvcdefAstType[Type] & string> };

const PARTY = ['contact', 'users'] as const;
const AGREEMENT = ['customer', 'provider', 'unit', 'supplier', 'status', 'validity', 'review', 'hours', 'contract'] as const;

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
    Service: ['status', 'owner', 'category', 'hours', 'support', 'request', 'internal'],
    Offering: ['price', 'description'],
    Sla: AGREEMENT,
    Ola: AGREEMENT,
    Uc: AGREEMENT,
    Pattern: ['customer', 'users', 'classification'],
    ServicePackage: ['capacity'],
    Binding: ['owner', 'tool']
} as const satisfies PropertiesOf;

/**
 * The value of a single-valued property: the first one written, which the
 * `duplicate-property` diagnostic on any later one tells the user to keep or replace.
 */
export function single<T>(written: readonly T[]): T | undefined {
    return written[0];
}
