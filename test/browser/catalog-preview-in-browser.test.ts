import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogHtmlFiles } from '../../src/generator/catalog-html.js';
import type { A2ReferenceModel } from '../../src/a2/a2-reference-model.js';
import { buildCatalog, catalogSourcesOf } from '../../src/generator/catalog-model.js';
import { viewOf, type CatalogView } from '../../src/generator/catalog-views.js';
import { previewPage } from '../../src/extension/preview-page.js';
import { CatalogPreviewRequests } from '../../src/language-server/catalog-preview-requests.js';
import { CatalogViewCache } from '../../src/language-server/catalog-view-cache.js';
import { pageOfSite } from '../../src/language-server/preview-site.js';
import type { SearchIndexPieceParams } from '../../src/protocol/svcdef-requests.js';
import { folderWorkspace } from '../language-server/folder-workspace.js';
import { ROOT } from '../cli/built-cli.js';
import { launchChromium, NO_CHROMIUM, openPage, watchPage } from './headless-chromium.js';

/**
 * The extension's catalog preview page as the webview shows it, in headless Chromium (the
 * engine VS Code's webviews run on): it follows the editor theme's body class whatever the
 * system's scheme, fits a side-by-side column, loads nothing and hands clicks to the extension.
 */
const NONCE = 'cHJldmlldy1pbi1icm93c2VyLW5vbmNl';
/** A preview beside an editor on a 1280-px window. */
const COLUMN_WIDTH = 420;
const WEBVIEW = 'https://svcdef-preview.invalid/index.html';

describe.skipIf(NO_CHROMIUM)('the catalog preview page in a browser', { timeout: 120_000 }, () => {
    let browser: Browser;
    let view: CatalogView;
    let a2: A2ReferenceModel;
    /** The language server's answers to the preview's requests. */
    let server: CatalogPreviewRequests;
    /** The support view's site as `svcdef generate catalog` writes it. */
    let published: string;

    beforeAll(async () => {
        const { workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        view = viewOf(await workspace.readModels(models => buildCatalog(models, catalogSourcesOf(services))), 'support');
        a2 = services.a2.Model;
        server = new CatalogPreviewRequests(new CatalogViewCache(workspace, services), services);
        published = await mkdtemp(path.join(tmpdir(), 'svcdef-preview-search-'));
        for (const file of catalogHtmlFiles(view, { a2 })) {
            await mkdir(path.dirname(path.join(published, file.path)), { recursive: true });
            await writeFile(path.join(published, file.path), file.content);
        }
        browser = await launchChromium();
    }, 120_000);

    afterAll(async () => {
        await browser?.close();
        if (published) await rm(published, { recursive: true, force: true });
    });

    /** The preview of a page, opened as a webview would, with VS Code's API recording what the page posts. */
    async function open(pagePath: string, systemScheme: 'light' | 'dark') {
        const page = pageOfSite(catalogHtmlFiles(view, { a2 }), pagePath)!;
        const content = previewPage(page.content, {
            nonce: NONCE, view: 'support', pagePath, scroll: 'top', canGoBack: true, hasSource: true, asset: asset => page.assets.get(asset)
        });
        const context = await browser.newContext({ viewport: { width: COLUMN_WIDTH, height: 800 }, colorScheme: systemScheme });
        const tab = await context.newPage();
        const problems: string[] = [];
        watchPage(tab, problems, () => pagePath, url => url === WEBVIEW);
        // The extension's part of a search: the page's request goes to the server, its answer back to the page.
        await tab.exposeFunction('askServer', (params: SearchIndexPieceParams) => server.searchIndexPiece(params));
        await tab.addInitScript(`window.posted = [];
            window.acquireVsCodeApi = () => ({ postMessage: message => {
                window.posted.push(message);
                if (message.type !== 'searchIndex') return;
                window.askServer({ view: message.view, kind: message.kind, key: message.key }).then(data => window.postMessage(data === null
                    ? { type: 'searchIndex', id: message.id, found: false, error: 'no such piece' }
                    : { type: 'searchIndex', id: message.id, found: true, data }, '*'));
            } });`);
        // Served from an origin of its own, like a webview's: the page is navigated to, so VS Code's API is in place before it runs.
        await tab.route(WEBVIEW, route => route.fulfill({ contentType: 'text/html; charset=utf-8', body: content }));
        await tab.goto(WEBVIEW);
        return { tab, problems };
    }

    /** Runs an expression in the page (the project compiles without DOM typings). */
    const inPage = <T>(tab: Page, expression: string) => tab.evaluate(expression) as Promise<T>;
    const background = (tab: Page) => inPage<string>(tab, 'getComputedStyle(document.body).backgroundColor');
    /** What VS Code does when the webview loads, for the editor's theme. */
    const setTheme = (tab: Page, kind: string) => inPage<void>(tab, `document.body.classList.add(${JSON.stringify(kind)})`);
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((sum, channel) => sum + channel, 0) / 3;

    it('is dark in a dark editor theme on a light system, and light in a light theme on a dark system', async () => {
        const dark = await open('index.html', 'light');
        await setTheme(dark.tab, 'vscode-dark');
        expect(luminance(await background(dark.tab))).toBeLessThan(60);
        const light = await open('index.html', 'dark');
        await setTheme(light.tab, 'vscode-light');
        expect(luminance(await background(light.tab))).toBeGreaterThan(200);
        const highContrast = await open('index.html', 'light');
        await setTheme(highContrast.tab, 'vscode-high-contrast');
        expect(luminance(await background(highContrast.tab))).toBeLessThan(60);
        expect([...dark.problems, ...light.problems, ...highContrast.problems]).toEqual([]);
    });

    it('fits a side-by-side column with no horizontal scroll, the page styled and its script run', async () => {
        for (const pagePath of ['index.html', 'services/network.html', 'slas/finance-erp.html', 'olas/network-operations.html', 'coverage.html']) {
            const { tab, problems } = await open(pagePath, 'light');
            await setTheme(tab, 'vscode-light');
            const widths = await inPage<{ scroll: number; client: number }>(tab, '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
            expect(widths.scroll, pagePath).toBeLessThanOrEqual(widths.client);
            // The site stylesheet applies: the skip link is moved off screen.
            expect(await inPage<string>(tab, "getComputedStyle(document.querySelector('.skip-link')).position"), pagePath).toBe('absolute');
            expect(problems, pagePath).toEqual([]);
            await tab.context().close();
        }
        const { tab } = await open('index.html', 'light');
        // The site script revealed the filters, which stay hidden without it.
        expect(await tab.locator('#filters').isVisible()).toBe(true);
    });

    /** The search box's answer as the reader sees it: the status line, and each result's title, link, kind and detail. */
    const searchResults = (tab: Page) => inPage<string[]>(tab, `[document.getElementById('search-status').textContent,
        ...Array.from(document.querySelectorAll('#search-list li'), item => [item.querySelector('a').getAttribute('href'), item.textContent].join(' | '))]`);

    it('answers a search with the results the published page gives, from the index the server holds, and hands a result to the extension', async () => {
        const problems: string[] = [];
        const site = await openPage(browser, published, 'index.html', problems);
        const { tab, problems: previewProblems } = await open('index.html', 'light');
        // Words of titles, a category and a description, a typo, a prefix, and nothing.
        for (const query of ['email', 'infrastructure back', 'netwrok', 'ba', 'qqqqxz']) {
            await site.fill('#search-input', query);
            await expect.poll(() => inPage<string>(site, `document.getElementById('search-status').textContent`), { message: query }).not.toBe('');
            await expect.poll(() => searchResults(site), { message: query }).not.toEqual(expect.arrayContaining([expect.stringMatching(/could not be loaded/)]));
            const expected = await searchResults(site);
            await tab.fill('#search-input', query);
            await expect.poll(() => searchResults(tab), { message: query }).toEqual(expected);
            // Cleared between queries, so the next one's answer is not taken for this one's.
            await site.fill('#search-input', '');
            await tab.fill('#search-input', '');
        }
        await tab.fill('#search-input', 'email');
        await expect.poll(() => tab.locator('#search-list a', { hasText: 'Corporate Email' }).count()).toBe(1);
        await tab.locator('#search-list a', { hasText: 'Corporate Email' }).click();
        const posted = await inPage<{ type: string; href?: string; view?: string }[]>(tab, 'window.posted');
        expect(posted.filter(message => message.type === 'searchIndex').every(message => message.view === 'support')).toBe(true);
        expect(posted.at(-1)).toEqual({ type: 'link', href: 'services/email.html' });
        expect([...problems, ...previewProblems]).toEqual([]);
    });

    it('hands link clicks and the bar\'s buttons to the extension', async () => {
        const { tab, problems } = await open('services/network.html', 'light');
        await tab.locator('main a[href$=".html"]').first().click();
        await tab.click('#svcdef-preview-back');
        await tab.click('#svcdef-preview-source');
        await tab.click('#svcdef-preview-browser');
        await tab.selectOption('#svcdef-preview-view', 'user');
        const posted = await inPage<{ type: string; href?: string }[]>(tab, 'window.posted');
        expect(posted.map(message => message.type)).toEqual(['link', 'back', 'goToSource', 'openInBrowser', 'view']);
        expect(posted[0].href).toMatch(/\.html/);
        expect(problems).toEqual([]);
    });
});
