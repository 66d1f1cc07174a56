import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { loadFixture } from './generator-fixture.js';
import { allCatalogFiles, coverageFiles, fileNamed, slaFiles } from './generated-outputs.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element of a parsed document, in document order, as a browser would build it. */
function elements(node: Node): Element[] {
    const found: Element[] = [];
    const visit = (current: Node) => {
        if ('tagName' in current) {
            found.push(current);
        }
        const children = 'childNodes' in current ? current.childNodes : [];
        for (const child of children) {
            visit(child);
        }
        if ('content' in current && current.content) {
            visit(current.content as Node);
        }
    };
    visit(node);
    return found;
}

function attribute(element: Element, name: string): string | undefined {
    return element.attrs.find(attr => attr.name === name)?.value;
}

function text(node: Node): string {
    if (node.nodeName === '#text') {
        return (node as DefaultTreeAdapterMap['textNode']).value;
    }
    return ('childNodes' in node ? node.childNodes : []).map(text).join('');
}

describe('generated HTML', () => {
    let files: GeneratedFile[];
    let assets: GeneratedFile[];
    beforeAll(async () => {
        const { catalog } = await loadFixture();
        const everything = [...allCatalogFiles(catalog), ...slaFiles(catalog, 'customer'), ...slaFiles(catalog, 'support'), ...coverageFiles(catalog)];
        files = everything.filter(file => file.path.endsWith('.html'));
        assets = everything.filter(file => /\/?assets\//.test(file.path));
    });

    it('parses to exactly the elements the generator wrote: one stylesheet, at most one script, no user markup', () => {
        for (const file of files) {
            const all = elements(parse(file.content));
            const names = all.map(element => element.tagName);
            expect(names.filter(name => name === 'style'), file.path).toEqual([]);
            expect(names.filter(name => name === 'link'), file.path).toHaveLength(1);
            expect(names.filter(name => name === 'script').length, file.path).toBeLessThanOrEqual(1);
            expect(names.filter(name => name === 'b' || name === 'img' || name === 'iframe'), file.path).toEqual([]);
            for (const element of all) {
                for (const attr of element.attrs) {
                    expect(attr.name.startsWith('on'), `${file.path}: ${element.tagName}[${attr.name}]`).toBe(false);
                }
            }
        }
    });

    it('loads nothing from anywhere: no external resources, and a policy that forbids them', () => {
        for (const file of files) {
            const all = elements(parse(file.content));
            // The only things a page loads are the shared stylesheet and script of its own folder tree.
            const sharedAsset = /^(\.\.\/)*assets\/svcdef\.[0-9a-f]{10}\.(css|js)$/;
            for (const element of all) {
                const source = attribute(element, 'src');
                if (element.tagName === 'script' && source !== undefined) {
                    expect(source, file.path).toMatch(sharedAsset);
                    expect(text(element), file.path).toBe('');
                } else {
                    expect(source, `${file.path}: ${element.tagName}[src]`).toBeUndefined();
                }
                if (element.tagName === 'link') {
                    expect(attribute(element, 'rel'), file.path).toBe('stylesheet');
                    expect(attribute(element, 'href'), file.path).toMatch(sharedAsset);
                }
                expect(element.tagName, file.path).not.toMatch(/^(img|iframe|object|embed|base|video|audio|source|style)$/);
            }
            for (const asset of assets.filter(candidate => candidate.path.endsWith('.css'))) {
                expect(asset.content, asset.path).not.toMatch(/url\(|@import|@font-face/);
            }
            const policy = attribute(all.find(element => element.tagName === 'meta' && attribute(element, 'http-equiv') === 'Content-Security-Policy')!, 'content')!;
            expect(policy).toContain("default-src 'none'");
            expect(policy).toContain("style-src 'self';");
            expect(policy).not.toContain('unsafe');
            const script = all.find(element => element.tagName === 'script');
            expect(policy).toContain(script ? "script-src 'self';" : "script-src 'none';");
            for (const anchor of all.filter(element => element.tagName === 'a')) {
                const href = attribute(anchor, 'href')!;
                // Links are either to generated pages (relative, no scheme) or to web and mail addresses.
                expect(href, file.path).toMatch(/^(https?:\/\/|mailto:|#|(\.\.\/)*[a-z0-9-]+(\/[a-z0-9-]+)*\.html(#[a-z-]+)?$)/);
            }
        }
    });

    it('links only to pages that exist', () => {
        const paths = new Set(files.map(file => file.path));
        for (const file of files.filter(candidate => /^(customer|user|support)\//.test(candidate.path))) {
            for (const anchor of elements(parse(file.content)).filter(element => element.tagName === 'a')) {
                const href = attribute(anchor, 'href')!;
                if (/^(https?:|mailto:|#)/.test(href)) continue;
                const target = new URL(href, `file:///${file.path}`).pathname.slice(1);
                expect(paths.has(target), `${file.path} -> ${href}`).toBe(true);
            }
        }
    });

    it('has a language, landmarks, a skip link and headings that never skip a level', () => {
        for (const file of files) {
            const all = elements(parse(file.content));
            expect(attribute(all.find(element => element.tagName === 'html')!, 'lang'), file.path).toBe('en');
            for (const landmark of ['header', 'main', 'footer']) {
                expect(all.filter(element => element.tagName === landmark), `${file.path} ${landmark}`).toHaveLength(1);
            }
            const main = all.find(element => element.tagName === 'main')!;
            expect(attribute(main, 'id')).toBe('main');
            expect(all.some(element => element.tagName === 'a' && attribute(element, 'href') === '#main')).toBe(true);
            const levels = all.filter(element => /^h[1-6]$/.test(element.tagName)).map(element => Number(element.tagName[1]));
            expect(levels[0], file.path).toBe(1);
            expect(levels.filter(level => level === 1), file.path).toHaveLength(1);
            for (let index = 1; index < levels.length; index++) {
                expect(levels[index] - levels[index - 1], `${file.path}: h${levels[index - 1]} then h${levels[index]}`).toBeLessThanOrEqual(1);
            }
            const title = all.find(element => element.tagName === 'title')!;
            expect(text(title).trim().length, file.path).toBeGreaterThan(0);
        }
    });

    it('scopes every table header', () => {
        for (const file of files) {
            for (const header of elements(parse(file.content)).filter(element => element.tagName === 'th')) {
                expect(['col', 'row'], file.path).toContain(attribute(header, 'scope'));
            }
        }
    });

    it('gives the index a labelled filter form that is hidden until its script runs', () => {
        for (const view of ['customer', 'user', 'support']) {
            const all = elements(parse(fileNamed(files, `${view}/index.html`)));
            const form = all.find(element => element.tagName === 'form')!;
            expect(attribute(form, 'hidden'), view).toBe('');
            const selects = all.filter(element => element.tagName === 'select');
            expect(selects.map(select => attribute(select, 'id'))).toEqual(['filter-status', 'filter-category', 'filter-customer', 'filter-sort']);
            for (const select of selects) {
                const label = all.find(element => element.tagName === 'label' && attribute(element, 'for') === attribute(select, 'id'));
                expect(label && text(label).trim().length, `${view}: label for ${attribute(select, 'id')}`).toBeTruthy();
            }
            const status = all.find(element => attribute(element, 'id') === 'filter-count')!;
            expect(attribute(status, 'role')).toBe('status');
            // Without the script every service row is visible.
            const rows = all.filter(element => element.tagName === 'tr' && attribute(element, 'data-status') !== undefined);
            expect(rows).toHaveLength(6);
            expect(rows.every(row => attribute(row, 'hidden') === undefined)).toBe(true);
            const email = rows.find(row => text(row).includes('Corporate Email'))!;
            expect(attribute(email, 'data-customers')).toBe('acme.org.Finance acme.org.Sales');
            expect(attribute(rows.find(row => text(row).includes('alert(\'chat\')'))!, 'data-category'))
                .toBe('Collab </style><script>alert(1)</script>');
        }
    });

    it('has a print stylesheet that hides navigation and filters and keeps the draft mark', () => {
        const stylesheet = attribute(elements(parse(fileNamed(files, 'customer/index.html'))).find(element => element.tagName === 'link')!, 'href')!;
        const css = fileNamed(assets, `customer/${stylesheet}`);
        const print = css.slice(css.indexOf('@media print'));
        expect(print).toMatch(/\.site-nav,\.filters/);
        expect(print).toMatch(/\.draft-mark\{position:fixed/);
    });
});
