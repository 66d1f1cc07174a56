import { AbstractCstNode, type AstNode, type LeafCstNode, type RootCstNode } from 'langium';
import type { TokenType } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';

/**
 * A leaf of the syntax tree that keeps its offset and length and works out its line and
 * column when asked, from a line table per file. Langium's own leaf also keeps four
 * line/column numbers and a hidden flag. Leaves are made from the rows of the deferred
 * tree when a node's children are read (see `deferred-cst-node-builder.ts`), and for the
 * name of every reference, which keeps its leaf; positions are asked for far less often
 * than leaves are made.
 */
export class CompactLeafCstNode extends AbstractCstNode implements LeafCstNode {
    private readonly _offset: number;
    private readonly _length: number;
    private readonly _tokenType: TokenType;

    constructor(offset: number, length: number, tokenType: TokenType) {
        super();
        // `| 0` keeps the numbers small integers stored in the object, not boxed doubles.
        this._offset = offset | 0;
        this._length = length | 0;
        this._tokenType = tokenType;
    }

    get offset(): number {
        return this._offset;
    }

    get length(): number {
        return this._length;
    }

    get end(): number {
        return this._offset + this._length;
    }

    get tokenType(): TokenType {
        return this._tokenType;
    }

    /** The builder gives every leaf the parser consumed its grammar element; hidden tokens (comments) have none. */
    get hidden(): boolean {
        return this.grammarSource === undefined;
    }

    get astNode(): AstNode {
        const container = this.container;
        if (!container) {
            throw new Error('This node has no associated AST element');
        }
        return container.astNode;
    }

    get range(): Range {
        const root: Partial<RootCstNode> = this.root;
        // Asked without `isRootCstNode`, which would read (and so build) the root's children.
        if (typeof root.fullText !== 'string') {
            throw new Error('This leaf is not part of a parsed syntax tree');
        }
        return tokenRange(root as RootCstNode, this._offset, this._length);
    }
}

/**
 * The line and column range of a token at `offset`: the end is the position after its last
 * character, on that character's line (as Chevrotain reports it), also for a token that
 * ends with a line break.
 */
export function tokenRange(root: RootCstNode, offset: number, length: number): Range {
    const lines = lineTableOf(root);
    const start = lines.positionAt(offset);
    if (length === 0) {
        return { start, end: { ...start } };
    }
    const last = lines.positionAt(offset + length - 1);
    return { start, end: { line: last.line, character: last.character + 1 } };
}

/** Where each line of a file starts, for turning offsets into line and column. */
class LineTable {
    private readonly starts: Uint32Array;

    constructor(text: string) {
        const starts = [0];
        if (!text.includes('\r')) {
            // The usual file: finding each line feed natively is several times faster than a loop.
            for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
                starts.push(index + 1);
            }
            this.starts = Uint32Array.from(starts);
            return;
        }
        for (let index = 0; index < text.length; index++) {
            const char = text.charCodeAt(index);
            if (char === CARRIAGE_RETURN) {
                if (text.charCodeAt(index + 1) === LINE_FEED) {
                    index++;
                }
                starts.push(index + 1);
            } else if (char === LINE_FEED) {
                starts.push(index + 1);
            }
        }
        this.starts = Uint32Array.from(starts);
    }

    positionAt(offset: number): { line: number, character: number } {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return { line: low, character: offset - this.starts[low] };
    }
}

const CARRIAGE_RETURN = 13;
const LINE_FEED = 10;

const lineTables = new WeakMap<RootCstNode, LineTable>();

function lineTableOf(root: RootCstNode): LineTable {
    let table = lineTables.get(root);
    if (!table) {
        table = new LineTable(root.fullText);
        lineTables.set(root, table);
    }
    return table;
}
