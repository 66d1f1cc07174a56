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

/** Node lists made while linking, by root, until validation takes them. */
const walked = new WeakMap<AstNode, AstNode[]>();

/**
 * `nodesInDocumentOrder`, kept for the validation that follows linking: linking does not
 * change the tree, and both walk every node. A reparsed document has a new root, so a
 * list never outlives its tree.
 */
export function nodesInDocumentOrderForValidation(root: AstNode): AstNode[] {
    const nodes = nodesInDocumentOrder(root);
    walked.set(root, nodes);
    return nodes;
}

/** The list linking kept for this root (handed out once), or a new walk. */
export function takeNodesInDocumentOrder(root: AstNode): AstNode[] {
    const nodes = walked.get(root);
    if (nodes) {
        walked.delete(root);
        return nodes;
    }
    return nodesInDocumentOrder(root);
}
