import { isAstNode, type AstNode } from 'langium';

/** How many nodes a walk handles between two chances for a newer edit to cancel it. */
export const INTERRUPT_EVERY_NODES = 256;

/**
 * Every node of the tree, parents before children, in property order: the order of
 * `AstUtils.streamAst`, without a stream and an iterator per node. Validation and linking
 * visit hundreds of thousands of nodes in a large workspace.
 */
export function nodesInDocumentOrder(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        for (const key in node) {
            if (key.startsWith('$')) {
                continue;
            }
            const value: unknown = (node as unknown as Record<string, unknown>)[key];
            if (Array.isArray(value)) {
                for (const item of value) {
                    if (isAstNode(item)) {
                        visit(item);
                    }
                }
            } else if (isAstNode(value)) {
                visit(value);
            }
        }
    };
    visit(root);
    return nodes;
}
