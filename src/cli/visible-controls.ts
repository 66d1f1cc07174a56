/**
 * Text from a workspace (names, strings, whole source lines, file names) is printed to a
 * terminal or a CI log, where a control character is an instruction, not text: ESC[2J
 * clears the screen, other sequences move the cursor over what was printed or set the
 * window title, and a bidi override (U+202E) shows text in an order other than the one
 * it has. Such characters are shown as escapes instead, so that a report shows what the
 * file holds and nothing a file holds can change what else the report shows.
 */

/**
 * C0 controls but tab, DEL, C1 controls, and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). Tab stays: it only moves to the next column.
 */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with each control character as a visible escape: `\x1b`, `\x9b`, `\u202e`. */
export function visibleControls(text: string): string {
    return text.replace(CONTROLS, character => {
        const code = character.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
