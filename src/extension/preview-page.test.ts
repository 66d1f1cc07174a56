import { describe, expect, it } from 'vitest';
import { a2Model } from '../a2/a2-reference-model.js';
import { catalogHtml } from '../generator/catalog-html.js';
import { viewOf } from '../generator/catalog-views.js';
import type { Catalog } from '../generator/catalog-model.js';
import { previewPage, webviewPolicy } from './preview-page.js';

const NONCE = 'c2VjcmV0LW5vbmNlLTEyMzQ1';

const EMPTY: Catalog = {
    services: [], calendars: [], priorities: [], slas: [], olas: [], ucs: [], providers: [], customers: [], units: [], suppliers: [],
    patterns: [], forecasts: [], packages: [], bindings: []
};

function catalogWith(title: string): Catalog {
    return {
        ...EMPTY,
        services: [{
            id: 'Email', name: 'Email', title, status: 'live', kind: 'business', tags: [], dependencies: [], offerings: [], internal: [],
            slas: [], customers: [], packages: []
        }]
    };
}

function indexPage(catalog: Catalog): string {
    return catalogHtml(viewOf(catalog, 'customer'), { a2: a2Model }).find(file => file.path === 'index.html')!.content;
}

describe('the preview page', () => {
    it('replaces the page policy with one where only this render\'s nonce may style or script', () => {
        const page = previewPage(indexPage(catalogWith('Corporate Email')), { nonce: NONCE, view: 'customer', pagePath: 'index.html', scroll: 'top' });
        const policies = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map(match => match[1]);
        expect(policies).toEqual([webviewPolicy(NONCE)]);
        expect(policies[0]).toContain("default-src 'none'");
        expect(policies[0]).toContain(`script-src 'nonce-${NONCE}'`);
        expect(policies[0]).not.toMatch(/unsafe|https?:|\*/);
        const scripts = [...page.matchAll(/<script([^>]*)>/g)].map(match => match[1]);
        expect(scripts.length).toBeGreaterThanOrEqual(2);
        expect(scripts.every(attributes => attributes === ` nonce="${NONCE}"`)).toBe(true);
        const styles = [...page.matchAll(/<style([^>]*)>/g)].map(match => match[1]);
        expect(styles.every(attributes => attributes === ` nonce="${NONCE}"`)).toBe(true);
        expect(page).toContain('Corporate Email');
    });

    it('never lets catalog text become markup or script', () => {
        const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
        const page = previewPage(indexPage(catalogWith(hostile)), { nonce: NONCE, view: 'customer', pagePath: 'index.html', scroll: { fragment: '</script><b>' } });
        expect(page).not.toContain('<script>alert(1)');
        expect(page).not.toContain('<img');
        expect(page).toContain('&lt;/script&gt;');
        // The fragment reaches the bridge script as a string literal that cannot close the script.
        expect(page).not.toContain('</script><b>');
        expect([...page.matchAll(/<script/g)].length).toBe([...page.matchAll(/<\/script>/g)].length);
    });

    it('offers the three views, with the current one selected, and shows the page path', () => {
        const page = previewPage(indexPage(EMPTY), { nonce: NONCE, view: 'support', pagePath: 'services/email.html', scroll: 'keep', status: '3 .svcdef files' });
        expect(page).toMatch(/<option value="customer">Customer view<\/option><option value="user">User view<\/option><option value="support" selected>Support view<\/option>/);
        expect(page).toContain('<code class="svcdef-preview-page">services/email.html</code>');
        expect(page).toContain('3 .svcdef files');
    });

    it('refuses a weak nonce and a page that is not a generated page', () => {
        expect(() => previewPage(indexPage(EMPTY), { nonce: 'short', view: 'customer', pagePath: 'index.html', scroll: 'top' })).toThrow(/nonce/);
        expect(() => previewPage('<html><body>hi</body></html>', { nonce: NONCE, view: 'customer', pagePath: 'x.html', scroll: 'top' })).toThrow(/page shell/);
    });
});
