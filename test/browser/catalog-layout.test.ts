import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { agreementRunningHeader } from '../../src/generator/agreement-running-header.js';
import type { CommitmentChange } from '../../src/diff/commitment-change.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { catalogOutputs, slaOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from '../generator/generator-fixture.js';
import { ROOT } from '../cli/built-cli.js';
import { workspaceFiles } from '../workspace-files.js';
import { launchChromium, NO_CHROMIUM, newSiteTab, openPage, type SiteTab } from './headless-chromium.js';
import { pdfPages } from './pdf-text.js';

/**
 * How the published pages lay out in headless Chromium (Debian's package), opened from the
 * file system: on a 390-px phone no page of any kind scrolls sideways, the coverage page
 * fits 1280 px, the shared stylesheet applies (dark too), and an SLA document prints with
 * margins, a running header and page numbers.
 */
/** The browser globals the page functions below use: the project compiles without the DOM library. */
declare const document: { readonly documentElement: { readonly scrollWidth: number }; readonly body: unknown; querySelector(selector: string): unknown };
declare function getComputedStyle(element: unknown, pseudoElement?: string): {
    readonly display: string; readonly content: string; readonly backgroundColor: string; readonly color: string; readonly maxWidth: string;
};
const ACME = path.join(ROOT, 'examples', 'acme');

/** A change for each page kind's worst case: long names and aspects that must wrap on a phone. */
function changesOf(catalog: Catalog): CommitmentChange[] {
    const location = { side: 'head' as const, file: 'services/a-rather-long-folder-name/and-a-long-file-name.svcdef', line: 12 };
    return [
        { effect: 'weaker', kind: 'changed', element: { kind: 'sla', name: catalog.slas[0].name }, aspect: 'target availability per calendar month for every service of the agreement', before: '99.9%', after: '99.5%', location },
        { effect: 'neutral', kind: 'changed', element: { kind: 'service', name: catalog.services[0].name }, aspect: 'description', before: 'https://intranet.example.com/a/very/long/address/without/any/break/opportunities', after: 'b', location }
    ];
}

function write(folder: string, files: readonly GeneratedFile[]): void {
    for (const file of files) {
        mkdirSync(path.dirname(path.join(folder, file.path)), { recursive: true });
        writeFileSync(path.join(folder, file.path), file.content);
    }
}

describe.skipIf(NO_CHROMIUM)('the layout of the published catalog', { timeout: 180_000 }, () => {
    let out: string;
    let catalog: Catalog;
    let browser: Browser;
    const pages: string[] = [];
    const problems: string[] = [];

    beforeAll(async () => {
        ({ catalog } = await loadFixture(workspaceFiles(ACME)));
        out = mkdtempSync(path.join(tmpdir(), 'svcdef-layout-'));
        const changes = { ref: 'v1', changes: changesOf(catalog), technicalServices: new Set<string>() };
        const site = catalogOutputs(catalog, { views: ['customer', 'support'], formats: ['html'], a2: a2Model, changes });
        write(path.join(out, 'catalog'), site);
        for (const view of ['customer', 'support'] as const) {
            const documents = slaOutputs(catalog, { names: [], view, formats: ['html'] }).files;
            write(path.join(out, `sla-${view}`), documents);
            pages.push(...documents.filter(file => file.path.endsWith('.html')).map(file => `sla-${view}/${file.path}`));
        }
        pages.push(...site.filter(file => file.path.endsWith('.html')).map(file => `catalog/${file.path}`));
        browser = await launchChromium();
    }, 120_000);

    afterAll(async () => {
        await browser?.close();
        if (out) rmSync(out, { recursive: true, force: true });
    });

    /** Every tab is as high as the 390 × 844 phone the layout is checked on; only its width varies. */
    const newPage = (width: number): Promise<SiteTab> => newSiteTab(browser, out, problems, { width, height: 844 });
    const open = (relative: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> =>
        openPage(browser, out, relative, problems, { width, height: 844, colorScheme });

    const widthOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

    it('covers every page kind', () => {
        for (const kind of ['catalog/customer/index.html', 'catalog/customer/services/', 'catalog/customer/slas/', 'catalog/support/olas/',
            'catalog/support/ucs/', 'catalog/support/coverage.html', 'catalog/customer/changes.html', 'catalog/support/changes.html', 'sla-customer/', 'sla-support/']) {
            expect(pages.some(page => page.startsWith(kind)), kind).toBe(true);
        }
    });

    it('never scrolls sideways on a 390-px phone, on any page', async () => {
        const tooWide: string[] = [];
        const page = await newPage(390);
        for (const relative of pages) {
            await page.visit(relative);
            const width = await widthOf(page);
            if (width > 390) tooWide.push(`${relative}: ${width}px`);
        }
        await page.close();
        expect(tooWide).toEqual([]);
        expect(problems).toEqual([]);
    });

    it('shows ordinary tables as labelled cards on a phone', async () => {
        const page = await open('catalog/customer/index.html', 390);
        const cell = page.locator('#service-list tbody tr').first().locator('td').first();
        expect(await cell.evaluate(element => getComputedStyle(element).display)).toBe('block');
        const label = await cell.evaluate(element => getComputedStyle(element, '::before').content);
        expect(label).toBe(JSON.stringify(await cell.getAttribute('data-label')));
        expect(await page.locator('#service-list thead').evaluate(element => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
        await page.close();
    });

    it('fits the coverage page into 1280 px', async () => {
        const page = await open('catalog/support/coverage.html', 1280);
        expect(await widthOf(page)).toBeLessThanOrEqual(1280);
        await page.close();
    });

    it('applies the shared stylesheet, and its dark colours when the system asks for them', async () => {
        const light = await open('catalog/customer/services/email.html', 1280);
        const style = (page: Page) => page.evaluate(() => ({
            background: getComputedStyle(document.body).backgroundColor,
            colour: getComputedStyle(document.body).color,
            headerWidth: getComputedStyle(document.querySelector('.site-header')!).maxWidth
        }));
        const lightStyle = await style(light);
        expect(lightStyle).toEqual({ background: 'rgb(255, 255, 255)', colour: 'rgb(27, 33, 41)', headerWidth: '1184px' });
        const dark = await open('catalog/customer/services/email.html', 1280, 'dark');
        const darkStyle = await style(dark);
        const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0) / 3;
        expect(luminance(darkStyle.background)).toBeLessThan(40);
        expect(luminance(darkStyle.colour)).toBeGreaterThan(200);
        await light.close();
        await dark.close();
    });

    it('leads back home through breadcrumbs', async () => {
        const page = await open('catalog/customer/services/email.html', 390);
        const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
        expect(await trail.getByRole('link').allTextContents()).toEqual(['Home', 'Services']);
        expect(await trail.locator('[aria-current="page"]').textContent()).toBe(await page.locator('h1').evaluate(element => element.firstChild?.textContent?.trim()));
        await trail.getByRole('link', { name: 'Services' }).click();
        expect(page.url()).toMatch(/\/catalog\/customer\/index\.html#services$/);
        await page.close();
    });

    it('prints an SLA document and an agreement page with margins, the agreement at the top and "Page N of M" at the foot of every page', async () => {
        const sla = catalog.slas.find(entry => entry.name.endsWith('FinanceErp'))!;
        const header = agreementRunningHeader(sla);
        expect(header).toBe('ERP for Group Finance — Business Solutions Center · SLA FinanceErp v3.0');
        // The top margin (18 mm) holds the header; the body starts below it.
        const topMargin = 18 / 25.4 * 72;
        // The same agreement as `generate sla` writes it and as the catalog publishes it.
        for (const document of ['sla-support/finance-erp.html', 'catalog/customer/slas/finance-erp.html']) {
            expect(pages).toContain(document);
            const page = await open(document, 1280);
            await page.emulateMedia({ media: 'print' });
            expect(await page.locator('.site-nav').count() === 0 || !(await page.locator('.site-nav').isVisible())).toBe(true);
            const sheets = pdfPages(await page.pdf({ preferCSSPageSize: true }));
            const siteName = (await page.locator('.site-name').textContent())?.trim();
            await page.close();
            expect(sheets.length, document).toBeGreaterThan(1);
            sheets.forEach((sheet, index) => {
                const where = `${document}, page ${index + 1}`;
                const texts = sheet.lines.map(line => line.text);
                expect(texts.filter(text => text === header), where).toHaveLength(1);
                expect(texts.filter(text => text.startsWith('Page ')), where).toEqual([`Page ${index + 1} of ${sheets.length}`]);
                // The header is the topmost line, wholly inside the top margin and clear of the
                // first body line: its descenders (about a quarter of its size) end above the
                // tallest glyph of the line below.
                const [top, next] = sheet.lines;
                expect(top.text, where).toBe(header);
                expect(top.baseline + top.size / 4, where).toBeLessThan(topMargin);
                expect(top.baseline + top.size / 4, where).toBeLessThan(next.baseline - next.size);
            });
            // On the first page, the body's first line (the site's name) follows the header: nothing is hidden under it.
            expect(sheets[0].lines[1].text, document).toBe(siteName);
        }
        expect(problems).toEqual([]);
    });
});
