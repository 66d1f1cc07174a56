/**
 * The read-only built-in document (`builtin:///svcdef-library.svcdef`) as the editor shows
 * it: the same text the language server links against, so a definition's line and column
 * from the server land on the right declaration.
 */
import { a2Model } from '../a2/a2-reference-model.js';
import { BUILTIN_LIBRARY_URI, builtinLibraryText } from '../language/builtin/builtin-library.js';

export const BUILTIN_DOCUMENT_URI = BUILTIN_LIBRARY_URI.toString();

let text: string | undefined;

export function builtinDocumentText(): string {
    return text ??= builtinLibraryText(a2Model);
}

/** Zero-based line of an A2 node's declaration in the built-in document. */
export function a2DeclarationLine(nodeId: string): number | undefined {
    const literal = nodeId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^(?:category|process|activity) ${literal} "`);
    const index = builtinDocumentText().split('\n').findIndex(line => pattern.test(line));
    return index >= 0 ? index : undefined;
}
