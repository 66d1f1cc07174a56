/**
 * Small accessible building blocks for the generated pages: tables with scoped headers,
 * definition lists of facts, badges whose meaning is in their text (not only their
 * colour), and links that exist only for safe addresses.
 */
import { html, joinMarkup, type HtmlValue, type Markup } from './html-markup.js';
import { safeHref } from './safe-links.js';

/** A user-written address: a link when it is web or mail, escaped text otherwise. */
export function addressLink(value: string): Markup {
    const href = safeHref(value);
    return href ? html`<a href="${href}" rel="noopener noreferrer">${value}</a>` : html`${value}`;
}

/** A link to another generated page, or the bare label when that page does not exist. */
export function pageLink(label: HtmlValue, href: string | undefined): Markup {
    return href ? html`<a href="${href}">${label}</a>` : html`${label}`;
}

export function badge(kind: string, label: string): Markup {
    const modifier = /^[a-z-]+$/.test(kind) ? ` badge-${kind}` : '';
    return html`<span class="badge${modifier}">${label}</span>`;
}

export function paragraphs(text: string | undefined): Markup {
    if (!text) {
        return html``;
    }
    return joinMarkup(text.split(/\n\s*\n/).map(paragraph => html`<p>${paragraph.replace(/\s*\n\s*/g, ' ')}</p>\n`));
}

export interface FactRow {
    readonly term: string;
    readonly value: HtmlValue;
}

export function facts(rows: readonly (FactRow | undefined | false)[]): Markup {
    const present = rows.filter((row): row is FactRow => !!row);
    if (present.length === 0) {
        return html``;
    }
    return html`<dl class="facts">
${present.map(row => html`<dt>${row.term}</dt><dd>${row.value}</dd>\n`)}</dl>
`;
}

export interface TableOptions {
    readonly caption?: string;
    /** Column headers; the first column of each row is a row header (`<th scope="row">`). */
    readonly headers: readonly string[];
    readonly rows: readonly (readonly HtmlValue[])[];
    readonly id?: string;
    readonly className?: string;
    /** Extra attributes per row, already markup (used for filter data). */
    readonly rowAttributes?: readonly Markup[];
    /**
     * A wide matrix that keeps its grid on a phone and scrolls inside its own region, named
     * by `caption` (or `label`); ordinary tables become one card per row instead.
     */
    readonly scroll?: { readonly label?: string };
}

/**
 * A table with scoped headers. Each data cell carries its column header as `data-label`,
 * which the stylesheet shows before the value when a narrow screen stacks the row as a card.
 */
export function table(options: TableOptions): Markup {
    const id = options.id ? html` id="${options.id}"` : '';
    const classes = [...(options.scroll ? [] : ['cards']), ...(options.className ? [options.className] : [])].join(' ');
    const className = classes ? html` class="${classes}"` : '';
    const labels = options.headers.map(header => html` data-label="${header}"`);
    const rows = options.rows.map((row, index) => {
        const attributes = options.rowAttributes?.[index] ?? '';
        const cells: Markup[] = [];
        for (let column = 1; column < row.length; column++) {
            cells.push(html`<td${labels[column] ?? ''}>${row[column]}</td>`);
        }
        return html`<tr${attributes}><th scope="row">${row[0]}</th>${cells}</tr>\n`;
    });
    return html`${scrollRegionStart(options)}
<table${id}${className}>
${options.caption ? html`<caption>${options.caption}</caption>\n` : ''}<thead><tr>${options.headers.map(header => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>
${rows}</tbody>
</table>
</div>
`;
}

function scrollRegionStart(options: TableOptions): Markup {
    if (!options.scroll) {
        return html`<div class="table-wrap">`;
    }
    return scrollRegionOpening(options.scroll.label ?? options.caption ?? 'Table');
}

/**
 * The opening of a region that scrolls sideways on its own: focusable, so a keyboard can
 * scroll it, and named, so a screen reader says what it holds. Close it with `</div>`.
 */
export function scrollRegionOpening(label: string): Markup {
    return html`<div class="table-wrap scroll" role="region" aria-label="${label}" tabindex="0">`;
}

export function list(items: readonly HtmlValue[]): Markup {
    return html`<ul class="plain">
${items.map(item => html`<li>${item}</li>\n`)}</ul>
`;
}

/** A dash for a table cell with nothing to say, as every table of the site shows it. */
export function noValue(): Markup {
    return html`<span class="muted">—</span>`;
}

/** Items joined with commas, or a dash when there are none. */
export function inlineList(items: readonly HtmlValue[]): Markup {
    return items.length > 0 ? joinMarkup(items, ', ') : noValue();
}
