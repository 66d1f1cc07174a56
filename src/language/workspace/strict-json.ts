import { createScanner, ParseErrorCode, parseTree, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';

/**
 * Strict JSON for configuration files, read by jsonc-parser into its tree of nodes, each
 * with its offset, so that a message can name the line and column of the field at fault.
 * A syntax error becomes one message that says what was expected and what to write.
 */

/** Text that is not JSON: where, what is wrong, and what to write instead. */
export class JsonSyntaxError extends Error {
    override readonly name = 'JsonSyntaxError';

    constructor(readonly offset: number, readonly problem: string, readonly remedy: string) {
        super(`${problem}. ${remedy}`);
    }
}

/**
 * Parses one JSON value, without comments or trailing commas (a leading byte order mark is
 * allowed), into jsonc-parser's tree; throws a JsonSyntaxError for the first error.
 */
export function parseStrictJson(text: string): Node {
    // jsonc-parser takes no byte order mark; a space in its place keeps every offset.
    const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
    const errors: ParseError[] = [];
    const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length > 0) {
        throw syntaxError(source, errors[0]);
    }
    return root!;
}

/**
 * 1-based line and column of an offset, counting a tab or any other character as one
 * column. A byte order mark is not counted: editors do not show it.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = text.startsWith('\uFEFF') ? 1 : 0;
    for (let index = 0; index < offset && index < text.length; index++) {
        if (text[index] === '\n') {
            line++;
            lineStart = index + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

/** What the grammar takes at a point: a value, a field name, a colon, a comma or a close, or nothing. */
type Expected = 'value' | 'field' | 'colon' | 'next' | 'end';

interface ParseState {
    expected: Expected;
    /** The objects and lists open at the point, innermost last. */
    readonly open: Array<'object' | 'list'>;
    /** Whether the token before the point is a comma. */
    afterComma: boolean;
    /** The last field name read. */
    key: string;
}

/** Replays the tokens before `offset`, which jsonc-parser found valid, to learn what it expected there. */
function stateAt(text: string, offset: number): ParseState {
    const state: ParseState = { expected: 'value', open: [], afterComma: false, key: '' };
    const afterValue = (): Expected => (state.open.length === 0 ? 'end' : 'next');
    const scanner = createScanner(text, true);
    for (let token = scanner.scan(); token !== SyntaxKind.EOF && scanner.getTokenOffset() < offset; token = scanner.scan()) {
        state.afterComma = token === SyntaxKind.CommaToken;
        switch (token) {
            case SyntaxKind.OpenBraceToken:
                state.open.push('object');
                state.expected = 'field';
                break;
            case SyntaxKind.OpenBracketToken:
                state.open.push('list');
                state.expected = 'value';
                break;
            case SyntaxKind.CloseBraceToken:
            case SyntaxKind.CloseBracketToken:
                state.open.pop();
                state.expected = afterValue();
                break;
            case SyntaxKind.ColonToken:
                state.expected = 'value';
                break;
            case SyntaxKind.CommaToken:
                state.expected = state.open.at(-1) === 'object' ? 'field' : 'value';
                break;
            case SyntaxKind.StringLiteral:
                if (state.expected === 'field') {
                    state.key = scanner.getTokenValue();
                    state.expected = 'colon';
                } else {
                    state.expected = afterValue();
                }
                break;
            default: // a number, true, false or null
                state.expected = afterValue();
        }
    }
    return state;
}

const NUMBER_OR_WORD = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** The message for jsonc-parser's first error: where the text stops being JSON, and what was expected there. */
function syntaxError(text: string, error: ParseError): JsonSyntaxError {
    let offset = error.offset;
    const state = stateAt(text, offset);
    const inObject = state.open.at(-1) === 'object';
    if (state.expected === 'value' && (error.error === ParseErrorCode.InvalidSymbol || error.error === ParseErrorCode.UnexpectedEndOfNumber)) {
        // `1.`, `1e` or `trueish`: a number or word is read, and what follows it is out of place.
        NUMBER_OR_WORD.lastIndex = offset;
        const prefix = NUMBER_OR_WORD.exec(text);
        if (prefix) {
            offset += prefix[0].length;
            state.expected = state.open.length === 0 ? 'end' : 'next';
        }
    }
    const fail = (problem: string, remedy: string) => new JsonSyntaxError(offset, problem, remedy);
    const char = text[offset];
    switch (state.expected) {
        case 'end':
            return fail('more text after the end of the JSON value', 'A JSON file holds one value; remove what follows its closing bracket');
        case 'value':
            if (offset >= text.length && state.open.length === 0) {
                return fail('the file holds no JSON value', 'Write {} at least');
            }
            if (char === ']' && state.afterComma) {
                return fail('a comma after the last item of a list', 'JSON allows none; remove the comma');
            }
            return stringError(text, error) ?? unexpected(text, offset,
                'a value: a "string", a number, true, false, null, an {object} or a [list]', 'Write text in double quotes, e.g. "drafts"');
        case 'field':
            if (char === '}' && state.afterComma) {
                return fail('a comma after the last field', 'JSON allows none; remove the comma');
            }
            return stringError(text, error) ?? unexpected(text, offset,
                'a field name in double quotes, e.g. "include"', 'Write field names in double quotes');
        case 'colon':
            return unexpected(text, offset, `':' after the field name "${state.key}"`, 'Write a colon between a field name and its value');
        case 'next':
            return inObject
                ? unexpected(text, offset, "',' between fields or '}' after the last one", 'Put a comma between fields')
                : unexpected(text, offset, "',' between items or ']' after the last one", 'Put a comma between items');
    }
}

/** A string where a value or field name belongs that jsonc-parser could not read. */
function stringError(text: string, { error, offset, length }: ParseError): JsonSyntaxError | undefined {
    if (text[offset] !== '"') {
        return undefined;
    }
    switch (error) {
        case ParseErrorCode.UnexpectedEndOfString:
            // jsonc-parser ends such a string at a line break or at the end of the text.
            return new JsonSyntaxError(offset, offset + length < text.length ? 'a string that does not end on its line' : 'a string that is never closed',
                'Close it with a double quote');
        case ParseErrorCode.InvalidEscapeCharacter:
        case ParseErrorCode.InvalidUnicode:
        case ParseErrorCode.InvalidCharacter:
            return new JsonSyntaxError(offset, 'a string with an escape JSON does not know',
                'Write a backslash as \\\\ (or use / in paths), a quote as \\"');
        default:
            return undefined;
    }
}

/** What stands at `offset` where `expected` should, for a message such as `expected X, found "y"`. */
function unexpected(text: string, offset: number, expected: string, remedy: string): JsonSyntaxError {
    if (offset >= text.length) {
        return new JsonSyntaxError(offset, `the file ends where ${expected} should follow`, 'Complete the JSON value');
    }
    const rest = text.slice(offset);
    if (rest.startsWith('//') || rest.startsWith('/*')) {
        return new JsonSyntaxError(offset, 'a comment', 'JSON allows no comments; remove it');
    }
    if (rest.startsWith("'")) {
        return new JsonSyntaxError(offset, 'a string in single quotes', 'JSON strings are written in double quotes');
    }
    const found = rest.startsWith('"')
        ? /^"[^"\n]*"?/.exec(rest)![0]
        : JSON.stringify(/^[^\s,:{}[\]"]+/.exec(rest)?.[0] ?? rest[0]);
    return new JsonSyntaxError(offset, `expected ${expected}, found ${found}`, remedy);
}
