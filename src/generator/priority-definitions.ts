/**
 * The definitions of priorities that published documents carry: P1..P5 as the workspace
 * defines them (`priority P1 "Critical" { impact high … }`), else as svcdef defines them
 * by default, followed by every other priority the workspace declares.
 */
import type { AstNode } from 'langium';
import type { Priority } from '../language/generated/ast.js';
import { BUILTIN_PRIORITIES } from '../language/builtin/standard-library.js';
import { single } from '../language/single-valued-properties.js';
import type { PriorityEntry } from './catalog-model.js';

/** `declared` in the catalog's element order; the first declaration of a name defines it. */
export function priorityDefinitions(declared: readonly Priority[], describe: (node: AstNode) => string | undefined): PriorityEntry[] {
    const byName = new Map<string, Priority>();
    for (const priority of declared) {
        if (!byName.has(priority.name)) {
            byName.set(priority.name, priority);
        }
    }
    const definition = (priority: Priority): PriorityEntry => ({
        name: priority.name,
        title: priority.title,
        impact: single(priority.impact),
        urgency: single(priority.urgency),
        description: single(priority.description) ?? describe(priority),
        builtin: false
    });
    const builtinNames = new Set(BUILTIN_PRIORITIES.map(priority => priority.name));
    return [
        ...BUILTIN_PRIORITIES.map(builtin => {
            const defined = byName.get(builtin.name);
            return defined
                ? definition(defined)
                : { name: builtin.name, title: builtin.title, description: builtin.description, builtin: true };
        }),
        ...[...byName.values()].filter(priority => !builtinNames.has(priority.name)).map(definition)
    ];
}
