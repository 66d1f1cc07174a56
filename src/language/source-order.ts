import { AstUtils, type AstNode } from 'langium';

/**
 * Orders nodes as a reader of the workspace meets them: by file (URI order, the order the
 * workspace index keeps), then by position in the file. Used where one of several elements
 * must be chosen the same way however the workspace was edited into its state.
 */
export function compareSourceOrder(a: AstNode, b: AstNode): number {
    const aUri = AstUtils.getDocument(a).uri.toString();
    const bUri = AstUtils.getDocument(b).uri.toString();
    if (aUri !== bUri) {
        return aUri < bUri ? -1 : 1;
    }
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}
