import { stream, type AstNodeDescription, type Stream } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { namespaceOfDescription } from '../qualified-names.js';

/**
 * The names a reference completion offers, as they would be written in a file of the
 * given namespace (undefined: a file without one). Namespaced elements are exported by
 * their simple and their qualified name. The qualified name is offered only where the
 * simple one is shared; the shared simple name only where it means one element there,
 * as linking reads it: exactly one of its elements in the file's own namespace (the root
 * namespace for a file without one). Anywhere else it would be `ambiguous-reference`.
 * Built-in elements, which a workspace may redefine, never make a name ambiguous.
 */
export function namesAsWritten(candidates: Stream<AstNodeDescription>, namespace: string | undefined): Stream<AstNodeDescription> {
    const all = candidates.toArray();
    const simple = new Map<string, AstNodeDescription[]>();
    for (const description of all) {
        if (!description.name.includes('.')) {
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
    const elementsNamed = (name: string) => new Set((simple.get(name) ?? [])
        .filter(other => !isBuiltinUri(other.documentUri))
        .map(other => qualifiedNameOf(other, name))).size;
    return stream(all.filter(description => {
        if (description.name.includes('.')) {
            return elementsNamed(description.name.slice(description.name.lastIndexOf('.') + 1)) > 1;
        }
        if (elementsNamed(description.name) < 2) {
            return true;
        }
        const own = (simple.get(description.name) ?? [])
            .filter(other => !isBuiltinUri(other.documentUri) && namespaceOfDescription(other) === namespace);
        // The one the name means there stands for all of them; the others are reached by their qualified names.
        return own.length > 0 && new Set(own.map(other => qualifiedNameOf(other, description.name))).size === 1 && own[0] === description;
    }));
}

function qualifiedNameOf(description: AstNodeDescription, simpleName: string): string {
    const namespace = namespaceOfDescription(description);
    return namespace ? `${namespace}.${simpleName}` : simpleName;
}
