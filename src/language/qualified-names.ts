import { AstUtils, type AstNode } from 'langium';
import { isModel, type Model } from './generated/ast.js';

/** The namespace an element's file declares, if any. */
export function namespaceOf(node: AstNode): string | undefined {
    const root = AstUtils.findRootNode(node);
    return isModel(root) ? (root as Model).namespace : undefined;
}

/** The namespace of the file declaring the element a description stands for; undefined for none (or an empty one). */
export function namespaceOfDescription(description: { readonly node?: AstNode }): string | undefined {
    return (description.node && namespaceOf(description.node)) || undefined;
}

/** `acme.it.Email` for an element in `namespace acme.it`, `Email` otherwise. */
export function qualifiedName(node: AstNode & { name?: string }): string | undefined {
    if (node.name === undefined) {
        return undefined;
    }
    const namespace = namespaceOf(node);
    return namespace ? `${namespace}.${node.name}` : node.name;
}

/**
 * Whether a reference is written relative to the namespace of its file: a simple name
 * (`Mail`), or an offering named through its service's simple name (`EHR.Gold`). Both
 * mean the referring file's own namespace first and otherwise the one element carrying
 * the name; anything longer is written out with its namespace.
 */
export function isWrittenRelative(written: string, referenceType: string): boolean {
    const firstDot = written.indexOf('.');
    return firstDot < 0 || (referenceType === 'Offering' && written.indexOf('.', firstDot + 1) < 0);
}
