import {
    AbstractFormatter, Formatting, type FormattingAction, type FormattingMove, type LangiumServices
} from 'langium/lsp';
import {
    CstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument, type LangiumParser, type LeafCstNode,
    type MaybePromise, type TextDocumentProvider
} from 'langium';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, Range, TextEdit
} from 'vscode-languageserver';
import { isModel } from '../generated/ast.js';
import { BlockGrammar, type BlockKind } from './block-layout.js';
import { documentAsEdited } from './document-as-edited.js';
import { lineEndingOf, withLineEnding } from './line-ending.js';

/** The canonical indentation, as in the language reference; editor tab settings do not change it. */
const INDENT = '  ';
/** Lines are kept within this width where a block or a comma list can be broken; long strings and comments are not. */
const MAX_WIDTH = 100;

/** What the layout pass needs to know about one `{ … }` of the document. */
interface BlockLayout {
    readonly kind: BlockKind;
    readonly close: CstNode;
    /** First tokens of the block's entries (properties and nested elements). */
    readonly entries: ReadonlySet<CstNode>;
    /** Tokens between the braces. */
    readonly inner: readonly LeafCstNode[];
    /** Several entries, a nested block or a comment: never on one line. */
    readonly mustExpand: boolean;
}

/**
 * The one canonical layout of svcdef text: a blank line between top-level elements, one
 * entry per line inside a block, single spaces between tokens, none before `,`, two spaces
 * per block level (a qualified name such as `acme.it.Email` is one token, so it has no
 * spacing of its own). A block with a single entry and no comment stays on one line
 * (`{ contact "…" }`) while it fits in 100 columns; a comma list (`depends on …`,
 * `produces "…" { … }`) is filled up to 100 columns and continues on the next line, indented.
 *
 * Node-level rules are declared with Langium's formatting API in `format`. Langium's own
 * CST pass is not used to apply them: it measures a node's spacing from the preceding
 * leaf even when that leaf is a comment, which pushes a doc comment away from its element
 * and pulls trailing comments onto the next line, and it cannot decide a layout by line
 * width. The pass here walks the tokens with comments as first-class citizens: a comment
 * that ended a line still ends it, a comment on its own line keeps its own line at the
 * indentation of what follows, and at most one blank line the author left between
 * entries survives.
 */
export class SvcdefFormatter extends AbstractFormatter {
    private readonly blocks: BlockGrammar;
    private readonly textDocuments: TextDocumentProvider | undefined;
    private readonly parser: LangiumParser;
    /** Blocks of the document being formatted, by their `{` leaf; filled by `format`. */
    private layouts = new Map<CstNode, BlockLayout>();

    constructor(services: LangiumServices) {
        super();
        this.blocks = new BlockGrammar(services.Grammar);
        this.textDocuments = services.shared.workspace.TextDocuments;
        this.parser = services.parser.LangiumParser;
    }

    // Edits are applied to the editor's text: they are computed from exactly that text.
    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return super.formatDocument(this.asEdited(document), params);
    }

    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return super.formatDocumentRange(this.asEdited(document), params);
    }

    override formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return super.formatDocumentOnType(this.asEdited(document), params);
    }

    /**
     * Langium formats a selection that ends before the first syntax error, comparing its
     * 0-based lines with the errors' 1-based ones: a selection on the line of the error
     * passed, and the tokens the parser skipped there were replaced as whitespace. Error
     * recovery can misplace tokens anywhere in the file, so a file with any error is left
     * alone, as for whole-document formatting.
     */
    protected override isFormatRangeErrorFree(document: LangiumDocument): boolean {
        return document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
    }

    private asEdited(document: LangiumDocument): LangiumDocument {
        return documentAsEdited(document, this.textDocuments, this.parser);
    }

    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isModel(node)) {
            const model = this.getNodeFormatter(node);
            model.property('namespace').append(Formatting.newLines(2));
            model.nodes(...node.elements).prepend(Formatting.newLines(2));
        }
        formatter.keywords(',').prepend(Formatting.noSpace());
        for (const open of formatter.keywords('{').nodes) {
            this.registerBlock(open);
        }
    }

    private registerBlock(open: CstNode): void {
        const kind = this.blocks.blockKind(open);
        const siblings = open.container?.content;
        if (!kind || !siblings) {
            return;
        }
        const start = siblings.indexOf(open);
        const end = siblings.findIndex((child, index) => index > start && isKeyword(child, '}'));
        if (end < 0) {
            return;
        }
        const children = siblings.slice(start + 1, end);
        const entries = children.filter(child => !child.hidden && this.blocks.startsEntry(child))
            .map(child => CstUtils.flattenCst(child).find(leaf => !leaf.hidden))
            .filter((leaf): leaf is LeafCstNode => leaf !== undefined);
        const inner = children.flatMap(child => CstUtils.flattenCst(child).toArray());
        const hasComment = inner.some(leaf => leaf.hidden);
        const hasNestedBlock = inner.some(leaf => this.blocks.blockKind(leaf) === 'entries');
        this.layouts.set(open, {
            kind,
            close: siblings[end],
            entries: new Set(entries),
            inner,
            mustExpand: kind === 'entries' ? entries.length > 1 || hasComment || hasNestedBlock : hasComment
        });
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const actions = new Map<string, FormattingAction>();
        this.collector = (node, mode, formatting) => {
            const key = this.nodeModeToKey(node, mode);
            const existing = actions.get(key);
            if (!existing || (existing.options.priority ?? 0) <= (formatting.options.priority ?? 0)) {
                actions.set(key, formatting);
            }
        };
        this.layouts = new Map();
        // Rules of the whole document are needed even for a range: indentation depends on enclosing blocks.
        this.iterateAstFormatting(document);
        const edits = new TokenLayout(document, actions, this.layouts, this.blocks, this).edits();
        const selected = range ? edits.filter(edit => overlaps(edit.range, range)) : edits;
        return this.avoidOverlappingEdits(document.textDocument, selected);
    }

    /** Exposed to the layout pass so that both use the collector's keys. */
    keyOf(node: CstNode, mode: 'prepend' | 'append'): string {
        return this.nodeModeToKey(node, mode);
    }
}

interface OpenBlock {
    readonly open: CstNode;
    readonly layout: BlockLayout;
    readonly expanded: boolean;
}

/** One walk over the tokens of a document, producing the whitespace edits between them. */
class TokenLayout {
    private readonly text: string;
    /** The layout is worked out with `\n`; edits write the document's own line ending. */
    private readonly lineEnding: '\r\n' | '\n';
    private readonly leaves: LeafCstNode[];
    private readonly startingAt = new Map<CstNode, CstNode[]>();
    private readonly endingAt = new Map<CstNode, CstNode[]>();
    /** Enclosing blocks, innermost last. */
    private readonly open: OpenBlock[] = [];
    /** Column in the formatted output right after the last token written. */
    private column = 0;
    private readonly result: TextEdit[] = [];
    /** Set when text between two tokens is not whitespace: a token the tree does not hold would be erased. */
    private unaccounted = false;

    constructor(
        private readonly document: LangiumDocument,
        private readonly actions: ReadonlyMap<string, FormattingAction>,
        private readonly layouts: ReadonlyMap<CstNode, BlockLayout>,
        private readonly blocks: BlockGrammar,
        private readonly keys: { keyOf(node: CstNode, mode: 'prepend' | 'append'): string }
    ) {
        this.text = document.textDocument.getText();
        this.lineEnding = lineEndingOf(this.text);
        const root = document.parseResult.value.$cstNode;
        this.leaves = root ? CstUtils.flattenCst(root).toArray() : [];
        if (root) {
            this.indexBoundaries(root);
        }
    }

    edits(): TextEdit[] {
        let previous: LeafCstNode | undefined;
        let lastCode: LeafCstNode | undefined;
        this.leaves.forEach((leaf, index) => {
            const separator = this.separator(previous, leaf, lastCode, index);
            this.replace(previous ? previous.end : 0, leaf.offset, separator);
            if (isMultiLineComment(leaf) && (separator.includes('\n') || !previous)) {
                this.reindentCommentLines(leaf, separator.slice(separator.lastIndexOf('\n') + 1));
            }
            this.advance(separator, leaf.text);
            this.track(leaf);
            previous = leaf;
            if (!leaf.hidden) {
                lastCode = leaf;
            }
        });
        if (previous) {
            this.replace(previous.end, this.text.length, '\n');
        }
        return this.unaccounted ? [] : this.result;
    }

    private separator(previous: LeafCstNode | undefined, next: LeafCstNode, lastCode: LeafCstNode | undefined, index: number): string {
        if (!previous) {
            return '';
        }
        const existingLines = this.lineBreaksBetween(previous, next);
        const top = this.open[this.open.length - 1];
        // A doc comment documents the element after it, whatever line it was written on: it
        // goes on a line of its own directly above that element, not after the one before.
        if (this.open.length === 0 && isDocComment(next) && !previous.hidden) {
            const after = this.leaves[index + 1];
            if (after && !after.hidden && this.lineBreaksBetween(next, after) === 0) {
                return '\n\n';
            }
        }
        if (this.open.length === 0 && isDocComment(previous) && !next.hidden && existingLines === 0) {
            return '\n';
        }
        if (next.hidden) {
            if (existingLines === 0) {
                return ' ';
            }
            const lines = !previous.hidden && this.open.length === 0 ? 2
                : top && previous === top.open ? 1 : clamp(existingLines, 1, 2);
            return '\n'.repeat(lines) + INDENT.repeat(this.depth());
        }
        if (previous.hidden && (existingLines > 0 || isLineComment(previous))) {
            const wantsBlankLine = linesOf(this.actionBetween(previous, next), existingLines) >= 2;
            const trailing = lastCode !== undefined && previous.range.start.line === lastCode.range.end.line;
            const lines = top && next === top.layout.close ? 1
                : wantsBlankLine && trailing ? 2 : clamp(existingLines, 1, 2);
            return '\n'.repeat(lines) + this.indentationFor(next);
        }
        if (top && next === top.layout.close) {
            return top.expanded ? `\n${this.indentationFor(next)}` : previous === top.open ? '' : ' ';
        }
        if (top && previous === top.open) {
            return top.expanded ? `\n${this.indentationFor(next)}` : ' ';
        }
        if (top && top.layout.entries.has(next)) {
            return top.expanded ? '\n'.repeat(clamp(existingLines, 1, 2)) + this.indentationFor(next) : ' ';
        }
        const action = this.actionBetween(previous, next);
        const lines = linesOf(action, existingLines);
        if (lines > 0) {
            return '\n'.repeat(lines) + this.indentationFor(next);
        }
        if (action) {
            return ' '.repeat(spacesOf(action));
        }
        if (isKeyword(previous, ',') && this.column + 1 + this.itemWidth(index) > MAX_WIDTH) {
            // Inside a list block its items are the block's content; elsewhere the list continues its entry's line.
            const continuation = top?.layout.kind === 'list' && top.expanded ? 0 : 1;
            return `\n${INDENT.repeat(this.depth() + continuation)}`;
        }
        return ' ';
    }

    /** Width of the list item starting at a token, with its trailing comma. */
    private itemWidth(index: number): number {
        const item: LeafCstNode[] = [];
        let stop: LeafCstNode | undefined;
        for (let at = index; at < this.leaves.length; at++) {
            const leaf = this.leaves[at];
            if (leaf.hidden || isKeyword(leaf, ',') || isKeyword(leaf, '{') || isKeyword(leaf, '}')
                || (item.length > 0 && this.blocks.startsEntry(leaf))) {
                stop = leaf;
                break;
            }
            item.push(leaf);
        }
        return inlineWidth(item) + (stop && isKeyword(stop, ',') ? 1 : 0);
    }

    /** The rule that applies between two tokens: the strongest of what follows the first and precedes the second. */
    private actionBetween(previous: CstNode, next: CstNode): FormattingAction | undefined {
        const candidates: FormattingAction[] = [];
        for (const node of this.endingAt.get(previous) ?? []) {
            const action = this.actions.get(this.keys.keyOf(node, 'append'));
            if (action) candidates.push(action);
        }
        for (const node of this.startingAt.get(next) ?? []) {
            const action = this.actions.get(this.keys.keyOf(node, 'prepend'));
            if (action) candidates.push(action);
        }
        let chosen: FormattingAction | undefined;
        for (const candidate of candidates) {
            if (!chosen || (candidate.options.priority ?? 0) >= (chosen.options.priority ?? 0)) {
                chosen = candidate;
            }
        }
        return chosen;
    }

    private advance(separator: string, token: string): void {
        const written = separator + token;
        const lastBreak = written.lastIndexOf('\n');
        this.column = lastBreak < 0 ? this.column + written.length : written.length - lastBreak - 1;
    }

    /** Opens and closes blocks; a block goes on one line only when nothing forces it apart and it fits. */
    private track(leaf: LeafCstNode): void {
        const layout = this.layouts.get(leaf);
        if (layout) {
            const oneLine = layout.inner.length === 0 ? 1 : inlineWidth(layout.inner) + 3;
            this.open.push({ open: leaf, layout, expanded: layout.mustExpand || this.column + oneLine > MAX_WIDTH });
        } else if (this.open.length > 0 && leaf === this.open[this.open.length - 1].layout.close) {
            this.open.pop();
        }
    }

    private depth(): number {
        return this.open.filter(block => block.expanded).length;
    }

    private indentationFor(next: LeafCstNode): string {
        const top = this.open[this.open.length - 1];
        const closesExpanded = top !== undefined && next === top.layout.close && top.expanded;
        return INDENT.repeat(closesExpanded ? this.depth() - 1 : this.depth());
    }

    /** Doc-comment continuation lines (` * …`) follow the comment when it moves. */
    private reindentCommentLines(comment: LeafCstNode, indentation: string): void {
        const lines = comment.text.split('\n');
        for (let index = 1; index < lines.length; index++) {
            const line = lines[index].replace(/\r$/, '');
            const leading = /^[ \t]*/.exec(line)![0];
            if (line.slice(leading.length).startsWith('*')) {
                const lineStart = this.document.textDocument.offsetAt({ line: comment.range.start.line + index, character: 0 });
                this.replace(lineStart, lineStart + leading.length, `${indentation} `);
            }
        }
    }

    private replace(from: number, to: number, newText: string): void {
        const textDocument = this.document.textDocument;
        if (/\S/.test(this.text.slice(from, to))) {
            this.unaccounted = true;
        } else if (this.text.slice(from, to) !== withLineEnding(newText, this.lineEnding)) {
            const range = { start: textDocument.positionAt(from), end: textDocument.positionAt(to) };
            this.result.push({ range, newText: withLineEnding(newText, this.lineEnding) });
        }
    }

    private lineBreaksBetween(previous: CstNode, next: CstNode): number {
        let count = 0;
        for (let offset = previous.end; offset < next.offset; offset++) {
            if (this.text.charCodeAt(offset) === 10) count++;
        }
        return count;
    }

    /**
     * Records, for every token, the CST nodes it starts and ends, since rules are attached
     * to whole nodes; returns the first and last significant token of `node`.
     */
    private indexBoundaries(node: CstNode): [LeafCstNode | undefined, LeafCstNode | undefined] {
        if (!isCompositeCstNode(node)) {
            if (node.hidden) {
                return [undefined, undefined];
            }
            push(this.startingAt, node, node);
            push(this.endingAt, node, node);
            return [node as LeafCstNode, node as LeafCstNode];
        }
        let first: LeafCstNode | undefined;
        let last: LeafCstNode | undefined;
        for (const child of node.content) {
            const [childFirst, childLast] = this.indexBoundaries(child);
            first ??= childFirst;
            last = childLast ?? last;
        }
        if (first && last) {
            push(this.startingAt, first, node);
            push(this.endingAt, last, node);
        }
        return [first, last];
    }
}

/** Width of tokens written on one line: single spaces, none before a comma. */
function inlineWidth(leaves: readonly LeafCstNode[]): number {
    let width = 0;
    leaves.forEach((leaf, index) => {
        const previous = leaves[index - 1];
        const joined = !previous || isKeyword(leaf, ',');
        width += leaf.text.length + (joined ? 0 : 1);
    });
    return width;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

function isKeyword(node: CstNode, value: string): boolean {
    return GrammarAST.isKeyword(node.grammarSource) && node.grammarSource.value === value;
}

function isLineComment(leaf: LeafCstNode): boolean {
    return leaf.hidden && leaf.tokenType.name === 'SL_COMMENT';
}

function isDocComment(leaf: LeafCstNode): boolean {
    return leaf.hidden && leaf.tokenType.name === 'ML_COMMENT' && leaf.text.startsWith('/**');
}

function isMultiLineComment(leaf: LeafCstNode): boolean {
    return leaf.hidden && leaf.tokenType.name === 'ML_COMMENT' && leaf.text.includes('\n');
}

function clamp(value: number, min: number, max: number): number {
    return Math.min(Math.max(value, min), max);
}

/** Line breaks an action asks for, choosing among its alternatives the one closest to what is there. */
function linesOf(action: FormattingAction | undefined, existingLines: number): number {
    const moves = (action?.moves ?? []).filter((move): move is FormattingMove & { lines: number } => move.lines !== undefined);
    if (moves.length === 0) {
        return 0;
    }
    return (moves.find(move => existingLines <= move.lines) ?? moves[moves.length - 1]).lines;
}

function spacesOf(action: FormattingAction): number {
    return action.moves.find(move => move.characters !== undefined)?.characters ?? 1;
}

/**
 * Range formatting touches the whitespace that ends before or at the first selected line
 * (so that line gets its indentation) and what starts inside the selection.
 */
function overlaps(edit: Range, range: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
    return !before(edit.end, { line: range.start.line, character: 0 }) && before(edit.start, range.end);
}
