import {
    AbstractCstNode, CstNodeBuilder, type AstNode, type CompositeCstNode, type CompositeCstNodeImpl, type CstNode, type GrammarAST,
    type LeafCstNodeImpl, type RootCstNode, type RootCstNodeImpl
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';
import { CompactLeafCstNode, tokenRange } from './compact-leaf-cst-node.js';

/**
 * A syntax tree whose leaves are rows of numbers until somebody reads them.
 *
 * Langium keeps one object per token, keywords and punctuation included: at 50k services
 * that is over five million leaves, two thirds of the objects of a loaded workspace. While
 * a workspace is parsed every one of them survives, so the garbage collector copies each
 * twice on its way to the old generation; that copying made parsing a workspace that is
 * kept 1.6 times slower than parsing it file by file. Here a file's tokens go into one
 * table of numbers outside the JavaScript heap (`LeafTable`), and each composite node
 * knows which rows of the table it spans. A composite's `content` (its leaves as objects,
 * in order among its child composites) is built the first time it is read, and is then
 * the composite's for good, so a tree that is looked at behaves exactly as Langium's.
 * Validating a workspace reads few of them: positions and text come from the table.
 */

/** The columns of a row of the leaf table. */
const OFFSET = 0;
const LENGTH = 1;
const TOKEN = 2;
const ELEMENT = 3;
const COLUMNS = 4;

/** The grammar element of a hidden token (a comment): it has none. */
const HIDDEN = -1;

/** Token types and grammar elements by number, shared by every tree one builder makes. */
class LeafKinds {
    readonly tokenTypes: TokenType[] = [];
    readonly elements: GrammarAST.AbstractElement[] = [];
    private readonly elementNumbers = new Map<GrammarAST.AbstractElement, number>();

    tokenNumber(tokenType: TokenType): number {
        // Chevrotain numbers every token type it lexes with.
        const number = tokenType.tokenTypeIdx!;
        this.tokenTypes[number] ??= tokenType;
        return number;
    }

    elementNumber(element: GrammarAST.AbstractElement): number {
        let number = this.elementNumbers.get(element);
        if (number === undefined) {
            number = this.elements.length;
            this.elements.push(element);
            this.elementNumbers.set(element, number);
        }
        return number;
    }
}

/** Every token of one file, comments included, in the order the parser met them. */
export class LeafTable {
    private rows: Int32Array;
    count = 0;

    constructor(readonly kinds: LeafKinds, expectedRows: number) {
        this.rows = new Int32Array(Math.max(expectedRows, 16) * COLUMNS);
    }

    add(token: IToken, element: GrammarAST.AbstractElement | undefined): void {
        const at = this.count * COLUMNS;
        if (at === this.rows.length) {
            const grown = new Int32Array(this.rows.length * 2);
            grown.set(this.rows);
            this.rows = grown;
        }
        this.rows[at + OFFSET] = token.startOffset;
        this.rows[at + LENGTH] = token.image.length;
        this.rows[at + TOKEN] = this.kinds.tokenNumber(token.tokenType);
        this.rows[at + ELEMENT] = element ? this.kinds.elementNumber(element) : HIDDEN;
        this.count++;
    }

    /** Gives back the room the estimate left over, once the file is parsed. */
    trim(): void {
        if (this.rows.length > this.count * COLUMNS) {
            this.rows = this.rows.slice(0, this.count * COLUMNS);
        }
    }

    offset(row: number): number {
        return this.rows[row * COLUMNS + OFFSET];
    }

    length(row: number): number {
        return this.rows[row * COLUMNS + LENGTH];
    }

    isHidden(row: number): boolean {
        return this.rows[row * COLUMNS + ELEMENT] === HIDDEN;
    }

    leaf(row: number, container: CompositeCstNode): CompactLeafCstNode {
        const at = row * COLUMNS;
        const leaf = new CompactLeafCstNode(this.rows[at + OFFSET], this.rows[at + LENGTH], this.kinds.tokenTypes[this.rows[at + TOKEN]]);
        leaf.container = container;
        const element = this.rows[at + ELEMENT];
        if (element !== HIDDEN) {
            leaf.grammarSource = this.kinds.elements[element];
        }
        return leaf;
    }

    /** The first row in [from, to) that the grammar consumed; a hidden one if all are; -1 if there are none. */
    firstShown(from: number, to: number): number {
        for (let row = from; row < to; row++) {
            if (!this.isHidden(row)) {
                return row;
            }
        }
        return from < to ? from : -1;
    }

    /** The last row in [from, to) that the grammar consumed; a hidden one if all are; -1 if there are none. */
    lastShown(from: number, to: number): number {
        for (let row = to - 1; row >= from; row--) {
            if (!this.isHidden(row)) {
                return row;
            }
        }
        return from < to ? to - 1 : -1;
    }
}

/**
 * A composite node over rows [first, last) of its file's leaf table: its own leaves and its
 * descendants'. Rows of a child composite are contiguous, so the rows between the children
 * are this node's own leaves.
 */
export class DeferredCompositeCstNode extends AbstractCstNode implements CompositeCstNode {
    /** The child composites while the node's leaves are rows; every child once `content` was read. */
    private children: CstNode[] | undefined = undefined;
    private built = false;
    /** The first row of the node's span. */
    first: number;
    /** One past the last row of the node's span; -1 while the parser is still inside the node. */
    last = -1;
    private ownAstNode: AstNode | undefined = undefined;
    private rangeCache: Range | undefined = undefined;

    constructor(readonly table: LeafTable) {
        super();
        this.first = table.count;
    }

    get content(): CstNode[] {
        if (!this.built) {
            this.children = this.buildContent();
            this.built = true;
        }
        return this.children!;
    }

    /** Whether `content` was read: from then on the children are objects and must be kept as such. */
    get hasBuiltContent(): boolean {
        return this.built;
    }

    /** The child composites, in order, or (once built) every child. */
    get childList(): CstNode[] {
        return this.children ??= [];
    }

    /** Drops the room a list grown by pushing has left over. */
    compact(): void {
        if (this.children && !this.built) {
            this.children = this.children.length > 0 ? this.children.slice() : undefined;
        }
    }

    get astNode(): AstNode {
        let node: CompositeCstNode | undefined = this;
        while (node) {
            const own = node instanceof DeferredCompositeCstNode ? node.ownAstNode : undefined;
            if (own) {
                return own;
            }
            node = node.container;
        }
        throw new Error('This node has no associated AST element');
    }

    set astNode(value: AstNode | undefined) {
        this.ownAstNode = value;
    }

    get hidden(): boolean {
        return false;
    }

    /** One past the last row of the span, also while the parser is inside the node. */
    get endRow(): number {
        return this.last < 0 ? this.table.count : this.last;
    }

    get offset(): number {
        const row = this.table.firstShown(this.first, this.endRow);
        return row < 0 ? 0 : this.table.offset(row);
    }

    get end(): number {
        const row = this.table.lastShown(this.first, this.endRow);
        return row < 0 ? 0 : this.table.offset(row) + this.table.length(row);
    }

    get length(): number {
        return this.end - this.offset;
    }

    get range(): Range {
        if (this.rangeCache) {
            return this.rangeCache;
        }
        const first = this.table.firstShown(this.first, this.endRow);
        if (first < 0) {
            return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const last = this.table.lastShown(this.first, this.endRow);
        const root = this.root;
        const { start } = tokenRange(root, this.table.offset(first), this.table.length(first));
        const { end } = tokenRange(root, this.table.offset(last), this.table.length(last));
        return this.rangeCache = { start, end: end.line < start.line ? start : end };
    }

    get firstNonHiddenNode(): CstNode | undefined {
        return this.content.find(child => !child.hidden) ?? this.content[0];
    }

    get lastNonHiddenNode(): CstNode | undefined {
        return this.content.findLast(child => !child.hidden) ?? this.content[this.content.length - 1];
    }

    /** Own leaves as objects, in row order among the child composites. */
    private buildContent(): CstNode[] {
        const composites = this.children ?? [];
        const content: CstNode[] = [];
        let next = 0;
        const to = this.endRow;
        for (let row = this.first; row < to;) {
            const child = composites[next];
            if (child instanceof DeferredCompositeCstNode && child.first === row) {
                content.push(child);
                next++;
                row = child.endRow;
            } else {
                content.push(this.table.leaf(row, this));
                row++;
            }
        }
        // A child without rows cannot come from the parser (it drops empty nodes); keep any anyway.
        for (; next < composites.length; next++) {
            content.push(composites[next]);
        }
        return content;
    }
}

/** The root of a file's tree: its whole leaf table and text. */
export class DeferredRootCstNode extends DeferredCompositeCstNode implements RootCstNode {
    constructor(table: LeafTable, private readonly input: string) {
        super(table);
    }

    get fullText(): string {
        return this.input;
    }
}

/**
 * Builds trees of `DeferredCompositeCstNode`s, as Langium's builder would build its own:
 * the same nodes in the same places, hidden tokens included, once `content` is read.
 */
export class DeferredCstNodeBuilder extends CstNodeBuilder {
    private readonly kinds = new LeafKinds();
    private table = new LeafTable(this.kinds, 0);
    private stack: DeferredCompositeCstNode[] = [];
    private tree: DeferredRootCstNode | undefined;

    override get current(): CompositeCstNodeImpl {
        return this.open as unknown as CompositeCstNodeImpl;
    }

    private get open(): DeferredCompositeCstNode {
        const node = this.stack[this.stack.length - 1] ?? this.tree;
        if (!node) {
            throw new Error('The syntax tree builder was used before buildRootNode.');
        }
        return node;
    }

    override buildRootNode(input: string): RootCstNodeImpl {
        // svcdef files have about one token per ten characters; the table grows if a file has more.
        this.table = new LeafTable(this.kinds, input.length >> 3);
        this.tree = new DeferredRootCstNode(this.table, input);
        this.stack = [this.tree];
        return this.tree as unknown as RootCstNodeImpl;
    }

    override buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNodeImpl {
        const node = new DeferredCompositeCstNode(this.table);
        node.grammarSource = feature;
        this.appendChild(this.current, node as unknown as CompositeCstNodeImpl);
        this.stack.push(node);
        return node as unknown as CompositeCstNodeImpl;
    }

    override buildLeafNode(token: IToken, feature: GrammarAST.AbstractElement): LeafCstNodeImpl {
        const parent = this.open;
        this.table.add(token, feature);
        // The parser hands this leaf to the value converter and to references; the tree
        // itself makes its own from the table when asked.
        const leaf = new CompactLeafCstNode(token.startOffset, token.image.length, token.tokenType);
        leaf.container = parent;
        if (feature) {
            leaf.grammarSource = feature;
        }
        if (parent.hasBuiltContent) {
            parent.childList.push(leaf);
        }
        return leaf as unknown as LeafCstNodeImpl;
    }

    /**
     * Langium puts the comments before a token into the innermost open node if it has
     * content already, or else into the nearest ancestor that has something before the
     * open nodes, just before them (the root, at its start, if none has). Here their rows
     * go among that node's own rows, and the empty open nodes below it start after them.
     */
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) {
            return;
        }
        let target = this.open;
        const below: DeferredCompositeCstNode[] = [];
        if (this.table.count === target.first) {
            let node = target;
            for (;;) {
                const parent = node.container;
                if (!(parent instanceof DeferredCompositeCstNode)) {
                    target = node;
                    break;
                }
                below.push(node);
                if (node.first > parent.first) {
                    target = parent;
                    break;
                }
                node = parent;
            }
        }
        const firstRow = this.table.count;
        for (const token of tokens) {
            this.table.add(token, undefined);
        }
        if (target.hasBuiltContent) {
            const list = target.childList;
            const before = below.length > 0 ? list.indexOf(below[below.length - 1]) : -1;
            list.splice(before < 0 ? list.length : before, 0, ...tokens.map((_, index) => this.table.leaf(firstRow + index, target)));
        }
        for (const node of below) {
            node.first = this.table.count;
        }
    }

    override construct(item: { $type: string | symbol | undefined; $cstNode: CstNode }): void {
        const node = this.stack.pop();
        if (!node) {
            return;
        }
        item.$cstNode = node;
        if (node === this.tree) {
            // The root spans the whole table: comments after the last token still join it.
            return;
        }
        node.last = this.table.count;
        if (node.last === node.first) {
            this.removeNode(node as unknown as CompositeCstNodeImpl);
        } else {
            node.compact();
        }
    }

    override appendChild(container: CompositeCstNodeImpl, child: CstNode): void {
        const parent: unknown = container;
        if (!(parent instanceof DeferredCompositeCstNode) || !(child instanceof DeferredCompositeCstNode)) {
            throw new Error('svcdef\'s syntax tree builder only appends its own composite nodes.');
        }
        (child as { container?: CompositeCstNode }).container = parent;
        parent.childList.push(child);
        if (parent.last < 0 && child.first < parent.first) {
            // A node that wraps one built before it (a grammar action) starts where that one did.
            parent.first = child.first;
        }
    }

    override removeNode(node: CstNode): void {
        const parent = node.container;
        if (parent instanceof DeferredCompositeCstNode) {
            const list = parent.childList;
            const index = list.indexOf(node);
            if (index >= 0) {
                list.splice(index, 1);
            }
        }
    }

    /** Called once the parser is done with a file. */
    finish(): void {
        this.table.trim();
    }
}
