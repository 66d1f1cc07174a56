import MarkdownIt from 'markdown-it';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { agreementsTable, viewTables, type CatalogTable, type TableCell } from '../../src/generator/catalog-tables.js';
import { CATALOG_VIEWS, viewOf } from '../../src/generator/catalog-views.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { FIXTURE_FILES, loadFixture } from './generator-fixture.js';
import { allCatalogFiles, fileNamed } from './generated-outputs.js';
import { attribute, elements, text, type Element } from './html-elements.js';

/** A table as a reader sees it: header texts, then each row's cell texts, an empty cell shown as a dash. */
interface SeenTable {
    readonly headers: string[];
    readonly rows: string[][];
}

function tablesIn(document: string): SeenTable[] {
    return elements(parse(document), 'table').map(table => {
        const cellsOf = (row: Element) => row.childNodes.filter((cell): cell is Element => 'tagName' in cell && /^t[hd]$/.test(cell.tagName))
            .map(cell => text(cell).trim() || '—');
        const [header, ...rows] = elements(table, 'tr');
        return { headers: cellsOf(header!), rows: rows.map(cellsOf) };
    });
}

/** What a model cell must read as in either format. */
function expectedText(cell: TableCell): string {
    switch (cell.kind) {
        case 'text': return cell.text;
        case 'link': return cell.label;
        case 'badge': return cell.label;
        case 'list': return cell.items.map(expectedText).join(cell.separator);
    }
}

function expectedTable(model: CatalogTable): SeenTable {
    return { headers: [...model.headers], rows: model.rows.map(row => row.map(cell => expectedText(cell) || '—')) };
}

function modelTables(catalog: Catalog, view: typeof CATALOG_VIEWS[number]): CatalogTable[] {
    const tables = viewTables(viewOf(catalog, view));
    return [...tables.agreements, tables.packages, tables.parties, ...(tables.demand ?? []), tables.bindings]
        .filter((table): table is CatalogTable => table !== undefined);
}

const markdown = new MarkdownIt({ html: false });

describe('the home-page tables, defined once for HTML and Markdown', () => {
    let catalog: Catalog;
    let files: GeneratedFile[];
    beforeAll(async () => {
        ({ catalog } = await loadFixture({
            ...FIXTURE_FILES,
            'peaks.svcdef': `
pattern QuarterEnd "Quarter-end reporting" {
  customer Finance
  drives Email
  peak "audit week, then board week" x2.0
  peak "year end" x4.0
}
`
        }));
        files = allCatalogFiles(catalog);
    });

    it.each(CATALOG_VIEWS)('shows every table of the %s view with the same columns and cells on the site and in catalog.md', view => {
        const site = tablesIn(fileNamed(files, `${view}/index.html`));
        const document = tablesIn(markdown.render(fileNamed(files, `${view}/catalog.md`)));
        const models = modelTables(catalog, view).filter(model => model.rows.length > 0);
        expect(models.length).toBeGreaterThanOrEqual(2);
        for (const model of models) {
            expect(site, model.caption).toContainEqual(expectedTable(model));
            expect(document, model.caption).toContainEqual(expectedTable(model));
        }
    });

    it('shows each view only the tables its audience may see', () => {
        const captions = (view: typeof CATALOG_VIEWS[number]) => modelTables(catalog, view).map(table => table.caption);
        expect(captions('customer')).toEqual(['Service level agreements', 'Service level packages', 'Parties']);
        expect(captions('support')).toEqual([
            'Service level agreements', 'Operational level agreements', 'Underpinning contracts', 'Service level packages',
            'Parties', 'Patterns of business activity', 'Service demand forecasts', 'A2 activity bindings'
        ]);
        expect(fileNamed(files, 'customer/catalog.md')).not.toContain('## Demand');
        expect(fileNamed(files, 'customer/index.html')).not.toContain('id="demand"');
    });

    it('separates values that may hold commas with semicolons, in both formats', () => {
        const peaks = 'audit week, then board week (×2); year end (×4)';
        expect(tablesIn(fileNamed(files, 'support/index.html')).flatMap(table => table.rows.flat())).toContain(peaks);
        expect(fileNamed(files, 'support/catalog.md')).toContain(`| ${peaks} |`);
        expect(fileNamed(files, 'support/catalog.md')).toContain('2027-Q1: 1200 mailboxes; 2027-Q2: 1300 mailboxes');
    });

    it('links a table\'s services and agreements to pages of the same view on the site, and names them in catalog.md', () => {
        for (const view of CATALOG_VIEWS) {
            const index = parse(fileNamed(files, `${view}/index.html`));
            const hrefs = elements(index, 'table').flatMap(table => elements(table, 'a'))
                .map(anchor => attribute(anchor, 'href')!)
                .filter(href => !/^(https?|mailto):/.test(href));
            expect(hrefs.some(href => href.startsWith('slas/'))).toBe(true);
            for (const href of hrefs) {
                expect(files.map(file => file.path), `${view}: ${href}`).toContain(`${view}/${href}`);
            }
        }
        const agreements = fileNamed(files, 'support/catalog.md').split('\n## Agreements\n\n### Service level agreements\n\n')[1]!.split('\n\n')[0]!;
        expect(agreements).toMatch(/^\| Agreement \| Customer \| Services \|/);
        expect(agreements).toContain('| Corporate Email |');
        expect(agreements).not.toMatch(/\]\(/);
    });

    it('links a party\'s contact only when it is a web or mail address', () => {
        const site = fileNamed(files, 'support/index.html');
        expect(site).toContain('<a href="https://sales.acme.example/it" rel="noopener noreferrer">');
        expect(site).not.toContain('href="javascript:');
        expect(site).toContain('javascript:alert(&#39;supplier&#39;)');
        const document = fileNamed(files, 'support/catalog.md');
        expect(document).toContain('[https://sales.acme.example/it](<https://sales.acme.example/it>)');
        expect(document).not.toContain('](<javascript:');
    });

    it('names the party column by the kind of agreement', () => {
        const [sla, ola, uc] = [catalog.slas, catalog.olas, catalog.ucs];
        expect(agreementsTable('sla', sla).headers[1]).toBe('Customer');
        expect(agreementsTable('ola', ola).headers[1]).toBe('Unit');
        expect(agreementsTable('uc', uc).headers[1]).toBe('Supplier');
        expect(agreementsTable('sla', sla).rows[0]![3]).toMatchObject({ kind: 'badge' });
    });
});
