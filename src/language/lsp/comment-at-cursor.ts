import { CstUtils, isLeafCstNode, type CstNode } from 'langium';

/**
 * Whether the cursor stands inside a comment of the parsed document: after the `//` of a
 * line comment up to its line's end, or between the `/*` and `*\/` of a block comment,
 * over as many lines as it spans. The parser keeps comments as hidden leaves, so the
 * tree answers without lexing the file again.
 */
export function isInComment(root: CstNode | undefined, offset: number): boolean {
    const leaf = root && CstUtils.findLeafNodeBeforeOffset(root, offset);
    if (!leaf || !isLeafCstNode(leaf) || !leaf.hidden || offset < leaf.offset + 2) {
        return false;
    }
    const type = leaf.tokenType.name;
    if (type === 'SL_COMMENT') {
        return offset <= leaf.end;
    }
    return type === 'ML_COMMENT' && offset <= leaf.end - 2;
}
