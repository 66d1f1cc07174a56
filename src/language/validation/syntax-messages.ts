import type { IToken, TokenType } from 'chevrotain';
import { suggestNames } from '../did-you-mean.js';
import { MALFORMED_DATE } from '../parser/malformed-date-token.js';

/**
 * The wording of syntax errors, for the people who write service definitions rather than
 * for those who wrote the parser: tokens are named in words ("a name", "a quoted text"),
 * what was found is quoted as it was written, and a block says which properties it takes.
 */

/** What the terminals of the grammar are, in words; keywords are quoted as written. */
const TOKEN_WORDS: Readonly<Record<string, string>> = {
    ID: 'a name',
    STRING: 'a quoted text',
    NUMBER: 'a number',
    PERCENT: 'a percentage such as 99.9%',
    DURATION: 'a duration such as 30min',
    DATE: 'a date such as 2026-01-31',
    MULTIPLIER: 'a factor such as x3.0',
    YEAR_MONTH: 'a month such as 2027-03',
    YEAR_QUARTER: 'a quarter such as 2027-Q1',
    EOF: 'the end of the file'
};

/** Tokens whose text is meant as a date when a date is expected, but is not written as one. */
const DATE_LIKE = new Set([MALFORMED_DATE.name, 'NUMBER', 'YEAR_MONTH', 'YEAR_QUARTER']);

/** Found text longer than this is cut, so that a stray quoted paragraph does not fill the message. */
const MAX_FOUND_LENGTH = 40;

/** A token kind as the user would name it: `a name`, `'status'`. */
function tokenWord(tokenType: TokenType): string {
    return TOKEN_WORDS[tokenType.name] ?? `'${tokenType.name}'`;
}

/** The token that was found, quoted as written; a keyword where a name was expected is called one. */
function foundWord(token: IToken, expected?: TokenType): string {
    if (token.tokenType.name === 'EOF') {
        return 'the end of the file';
    }
    const text = token.image.length > MAX_FOUND_LENGTH ? `${token.image.slice(0, MAX_FOUND_LENGTH)}…` : token.image;
    return expected?.name === 'ID' && isWord(token) ? `the keyword '${text}'` : `'${text}'`;
}

/** `expected a name, found 'live'`; a date in the wrong form gets the form instead. */
export function expectedMessage(expected: readonly TokenType[], found: IToken): string {
    if (isMalformedDate(found, expected)) {
        return `dates are written YYYY-MM-DD, found ${foundWord(found)}`;
    }
    const words = [...new Set(expected.map(tokenWord))];
    return `expected ${oneOf(words)}, found ${foundWord(found, expected.length === 1 ? expected[0] : undefined)}`;
}

/**
 * A word that starts none of the properties a block takes. If it starts an element, the
 * block may just lack its closing brace before the next element.
 */
export function unknownPropertyMessage(written: string, block: string, allowed: readonly string[], startsElement = false, belongsIn: readonly string[] = []): string {
    if (belongsIn.length > 0) {
        // `supports` in an SLA: the word is right, the kind of agreement is not.
        const kinds = belongsIn.length === 1 ? belongsIn[0] : `${belongsIn.slice(0, -1).join(', ')} and ${belongsIn[belongsIn.length - 1]}`;
        return `'${written}' is a property of ${kinds}, not of ${block}; allowed here: ${allowed.join(', ')}`;
    }
    const unclosed = startsElement ? `, or a missing '}' before the next element` : '';
    return `unknown property '${written}' in ${block}${closest(written, allowed)}${unclosed}; allowed here: ${allowed.join(', ')}`;
}

/** Something other than a word where a block's next property or its closing brace goes. */
export function notAPropertyMessage(found: IToken, block: string, allowed: readonly string[]): string {
    return `expected a property of ${block} or '}', found ${foundWord(found)}; allowed here: ${allowed.join(', ')}`;
}

/** Something other than a word after the last element: a stray brace, a number. */
export function notAnElementMessage(found: IToken): string {
    return `expected an element or the end of the file, found ${foundWord(found)}`;
}

/** A word that starts no element, where one may start. */
export function unknownElementMessage(written: string, allowed: readonly string[]): string {
    return `unknown element '${written}'${closest(written, allowed)}; allowed here: ${allowed.join(', ')}`;
}

/**
 * ` (did you mean 'customer'?)` for a misspelt word, nothing for one that is simply wrong;
 * a word of one or two letters is too short to be misspelt.
 */
function closest(written: string, allowed: readonly string[]): string {
    const [suggestion] = written.length < 3 ? [] : suggestNames(written, allowed, 1);
    return suggestion ? ` (did you mean '${suggestion}'?)` : '';
}

/**
 * Characters the lexer skipped, shown once for the whole run: printable ones quoted as
 * written, the others (controls, invisible formatting) by code point, as `U+00A0`.
 */
export function unexpectedCharactersMessage(skipped: string): string {
    const parts: string[] = [];
    let printable = '';
    for (const character of skipped) {
        if (/[\p{C}\p{Z}]/u.test(character)) {
            if (printable) {
                parts.push(quoted(printable));
                printable = '';
            }
            parts.push(`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
        } else {
            printable += character;
        }
    }
    if (printable) {
        parts.push(quoted(printable));
    }
    return `unexpected ${parts.join(' ')}`;
}

/** In single quotes, as every quoted text of the messages, unless it holds one. */
function quoted(text: string): string {
    return text.includes("'") ? `"${text}"` : `'${text}'`;
}

/** `'a'`, `'a' or 'b'`, `one of 'a', 'b' or 'c'`. */
function oneOf(words: readonly string[]): string {
    if (words.length <= 1) {
        return words[0] ?? 'nothing';
    }
    const listed = `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
    return words.length === 2 ? listed : `one of ${listed}`;
}

/** A name, or a keyword that is a word (`status`, not `{`). */
export function isWord(token: IToken): boolean {
    return token.tokenType.name === 'ID' || (isKeyword(token.tokenType) && /^[a-z]/.test(token.image));
}

/** Keywords are matched by their text; terminals by a regular expression. */
function isKeyword(tokenType: TokenType): boolean {
    return typeof tokenType.PATTERN === 'string';
}

function isMalformedDate(found: IToken, expected: readonly TokenType[]): boolean {
    return found.tokenType === MALFORMED_DATE
        || (expected.some(tokenType => tokenType.name === 'DATE') && DATE_LIKE.has(found.tokenType.name));
}
