/**
 * Markdown that renders user text as text on GitHub and other CommonMark/GFM renderers:
 * every character that could start emphasis, a link, raw HTML, a table cell boundary or
 * a block (heading, list, quote) is backslash-escaped, which CommonMark allows for any
 * ASCII punctuation and renders as the character itself.
 */
import { AUTOLINK_START, withoutAutolinks } from './markdown-autolinks.js';
import { safeHref } from './safe-links.js';

/**
 * Characters that can start markup anywhere in a line: emphasis, code, raw HTML and
 * entities, links, strikethrough, heading closers, table cell boundaries. Parentheses and
 * `!` only matter next to `[`, which is escaped, so they stay as written.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;

/** Whether mdText has anything to change: a line break or one of INLINE_SPECIAL. */
const NEEDS_ESCAPE = /[\r\n\\`*_[\]<>|~&#]/;

/**
 * Escapes text for use inside a line (after a list marker, in a heading, in a table cell),
 * with bare addresses kept from becoming links.
 */
export function mdText(text: string): string {
    // Most values need no escaping; testing first skips the copies.
    return AUTOLINK_START.test(text) ? withoutAutolinks(escapeInline(text)) : escapeInline(text);
}

function escapeInline(text: string): string {
    if (!NEEDS_ESCAPE.test(text)) {
        return text;
    }
    return text.replace(/\r\n?|\n/g, ' ').replace(INLINE_SPECIAL, character => `\\${character}`);
}

/**
 * Escapes a line that starts a block, where `-`, `+`, `=` (setext underline), `1.` and
 * `1)` would begin a list or turn the previous line into a heading.
 */
function mdLine(line: string): string {
    const text = mdText(line);
    const leading = /^(\s*)([-+=])/.exec(text);
    if (leading) {
        return `${leading[1]}\\${text.slice(leading[1].length)}`;
    }
    const numbered = /^(\s*\d{1,9})([.)])(?=\s|$)/.exec(text);
    if (numbered) {
        return `${numbered[1]}\\${text.slice(numbered[1].length)}`;
    }
    return text;
}

/** Multi-line text (doc comments): blank-line-separated paragraphs, each line escaped. */
export function mdParagraphs(text: string): string {
    return text.split(/\n\s*\n/)
        .map(paragraph => paragraph.split('\n').map(line => mdLine(line.trim())).join('\n'))
        .filter(paragraph => paragraph.length > 0)
        .join('\n\n');
}

/** Inline code for identifiers; falls back to escaped text when the value could break out of the span. */
export function mdCode(text: string): string {
    return /^[A-Za-z0-9_.\- ]+$/.test(text) ? `\`${text}\`` : mdText(text);
}

/** A link when the value is a safe web or mail address, escaped text otherwise. */
export function mdLink(text: string, target: string | undefined): string {
    const href = safeHref(target);
    if (!href) {
        return mdText(text);
    }
    // GFM makes no link inside a link, so the text keeps its addresses as written.
    return `[${escapeInline(text)}](<${href.replace(/[<>\s]/g, character => encodeURIComponent(character))}>)`;
}

/** A link to another generated file; the path is one the generator made, never user text. */
export function mdRelativeLink(text: string, path: string): string {
    return `[${mdText(text)}](${encodeURI(path)})`;
}

/** A GFM table; cells must already be Markdown (made with the helpers above). */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
    const cell = (value: string) => value.length > 0 ? value : '—';
    const lines = [
        `| ${headers.map(mdText).join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
    ];
    return lines.join('\n');
}

/** Lines of a document, joined with single blank lines between blocks and one final newline. */
export function mdDocument(blocks: readonly (string | undefined | false)[]): string {
    return blocks.filter((block): block is string => typeof block === 'string' && block.length > 0).join('\n\n') + '\n';
}

/**
 * The text of `mdDocument(blocks)` in pieces, taking each block only when the previous one
 * has been handed on: for documents too large to build as one string.
 */
export function* mdDocumentChunks(blocks: Iterable<string | undefined | false>): Generator<string> {
    let first = true;
    for (const block of blocks) {
        if (typeof block === 'string' && block.length > 0) {
            if (!first) {
                yield '\n\n';
            }
            yield block;
            first = false;
        }
    }
    yield '\n';
}
