import { AstUtils, isAstNode, type AstNode, type LangiumParser } from 'langium';

/**
 * What a parse gave, as text two parsers can be compared by: its syntax errors, and every
 * AST node in document order, with its container, property and index, the span of its CST
 * node and the values of its own properties. Properties are listed by name, and a property
 * holding `undefined` is left out, as if it were absent: that is how every reader of the
 * AST (Langium's included) tells them apart.
 */
export function parseOutline(parser: LangiumParser, text: string): { errors: string[]; nodes: string[] } {
    const result = parser.parse(text);
    // Document order, not the order the AST lists its properties in: the children of a
    // node come in the order their properties were declared, which is not part of the tree.
    const ordered = AstUtils.streamAst(result.value).toArray()
        .map((node, streamed) => ({ node, streamed }))
        .sort((a, b) => (a.node.$cstNode?.offset ?? -1) - (b.node.$cstNode?.offset ?? -1) || depth(a.node) - depth(b.node) || a.streamed - b.streamed)
        .map(({ node }) => node);
    const index = new Map(ordered.map((node, position) => [node, position]));
    const nodes = ordered.map(node => {
        const container = node.$container ? `#${index.get(node.$container)}.${node.$containerProperty}[${node.$containerIndex ?? '-'}]` : 'root';
        const values = Object.entries(node)
            .filter(([key, value]) => !key.startsWith('$') && value !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, value]) => `${key}=${valueText(value)}`);
        return `${node.$type} in ${container} at ${node.$cstNode?.offset}+${node.$cstNode?.length} ${values.join(' ')}`;
    });
    const errors = result.parserErrors.map(error => `${error.token.startOffset}: ${error.message}`);
    return { errors, nodes };
}

function depth(node: AstNode): number {
    let levels = 0;
    for (let container = node.$container; container; container = container.$container) {
        levels++;
    }
    return levels;
}

/** A property's value; contained nodes are listed on their own, so they show as their type. */
function valueText(value: unknown): string {
    if (Array.isArray(value)) {
        return `[${value.map(valueText).join(', ')}]`;
    }
    if (isAstNode(value)) {
        return value.$type;
    }
    if (typeof value === 'object' && value !== null && '$refText' in value) {
        return `->${String(value.$refText)}`;
    }
    return JSON.stringify(value);
}
