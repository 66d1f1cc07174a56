import type { Lexer } from 'langium';

/** The string literal the cursor stands in, by offsets into the document. */
export interface StringAtCursor {
    /** Just after the opening quote. */
    readonly contentStart: number;
    /** At the closing quote; at the cursor when the closing quote is not written yet. */
    readonly contentEnd: number;
    readonly closed: boolean;
}

/**
 * The string the cursor is in, closed (`"SLA|"`) or still open (`"SLA|` at the end of a
 * line), or undefined outside strings and inside comments. A string cannot span lines,
 * so only the cursor's line is read, with the language's own lexer: a quote in a comment
 * or an escaped one (`\"`) is no boundary. An open quote is a lexer error the lexer
 * skips; the string it starts runs to the cursor.
 */
export function stringAtCursor(lexer: Lexer, text: string, offset: number): StringAtCursor | undefined {
    const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    const lineEnd = firstLineBreak(text, offset);
    const cursor = offset - lineStart;
    // A block comment opened on an earlier line is not seen; a quote in one is rare enough.
    const { tokens, hidden, errors } = lexer.tokenize(text.slice(lineStart, lineEnd));
    const closed = tokens.find(token => token.tokenType.name === 'STRING' && token.startOffset < cursor && cursor <= token.endOffset!);
    if (closed) {
        return { contentStart: lineStart + closed.startOffset + 1, contentEnd: lineStart + closed.endOffset!, closed: true };
    }
    const line = text.slice(lineStart, lineEnd);
    const open = errors.filter(error => error.offset < cursor && line[error.offset] === '"').at(-1);
    // `produces "x // note|`: the lexer reads a comment there, and so does the parser.
    if (!open || hidden.some(comment => comment.startOffset > open.offset && comment.startOffset < cursor)) {
        return undefined;
    }
    return { contentStart: lineStart + open.offset + 1, contentEnd: offset, closed: false };
}

function firstLineBreak(text: string, from: number): number {
    const breaks = [text.indexOf('\n', from), text.indexOf('\r', from)].filter(index => index >= 0);
    return breaks.length > 0 ? Math.min(...breaks) : text.length;
}
