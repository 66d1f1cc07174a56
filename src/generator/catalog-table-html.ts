/**
 * A table of the format-neutral model (catalog-tables.ts) as HTML, through the site's
 * accessible table: links where the site has the page, badges, and a dash for an empty list.
 */
import type { CatalogTable, LinkTarget, TableCell } from './catalog-tables.js';
import { addressLink, badge, inlineList, pageLink, table } from './html-fragments.js';
import { joinMarkup, type HtmlValue, type Markup } from './html-markup.js';

/** Where a link target is from the page being written, or undefined where the view has no such page. */
export type TargetHref = (target: Exclude<LinkTarget, { to: 'address' }>) => string | undefined;

export function tableHtml(model: CatalogTable, hrefOf: TargetHref, options: { id?: string; className?: string; caption?: string } = {}): Markup {
    return table({
        ...options,
        headers: model.headers,
        rows: model.rows.map(row => row.map(cell => cellHtml(cell, hrefOf)))
    });
}

export function cellHtml(cell: TableCell, hrefOf: TargetHref): HtmlValue {
    switch (cell.kind) {
        case 'text':
            return cell.text;
        case 'link':
            // An address is the user's own text: addressLink links it only when it is web or mail.
            return cell.target.to === 'address' ? addressLink(cell.target.address) : pageLink(cell.label, hrefOf(cell.target));
        case 'list':
            return cell.items.length > 0 ? joinMarkup(cell.items.map(item => cellHtml(item, hrefOf)), cell.separator) : inlineList([]);
        case 'badge':
            return badge(cell.tone, cell.label);
    }
}
