/**
 * GitHub (GFM) turns bare addresses in text into links: `https://…`, `www.…` and
 * `name@host` (as mailto:), with no brackets to escape. In user text that is a link nobody
 * chose to publish, such as a title reading "Visit https://evil.example/login". A WORD
 * JOINER (U+2060) inside the pattern stops the match and is invisible, so the text still
 * reads and prints as written.
 */
const WORD_JOINER = '\u2060';

/** Whether `withoutAutolinks` would change the text. */
export const AUTOLINK_START = /:\/\/|www\.|@/i;

/** The text with every GFM autolink pattern broken by a word joiner: after `:` in `://`, after `www`, after `@`. */
export function withoutAutolinks(text: string): string {
    return text
        .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
        .replace(/(www)(?=\.)/gi, `$1${WORD_JOINER}`)
        .replace(/@/g, `@${WORD_JOINER}`);
}
