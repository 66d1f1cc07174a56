import type { IToken } from 'chevrotain';
import { CstUtils, type AstNode } from 'langium';

/**
 * Says which block the end of the file left open, for a syntax error at the end of the
 * file: `the block of service 'Email' opened on line 12 is not closed`. The block is the
 * innermost `{` of `tokens` (the whole file, lexed) that no `}` closes; undefined when
 * every block is closed. The element it belongs to is read from `root`'s syntax tree.
 */
export function unclosedBlockNote(root: AstNode, tokens: readonly IToken[]): string | undefined {
    const open: IToken[] = [];
    for (const token of tokens) {
        if (token.image === '{' && token.tokenType.name === '{') {
            open.push(token);
        } else if (token.image === '}' && token.tokenType.name === '}') {
            open.pop();
        }
    }
    const brace = open.at(-1);
    if (!brace) {
        return undefined;
    }
    const owner = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, brace.startOffset)?.astNode;
    const block = owner && owner !== root ? blockOf(owner) : 'the block';
    return `${block} opened on line ${brace.startLine} is not closed`;
}

/** `the block of service 'Email'`, or for a block without a name of its own, `the internal block of service 'Email'`. */
function blockOf(node: AstNode): string {
    const name = nameOf(node);
    if (name !== undefined) {
        return `the block of ${keywordOf(node)} '${name}'`;
    }
    const container = node.$container;
    const containerName = container && nameOf(container);
    return containerName !== undefined
        ? `the ${keywordOf(node)} block of ${keywordOf(container!)} '${containerName}'`
        : `the ${keywordOf(node)} block`;
}

function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' ? name : undefined;
}

/** The word an element is written with: the first token of its text (`service`, `sla`, `internal`). */
function keywordOf(node: AstNode): string {
    const first = node.$cstNode && CstUtils.flattenCst(node.$cstNode).head();
    return first?.text ?? node.$type.toLowerCase();
}
