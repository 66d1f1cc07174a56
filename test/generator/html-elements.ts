import type { DefaultTreeAdapterMap } from 'parse5';

/**
 * Reading a document parsed by parse5 (as a browser would build it) the way the structural
 * tests of the generated HTML look at it: its elements in document order, their text and
 * attributes.
 */
export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every element under `node` in document order (itself included), or only those of `tagName`. */
export function elements(node: Node, tagName?: string): Element[] {
    const found: Element[] = [];
    const visit = (current: Node) => {
        if ('tagName' in current && (tagName === undefined || current.tagName === tagName)) found.push(current);
        for (const child of 'childNodes' in current ? current.childNodes : []) visit(child);
        // A <template>'s content is a document fragment of its own, not among its children.
        if ('content' in current && current.content) visit(current.content as Node);
    };
    visit(node);
    return found;
}

/** The text of `node` and all it contains, as written (not trimmed or collapsed). */
export function text(node: Node): string {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
    return ('childNodes' in node ? node.childNodes : []).map(text).join('');
}

export function attribute(element: Element, name: string): string | undefined {
    return element.attrs.find(attr => attr.name === name)?.value;
}
