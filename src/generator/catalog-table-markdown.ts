/**
 * A table of the format-neutral model (catalog-tables.ts) as a GFM table. catalog.md is a
 * single file with no pages to link to, so a link to a service or an agreement is its name;
 * an address stays a link where it is a safe one.
 */
import type { CatalogTable, TableCell } from './catalog-tables.js';
import { mdLink, mdTable, mdText } from './markdown-text.js';

/** The table, or `empty` in italics where it has no rows. */
export function tableMarkdown(model: CatalogTable, empty = 'None defined.'): string {
    return model.rows.length === 0 ? `_${empty}_` : mdTable(model.headers, model.rows.map(row => row.map(cellMarkdown)));
}

export function cellMarkdown(cell: TableCell): string {
    switch (cell.kind) {
        case 'text':
            return mdText(cell.text);
        case 'link':
            return cell.target.to === 'address' ? mdLink(cell.target.address, cell.target.address) : mdText(cell.label);
        case 'list':
            return cell.items.map(cellMarkdown).join(cell.separator);
        case 'badge':
            return mdText(cell.label);
    }
}
