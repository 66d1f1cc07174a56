import type { CustomPatternMatcherReturn, TokenType } from 'chevrotain';

/**
 * The grammar's STRING, ID and ML_COMMENT terminals, read by a loop over the characters
 * instead of by their regular expressions. V8 keeps one backtracking entry for each turn
 * of a repeated group such as `(\\.|[^"\\\r\n])*`, so a string literal of some 4.5 million
 * characters (or a name of millions of dotted parts) overflowed its stack, and the file
 * could not be read at all: `svcdef validate` stopped with an internal error and the
 * language server died on it. These loops take the same text as the terminals of
 * `svcdef.langium` (the lexer tests compare them with Chevrotain's lexing of those
 * terminals) in time and memory that grow with the token's length and nothing else.
 *
 * After a character it cannot read, Chevrotain tries every terminal at each following
 * offset. A string that never closes was then scanned to the end of its line again from
 * each escaped quote in it (`"\"\"\"…`), and a comment that never closes to the end of the
 * text from each `/*`: hours for a line of a few megabytes. Each scan that fails remembers
 * how far it got, and a later one that would fail the same way gives up at once.
 *
 * Returns a function that forgets the text last read, so that it is not kept in memory.
 */
export function readTokensWithoutBacktracking(tokenTypes: Record<string, TokenType>): () => void {
    const failed = new FailedScans();
    useMatcher(tokenTypes.STRING, (text, offset) => failed.matchString(text, offset), ['"'], false);
    useMatcher(tokenTypes.ID, matchName, [...'_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'], false);
    useMatcher(tokenTypes.ML_COMMENT, (text, offset) => failed.matchComment(text, offset), ['/'], true);
    return () => failed.forget();
}

type Matcher = (text: string, offset: number) => number;

/** What the failed scans of one text learnt about it. */
class FailedScans {
    private text: string | undefined;
    /** A string opened before `stringFrom` ran into a line break or the end at `stringTo`. */
    private stringFrom = -1;
    private stringTo = -1;
    /** No comment closes after this offset. */
    private unclosedCommentsFrom = Infinity;

    forget(): void {
        this.text = undefined;
        this.stringFrom = this.stringTo = -1;
        this.unclosedCommentsFrom = Infinity;
    }

    private sameText(text: string): boolean {
        if (this.text === text) {
            return true;
        }
        this.forget();
        this.text = text;
        return false;
    }

    matchString(text: string, offset: number): number {
        // Every quote inside a failed scan was escaped, and the scan went on after it as a
        // scan from there would: from there it fails at the same place.
        if (offset > this.stringFrom && offset < this.stringTo && this.sameText(text)) {
            return -1;
        }
        const end = matchString(text, offset);
        if (end < 0 && text.charCodeAt(offset) === QUOTE) {
            this.sameText(text);
            this.stringFrom = offset;
            this.stringTo = stringFailure(text, offset);
        }
        return end;
    }

    matchComment(text: string, offset: number): number {
        if (text.charCodeAt(offset) !== SLASH || text.charCodeAt(offset + 1) !== STAR) {
            return -1;
        }
        if (offset >= this.unclosedCommentsFrom && this.sameText(text)) {
            return -1;
        }
        const close = text.indexOf('*/', offset + 2);
        if (close < 0) {
            this.sameText(text);
            this.unclosedCommentsFrom = offset;
            return -1;
        }
        return close + 2;
    }
}

function useMatcher(tokenType: TokenType | undefined, matcher: Matcher, startChars: string[], lineBreaks: boolean): void {
    if (!tokenType) {
        throw new Error('svcdef: the grammar has no STRING, ID or ML_COMMENT terminal; update src/language/parser/linear-token-matchers.ts.');
    }
    tokenType.PATTERN = {
        exec: (text: string, offset: number): CustomPatternMatcherReturn | null => {
            const end = matcher(text, offset);
            return end < 0 ? null : [text.substring(offset, end)];
        }
    };
    // Only comments hold line breaks; saying so spares Chevrotain looking for them in the others.
    tokenType.LINE_BREAKS = lineBreaks;
    tokenType.START_CHARS_HINT = startChars;
}

const QUOTE = 0x22;
const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;
const DOT = 0x2e;
const LOWER_X = 0x78;

/** Where a string that does not close, opened at `offset`, runs into a line break or the end. */
function stringFailure(text: string, offset: number): number {
    let at = offset + 1;
    for (;;) {
        const code = text.charCodeAt(at);
        if (code === BACKSLASH && !Number.isNaN(text.charCodeAt(at + 1)) && !isLineTerminator(text.charCodeAt(at + 1))) {
            at += 2;
        } else if (Number.isNaN(code) || code === CR || code === LF || code === BACKSLASH) {
            return at;
        } else {
            at++;
        }
    }
}

/** `/"(\\.|[^"\\\r\n])*"/`: the end of the literal at `offset`, or -1. */
export function matchString(text: string, offset: number): number {
    if (text.charCodeAt(offset) !== QUOTE) {
        return -1;
    }
    let at = offset + 1;
    for (;;) {
        const code = text.charCodeAt(at);
        if (code === QUOTE) {
            return at + 1;
        }
        if (code === BACKSLASH) {
            // `.` takes any character but a line break; the end of the text is no character.
            const escaped = text.charCodeAt(at + 1);
            if (Number.isNaN(escaped) || isLineTerminator(escaped)) {
                return -1;
            }
            at += 2;
        } else if (Number.isNaN(code) || code === CR || code === LF) {
            return -1;
        } else {
            at++;
        }
    }
}

/**
 * `/(?:[_a-zA-Z]\w*|[0-9]+x[0-9]+)(?:\.(?:[_a-zA-Z]\w*|[0-9]+x[0-9]+))*\.?/`: the end of
 * the name at `offset`, or -1. Every part after the first is optional, so the regular
 * expression's first match is its greedy one, which is what this loop takes.
 */
export function matchName(text: string, offset: number): number {
    let end = matchNamePart(text, offset);
    if (end < 0) {
        return -1;
    }
    while (text.charCodeAt(end) === DOT) {
        const next = matchNamePart(text, end + 1);
        if (next < 0) {
            return end + 1;
        }
        end = next;
    }
    return end;
}

/** `[_a-zA-Z]\w*` or `[0-9]+x[0-9]+` at `offset`: its end, or -1. */
function matchNamePart(text: string, offset: number): number {
    const first = text.charCodeAt(offset);
    if (isLetter(first) || first === 0x5f) {
        let at = offset + 1;
        while (isWordCharacter(text.charCodeAt(at))) {
            at++;
        }
        return at;
    }
    let at = offset;
    while (isDigit(text.charCodeAt(at))) {
        at++;
    }
    if (at === offset || text.charCodeAt(at) !== LOWER_X || !isDigit(text.charCodeAt(at + 1))) {
        return -1;
    }
    at += 2;
    while (isDigit(text.charCodeAt(at))) {
        at++;
    }
    return at;
}

/** The characters that JavaScript's `.` does not take. */
function isLineTerminator(code: number): boolean {
    return code === LF || code === CR || code === 0x2028 || code === 0x2029;
}

function isLetter(code: number): boolean {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
    return code >= 0x30 && code <= 0x39;
}

function isWordCharacter(code: number): boolean {
    return isLetter(code) || isDigit(code) || code === 0x5f;
}
