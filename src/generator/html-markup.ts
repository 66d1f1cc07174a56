/**
 * HTML built from tagged templates in which every interpolated value is escaped unless it
 * is already markup. Escaping by default means a forgotten call cannot leak user text
 * into the page as markup: the only way to emit raw HTML is to construct `Markup`.
 */

export class Markup {
    constructor(readonly text: string) {}
    toString(): string {
        return this.text;
    }
}

/** Anything a template may interpolate: nested markup, plain values, or lists of either. */
export type HtmlValue = Markup | string | number | boolean | null | undefined | readonly HtmlValue[];

const HTML_ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;'
};

const NEEDS_ESCAPE = /[&<>"'`]/;
const TO_ESCAPE = /[&<>"'`]/g;

/** Escapes text for element content and for double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
    // Most values (names, labels, numbers) need no escaping; testing first skips the copy.
    return NEEDS_ESCAPE.test(text) ? text.replace(TO_ESCAPE, character => HTML_ESCAPES[character]) : text;
}

function render(value: HtmlValue): string {
    // Plain text first: it is by far the most common value. Lists are concatenated rather
    // than mapped and joined, which spares an array and a copy per list on every page.
    if (typeof value === 'string') {
        return escapeHtml(value);
    }
    if (value instanceof Markup) {
        return value.text;
    }
    if (value === null || value === undefined || value === false) {
        return '';
    }
    if (Array.isArray(value)) {
        let out = '';
        for (let index = 0; index < value.length; index++) {
            out += render(value[index]);
        }
        return out;
    }
    return escapeHtml(String(value));
}

/** `html\`<p>${userText}</p>\`` escapes `userText`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Markup {
    let out = strings[0];
    for (let index = 0; index < values.length; index++) {
        out += render(values[index]) + strings[index + 1];
    }
    return new Markup(out);
}

/** Joins markup fragments with a separator (escaped if it is plain text). */
export function joinMarkup(parts: readonly HtmlValue[], separator: HtmlValue = ''): Markup {
    const between = render(separator);
    let out = '';
    for (let index = 0; index < parts.length; index++) {
        out += (index > 0 ? between : '') + render(parts[index]);
    }
    return new Markup(out);
}

/** Markup whose text the caller vouches for: constants of the generator, never user input. */
export function trustedMarkup(text: string): Markup {
    return new Markup(text);
}
