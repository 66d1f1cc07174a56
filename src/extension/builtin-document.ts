/**
 * The read-only built-in document (`builtin:/svcdef-library.svcdef`) as the editor shows
 * it. Its text comes from the language server (`svcdef/builtinLibrary`): the same text the
 * server links against, so a definition's line and column from the server land on the
 * right declaration.
 */

export const BUILTIN_SCHEME = 'builtin';
export const BUILTIN_DOCUMENT_URI = `${BUILTIN_SCHEME}:/svcdef-library.svcdef`;

/** Zero-based line of an A2 node's declaration in the built-in document's text. */
export function a2DeclarationLine(text: string, nodeId: string): number | undefined {
    const literal = nodeId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^(?:category|process|activity) ${literal} "`);
    const index = text.split('\n').findIndex(line => pattern.test(line));
    return index >= 0 ? index : undefined;
}
