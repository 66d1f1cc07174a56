import { stream, type AstNodeDescription, type Stream } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { kindGroupOf } from '../kind-groups.js';
import { namespaceOfDescription } from '../qualified-names.js';

/**
 * The qualified names of the workspace elements that share a simple name with an element
 * of the given AST type and belong to its kind group (see kind-groups.ts), whatever their
 * own type: the names the `ambiguous-reference` check weighs a written simple name against.
 */
export type GroupNamesakes = (simpleName: string, type: string) => Iterable<string>;

/**
 * The names a reference completion offers, as they would be written in a file of the
 * given namespace (undefined: a file without one). Namespaced elements are exported by
 * their simple and their qualified name. The qualified name is offered only where the
 * simple one is shared; the shared simple name only where it means one element there,
 * as linking reads it: an element in the file's own namespace (the root namespace for a
 * file without one). Anywhere else it would be `ambiguous-reference`. A simple name is
 * shared when elements of one kind group carry it under two qualified names, among the
 * candidates or not: a provider `acme.b.Finance` makes `Finance` ambiguous after
 * `customer` too. Built-in elements, which a workspace may redefine, never make a name
 * ambiguous.
 */
export function namesAsWritten(candidates: Stream<AstNodeDescription>, namespace: string | undefined,
    groupNamesakes?: GroupNamesakes): Stream<AstNodeDescription> {
    const all = candidates.toArray();
    const simple = new Map<string, AstNodeDescription[]>();
    for (const description of all) {
        if (!description.name.includes('.') && !isBuiltinUri(description.documentUri)) {
            const same = simple.get(description.name);
            if (same) {
                same.push(description);
            } else {
                simple.set(description.name, [description]);
            }
        }
    }
    // One element declared twice under one qualified name is a duplicate-name, not an ambiguity:
    // linking takes the first, and the ambiguity check groups namesakes by qualified name too.
    const shared = new Map<string, boolean>();
    const isShared = (simpleName: string, type: string): boolean => {
        const key = `${kindGroupOf(type)}\u0000${simpleName}`;
        let answer = shared.get(key);
        if (answer === undefined) {
            const same = simple.get(simpleName) ?? [];
            const others = [...(groupNamesakes?.(simpleName, type) ?? [])];
            // Nearly every name is carried once: answered without reading where its element lives.
            answer = same.length + others.length > 1
                && new Set([...others, ...same.map(other => qualifiedNameOf(other, simpleName))]).size > 1;
            shared.set(key, answer);
        }
        return answer;
    };
    return stream(all.filter(description => {
        if (description.name.includes('.')) {
            return isShared(description.name.slice(description.name.lastIndexOf('.') + 1), description.type);
        }
        if (!isShared(description.name, description.type)) {
            return true;
        }
        // The one the name means here stands for all of them; the others are reached by their qualified names.
        const meantHere = namespace ? `${namespace}.${description.name}` : description.name;
        const first = simple.get(description.name)?.find(other => qualifiedNameOf(other, description.name) === meantHere);
        return first === description;
    }));
}

function qualifiedNameOf(description: AstNodeDescription, simpleName: string): string {
    const namespace = namespaceOfDescription(description);
    return namespace ? `${namespace}.${simpleName}` : simpleName;
}
