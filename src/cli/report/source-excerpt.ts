/**
 * The part of a source line shown under a finding. A whole line can be anything up to the
 * size of the file (minified or generated files put everything on one line), and printing
 * it under each of a thousand findings turns a 30 kB file into tens of megabytes of output.
 * A window of the line around the range is enough to see what is wrong; `…` marks the text
 * left out.
 */

/** At most this many characters of the line are shown, marks not counted. */
export const EXCERPT_WIDTH = 120;
/** How much of the line before the range the window keeps, when the line has it. */
const CONTEXT_BEFORE = 40;
const ELLIPSIS = '…';

export interface SourceExcerpt {
    /** The shown text, with `…` where the line goes on. */
    readonly text: string;
    /** Where the range starts and ends in `text` (0-based, end exclusive). */
    readonly start: number;
    readonly end: number;
}

/** The window of `line` around the range [start, end) (0-based, in UTF-16 units, within the line). */
export function sourceExcerpt(line: string, start: number, end: number): SourceExcerpt {
    if (line.length <= EXCERPT_WIDTH) {
        return { text: line, start, end };
    }
    let from = Math.max(0, Math.min(start - CONTEXT_BEFORE, line.length - EXCERPT_WIDTH));
    let to = Math.min(line.length, from + EXCERPT_WIDTH);
    // Never cut a character written as a surrogate pair in half.
    if (from > 0 && isLowSurrogate(line.charCodeAt(from))) {
        from++;
    }
    if (to < line.length && isLowSurrogate(line.charCodeAt(to))) {
        to--;
    }
    const before = from > 0 ? ELLIPSIS : '';
    const after = to < line.length ? ELLIPSIS : '';
    const shift = before.length - from;
    return {
        text: `${before}${line.slice(from, to)}${after}`,
        start: start + shift,
        // A range longer than the window is marked up to the window's end.
        end: Math.min(end, to) + shift
    };
}

function isLowSurrogate(code: number): boolean {
    return code >= 0xdc00 && code <= 0xdfff;
}
