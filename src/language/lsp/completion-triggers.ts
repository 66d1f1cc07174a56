import type { Lexer } from 'langium';
import { stringAtCursor } from './string-at-cursor.js';

/**
 * The characters on which the editor asks for completion by itself: a space, for the A2
 * node after `implements ` and the work product after `produces ` or `consumes `, and the
 * opening quote of a work product (`produces "`) or a time zone (`timezone "`).
 */
export const TRIGGER_CHARACTERS: readonly string[] = [' ', '"'];

/** The keywords after which a typed space opens the list: what follows comes from the A2 model. */
const SPACE_TRIGGERING_KEYWORDS: ReadonlySet<string> = new Set(['implements', 'produces', 'consumes']);

/**
 * Whether a trigger character typed at `offset` (just after it) should open the list. The
 * editor sends every space and quote, so anywhere else — after `service `, on a string's
 * closing quote, in a comment — the answer must be "nothing", or a list pops up that the
 * user has to dismiss. A quote triggers only when it opens a string: what the string
 * holds is for completion to decide (work products and time zones; nothing in a title).
 */
export function isWantedTrigger(lexer: Lexer, text: string, offset: number, character: string): boolean {
    if (character === '"') {
        return stringAtCursor(lexer, text, offset)?.contentStart === offset;
    }
    if (character === ' ') {
        return !stringAtCursor(lexer, text, offset) && followsTriggeringKeyword(lexer, text, offset);
    }
    return false;
}

/** `binding X implements |`: the last token of the line before the cursor is one of the keywords, and a space follows it. */
function followsTriggeringKeyword(lexer: Lexer, text: string, offset: number): boolean {
    const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    const line = text.slice(lineStart, offset);
    if (!/\s$/.test(line)) {
        return false;
    }
    // Comments are hidden tokens: in `// implements ` the lexer finds no keyword at all.
    const last = lexer.tokenize(line).tokens.at(-1);
    return last !== undefined && SPACE_TRIGGERING_KEYWORDS.has(last.tokenType.name) && line.slice(last.endOffset! + 1).trim() === '';
}
