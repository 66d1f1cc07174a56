import {
    AbstractFormatter, Formatting, type FormattingAction, type FormattingMove, type LangiumServices
} from 'langium/lsp';
import {
    CstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode
} from 'langium';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isModel } from '../generated/ast.js';
import { BlockGrammar } from './block-layout.js';

/** The canonical indentation, as in the language reference; editor tab settings do not change it. */
const INDENT = '  ';

/**
 * The one canonical layout of svcdef text: a blank line between top-level elements, one
 * entry per line inside a block (a block with a single entry and no comment stays on one
 * line, as in `{ contact "…" }`), single spaces between tokens, none before `,` or around
 * the dots of a qualified name, two spaces per block level.
 *
 * The rules are declared per AST node with Langium's formatting API (`format`). Langium's
 * own CST pass is not used to apply them: it measures a node's spacing from the preceding
 * leaf even when that leaf is a comment, which would push a doc comment away from its
 * element and pull trailing comments onto the next line. The pass here walks the tokens
 * with comments as first-class citizens: a comment that ended a line still ends it, a
 * comment on its own line keeps its own line at the indentation of what follows, and at
 * most one blank line the author left between entries survives.
 */
export class SvcdefFormatter extends AbstractFormatter {
    private readonly blocks: BlockGrammar;
    /** `{` leaves whose block is laid out over several lines, filled by `format`. */
    private expandedOpens = new Set<CstNode>();

    constructor(services: LangiumServices) {
        super();
        this.blocks = new BlockGrammar(services.Grammar);
    }

    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isModel(node)) {
            const model = this.getNodeFormatter(node);
            model.property('namespace').append(Formatting.newLines(2));
            model.nodes(...node.elements).prepend(Formatting.newLines(2));
        }
        formatter.keywords(',').prepend(Formatting.noSpace());
        formatter.keywords('.').surround(Formatting.noSpace());
        for (const open of formatter.keywords('{').nodes) {
            this.formatBlock(open);
        }
    }

    private formatBlock(open: CstNode): void {
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
        const close = siblings[end];
        const inner = siblings.slice(start + 1, end);
        const entries = inner.filter(child => !child.hidden && this.blocks.startsEntry(child));
        const innerLeaves = inner.flatMap(child => CstUtils.flattenCst(child).toArray());
        const hasComment = innerLeaves.some(leaf => leaf.hidden);
        const hasNestedBlock = innerLeaves.some(leaf => this.blocks.blockKind(leaf) === 'entries');
        const expanded = kind === 'entries' ? entries.length > 1 || hasComment || hasNestedBlock : hasComment;
        const formatter = this.getNodeFormatter(open.astNode);
        if (expanded) {
            this.expandedOpens.add(open);
            formatter.cst([open]).append(Formatting.newLine({ priority: 1 }));
            formatter.cst([close]).prepend(Formatting.newLine({ priority: 1 }));
            // An author's single blank line between groups of entries is kept; more are not.
            formatter.cst(entries).prepend(Formatting.fit(Formatting.newLine(), Formatting.newLines(2)));
            if (kind === 'list') {
                formatter.cst(inner.filter(child => isKeyword(child, ','))).append(Formatting.newLine());
            }
        } else {
            const empty = inner.every(child => child.hidden);
            const spacing = empty ? Formatting.noSpace({ priority: 1 }) : Formatting.oneSpace({ priority: 1 });
            formatter.cst([open]).append(spacing);
            formatter.cst([close]).prepend(spacing);
        }
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
        this.expandedOpens = new Set();
        // Rules of the whole document are needed even for a range: indentation depends on enclosing blocks.
        this.iterateAstFormatting(document);
        const edits = new TokenLayout(document, actions, this.expandedOpens, this.blocks, this).edits();
        const selected = range ? edits.filter(edit => overlaps(edit.range, range)) : edits;
        return this.avoidOverlappingEdits(document.textDocument, selected);
    }

    /** Exposed to the layout pass so that both use the collector's keys. */
    keyOf(node: CstNode, mode: 'prepend' | 'append'): string {
        return this.nodeModeToKey(node, mode);
    }
}

/** One walk over the tokens of a document, producing the whitespace edits between them. */
class TokenLayout {
    private readonly text: string;
    private readonly leaves: LeafCstNode[];
    private readonly startingAt = new Map<CstNode, CstNode[]>();
    private readonly endingAt = new Map<CstNode, CstNode[]>();
    /** Open blocks, innermost last: whether each is laid out over several lines. */
    private readonly open: boolean[] = [];
    private readonly result: TextEdit[] = [];

    constructor(
        private readonly document: LangiumDocument,
        private readonly actions: ReadonlyMap<string, FormattingAction>,
        private readonly expandedOpens: ReadonlySet<CstNode>,
        private readonly blocks: BlockGrammar,
        private readonly keys: { keyOf(node: CstNode, mode: 'prepend' | 'append'): string }
    ) {
        this.text = document.textDocument.getText();
        const root = document.parseResult.value.$cstNode;
        this.leaves = root ? CstUtils.flattenCst(root).toArray() : [];
        if (root) {
            this.indexBoundaries(root);
        }
    }

    edits(): TextEdit[] {
        let previous: LeafCstNode | undefined;
        let lastCode: LeafCstNode | undefined;
        for (const leaf of this.leaves) {
            const separator = this.separator(previous, leaf, lastCode);
            this.replace(previous ? previous.end : 0, leaf.offset, separator);
            if (isMultiLineComment(leaf) && (separator.includes('\n') || !previous)) {
                this.reindentCommentLines(leaf, separator.slice(separator.lastIndexOf('\n') + 1));
            }
            this.track(leaf);
            previous = leaf;
            if (!leaf.hidden) {
                lastCode = leaf;
            }
        }
        if (previous) {
            this.replace(previous.end, this.text.length, '\n');
        }
        return this.result;
    }

    private separator(previous: LeafCstNode | undefined, next: LeafCstNode, lastCode: LeafCstNode | undefined): string {
        if (!previous) {
            return '';
        }
        const existingLines = this.lineBreaksBetween(previous, next);
        if (next.hidden) {
            if (existingLines === 0) {
                return ' ';
            }
            const lines = !previous.hidden && this.open.length === 0 ? 2
                : isKeyword(previous, '{') ? 1 : clamp(existingLines, 1, 2);
            return '\n'.repeat(lines) + this.indentation();
        }
        const action = this.actionBetween(previous, next);
        if (previous.hidden && (existingLines > 0 || isLineComment(previous))) {
            const wantsLines = linesOf(action, existingLines);
            const trailing = lastCode !== undefined && previous.range.start.line === lastCode.range.end.line;
            const lines = isKeyword(next, '}') ? 1
                : wantsLines >= 2 && trailing ? 2 : clamp(existingLines, 1, 2);
            return '\n'.repeat(lines) + this.indentationFor(next);
        }
        const lines = linesOf(action, existingLines);
        if (lines > 0) {
            return '\n'.repeat(lines) + this.indentationFor(next);
        }
        return ' '.repeat(action ? spacesOf(action) : 1);
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

    private track(leaf: LeafCstNode): void {
        if (this.blocks.blockKind(leaf)) {
            this.open.push(this.expandedOpens.has(leaf));
        } else if (isKeyword(leaf, '}') && this.open.length > 0) {
            this.open.pop();
        }
    }

    private indentation(): string {
        return INDENT.repeat(this.open.filter(expanded => expanded).length);
    }

    private indentationFor(next: LeafCstNode): string {
        const depth = this.open.filter(expanded => expanded).length;
        const closesExpanded = isKeyword(next, '}') && this.open[this.open.length - 1] === true;
        return INDENT.repeat(closesExpanded ? depth - 1 : depth);
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
        if (this.text.slice(from, to).replace(/\r/g, '') !== newText) {
            this.result.push({ range: { start: textDocument.positionAt(from), end: textDocument.positionAt(to) }, newText });
        }
    }

    private lineBreaksBetween(previous: CstNode, next: CstNode): number {
        let count = 0;
        for (let offset = previous.end; offset < next.offset; offset++) {
            if (this.text.charCodeAt(offset) === 10) count++;
        }
        return count;
    }

    /** Records, for every token, the CST nodes it starts and ends, since rules are attached to whole nodes. */
    private indexBoundaries(root: CstNode): void {
        for (const node of CstUtils.streamCst(root)) {
            if (!isCompositeCstNode(node)) {
                if (!node.hidden) {
                    push(this.startingAt, node, node);
                    push(this.endingAt, node, node);
                }
                continue;
            }
            const significant = CstUtils.flattenCst(node).filter(leaf => !leaf.hidden).toArray();
            if (significant.length > 0) {
                push(this.startingAt, significant[0], node);
                push(this.endingAt, significant[significant.length - 1], node);
            }
        }
    }
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

function overlaps(edit: Range, range: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
    return !before(edit.end, { line: range.start.line, character: 0 }) && !before(range.end, edit.start);
}
