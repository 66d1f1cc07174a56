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

/** Escapes text for element content and for double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"'`]/g, character => HTML_ESCAPES[character]);
}

function render(value: HtmlValue): string {
    if (value === null || value === undefined || value === false) {
        return '';
    }
    if (value instanceof Markup) {
        return value.text;
    }
    if (Array.isArray(value)) {
        return value.map(render).join('');
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
    return new Markup(parts.map(render).join(render(separator)));
}

/** Markup whose text the caller vouches for: constants of the generator, never user input. */
export function trustedMarkup(text: string): Markup {
    return new Markup(text);
}
