import type { AstNode } from 'langium';
import { BUILTIN_PRIORITIES } from './standard-library.js';

const BUILTIN_PRIORITY_NAMES: ReadonlySet<string> = new Set(BUILTIN_PRIORITIES.map(priority => priority.name));

/**
 * Whether a workspace declaration is the definition of a built-in priority: `priority P1
 * "Critical" { … }`, in any namespace, gives P1 its title and meaning rather than
 * declaring a second P1.
 */
export function definesBuiltinPriority(element: AstNode & { name?: string }): boolean {
    return element.$type === 'Priority' && element.name !== undefined && BUILTIN_PRIORITY_NAMES.has(element.name);
}
