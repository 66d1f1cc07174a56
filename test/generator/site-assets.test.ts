import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { catalogHtml } from '../../src/generator/catalog-html.js';
import { CATALOG_VIEWS, viewOf } from '../../src/generator/catalog-views.js';
import { table } from '../../src/generator/html-fragments.js';
import { escapeHtml } from '../../src/generator/html-markup.js';
import { contentSecurityPolicy } from '../../src/generator/html-page.js';
import { catalogOutputs, slaOutputs } from '../../src/generator/output-layout.js';
import { siteAssets } from '../../src/generator/site-assets.js';
import { SITE_SCRIPT } from '../../src/generator/site-client-script.js';
import { SITE_STYLE } from '../../src/generator/site-style.js';
import { DARK, LIGHT, TEXT_ON, type Palette } from '../../src/generator/style-colours.js';
import { loadFixture } from './generator-fixture.js';
import { workspaceFiles } from '../workspace-files.js';

const ACME = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'acme');

/** The file a page's relative href points at, as a path from the site root. */
function resolveFrom(pagePath: string, href: string): string {
    return path.posix.normalize(path.posix.join(path.posix.dirname(pagePath), href));
}

function sha10(text: string): string {
    return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10);
}

describe('shared site assets', () => {
    it('are one stylesheet and one script, named by the hash of their content', () => {
        const paths = siteAssets().files.map(file => file.path);
        expect(paths).toEqual([`assets/svcdef.${sha10(SITE_STYLE)}.css`, `assets/svcdef.${sha10(SITE_SCRIPT)}.js`]);
        expect(siteAssets().files.map(file => file.content)).toEqual([SITE_STYLE, SITE_SCRIPT]);
    });

    it('are linked by hrefs that climb out of the page folder', () => {
        const [css, js] = siteAssets().files.map(file => file.path);
        expect(siteAssets().linksFrom('index.html', true)).toEqual({ stylesheet: css, script: js });
        expect(siteAssets().linksFrom('services/email.html', false)).toEqual({ stylesheet: `../${css}`, script: undefined });
        expect(siteAssets().linksFrom('categories/office/index.html', true)).toEqual({ stylesheet: `../../${css}`, script: `../../${js}` });
    });

    it('admit nothing but the folder tree itself in the page policy', () => {
        expect(contentSecurityPolicy(true)).toBe("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'");
        expect(contentSecurityPolicy(false)).toContain("script-src 'none'");
        expect(contentSecurityPolicy(false)).not.toContain('unsafe');
    });
});

describe.runIf(readdirSync(ACME).length > 0)('the acme site', async () => {
    const { catalog } = await loadFixture(workspaceFiles(ACME));
    const files = catalogOutputs(catalog, { views: [...CATALOG_VIEWS], formats: ['html'], a2: a2Model });
    const pages = files.filter(file => file.path.endsWith('.html'));

    it('carries its style and script as files, never inline', () => {
        expect(pages.length).toBeGreaterThan(30);
        for (const page of pages) {
            expect(page.content, page.path).not.toMatch(/<style[\s>]/);
            expect(page.content, page.path).not.toMatch(/<script(?![^>]*\ssrc=")[^>]*>/);
            expect(page.content, page.path).not.toMatch(/\sstyle="/);
            expect(page.content, page.path).not.toMatch(/\son[a-z]+="/);
        }
    });

    it('links from every page a stylesheet of its own view that exists, and the script only where a page runs it', () => {
        const paths = new Set(files.map(file => file.path));
        const withScript: string[] = [];
        for (const page of pages) {
            const view = page.path.slice(0, page.path.indexOf('/'));
            const inView = page.path.slice(view.length + 1);
            const stylesheets = [...page.content.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map(match => match[1]);
            expect(stylesheets, page.path).toHaveLength(1);
            expect(paths, page.path).toContain(`${view}/${resolveFrom(inView, stylesheets[0])}`);
            const scripts = [...page.content.matchAll(/<script src="([^"]+)"><\/script>/g)].map(match => match[1]);
            const policy = /content="(default-src[^"]+)"/.exec(page.content)?.[1];
            expect(policy, page.path).toBe(escapeHtml(contentSecurityPolicy(scripts.length > 0)));
            for (const script of scripts) {
                expect(paths, page.path).toContain(`${view}/${resolveFrom(inView, script)}`);
                withScript.push(page.path);
            }
        }
        expect(withScript).toEqual(expect.arrayContaining(['customer/index.html', 'support/index.html']));
        expect(withScript.some(page => page.includes('/services/'))).toBe(false);
        expect(files.filter(file => file.path.includes('/assets/')).map(file => file.path.slice(0, file.path.indexOf('/'))))
            .toEqual(['customer', 'customer', 'user', 'user', 'support', 'support']);
    });

    it('leads from a service page back home through a breadcrumb trail', () => {
        const service = pages.find(page => page.path.startsWith('customer/services/'))!;
        const name = /<h1>([^<]+)/.exec(service.content)?.[1].trim();
        const trail = /<nav class="breadcrumbs" aria-label="Breadcrumb">\n<ol>(.*)<\/ol>/.exec(service.content)?.[1];
        expect(trail).toBe(`<li><a href="../index.html">Home</a></li><li><a href="../index.html#services">Services</a></li><li aria-current="page">${name}</li>`);
        const sla = pages.find(page => page.path.startsWith('customer/slas/'))!;
        expect(sla.content).toMatch(/<li><a href="..\/index.html#agreements">Agreements<\/a><\/li><li aria-current="page">[^<]+ \(Service level agreement\)<\/li>/);
        expect(fileContent('customer/index.html')).not.toContain('class="breadcrumbs"');
    });

    it('never says the site name twice in a title', () => {
        for (const page of pages) {
            const title = /<title>([^<]*)<\/title>/.exec(page.content)![1];
            expect(title.split(' · ').length, page.path).toBeLessThanOrEqual(2);
            expect(new Set(title.split(' · ')).size, page.path).toBe(title.split(' · ').length);
        }
    });

    it('gives every data cell of an ordinary table its column header as a label', () => {
        const index = fileContent('support/index.html');
        const serviceList = index.slice(index.indexOf('<table id="service-list"'), index.indexOf('</table>', index.indexOf('id="service-list"')));
        const headers = [...serviceList.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map(match => match[1]);
        const firstRow = serviceList.slice(serviceList.indexOf('<tbody>'));
        const labels = [...firstRow.slice(0, firstRow.indexOf('</tr>')).matchAll(/<td data-label="([^"]*)">/g)].map(match => match[1]);
        expect(labels).toEqual(headers.slice(1));
        expect(serviceList).toMatch(/class="cards/);
    });

    it('names the publisher, shows its logo and the date of the last change when given', () => {
        const site = catalogHtml(viewOf(catalog, 'customer'), {
            a2: a2Model, publisher: { name: 'Acme <IT>', logo: 'assets/logo.svg' }, lastUpdated: '2026-03-01'
        });
        const service = site.find(file => file.path.startsWith('services/'))!.content;
        expect(service).toContain('<p class="site-name"><a href="../index.html"><img class="site-logo" src="../assets/logo.svg" alt="">Acme &lt;IT&gt; service catalog</a></p>');
        expect(service).toMatch(/<title>[^<]+ · Acme &lt;IT&gt; service catalog<\/title>/);
        expect(service).toContain('<p>Last updated 2026-03-01. Generated by svcdef');
        expect(catalogHtml(viewOf(catalog, 'customer'), { a2: a2Model }).find(file => file.path === 'index.html')!.content).not.toContain('Last updated');
    });

    it('gives SLA documents their stylesheet in their own folder', () => {
        const documents = slaOutputs(catalog, { names: [], view: 'customer', formats: ['html', 'md'] }).files;
        const stylesheet = documents.filter(file => file.path.startsWith('assets/'));
        expect(stylesheet.map(file => file.content)).toEqual([SITE_STYLE]);
        for (const document of documents.filter(file => file.path.endsWith('.html'))) {
            expect(document.content).toContain(`<link rel="stylesheet" href="${stylesheet[0].path}">`);
            expect(document.content).not.toMatch(/<style|<script/);
            expect(document.content).not.toContain('(Service level agreement) ·');
        }
        expect(fileIn(documents, 'hr-payroll.html')).toContain('<title>Payroll for People and Culture · Service level agreement</title>');
        expect(slaOutputs(catalog, { names: [], view: 'customer', formats: ['md'] }).files.some(file => file.path.startsWith('assets/'))).toBe(false);
    });

    function fileIn(documents: readonly { path: string; content: string }[], filePath: string): string {
        return documents.find(file => file.path === filePath)!.content;
    }

    function fileContent(filePath: string): string {
        return files.find(file => file.path === filePath)!.content;
    }
});

describe('tables', () => {
    it('label each cell for the card layout, escaping the header', () => {
        const markup = table({ headers: ['Name', 'Price <EUR>'], rows: [['Mail', '5 & up']] }).text;
        expect(markup).toContain('<table class="cards">');
        expect(markup).toContain('<tr><th scope="row">Mail</th><td data-label="Price &lt;EUR&gt;">5 &amp; up</td></tr>');
    });

    it('let a wide matrix scroll in a focusable, named region instead', () => {
        const markup = table({ caption: 'Coverage', headers: ['Process', 'A21'], rows: [['A2', 'x']], scroll: {}, className: 'matrix' }).text;
        expect(markup).toMatch(/^<div class="table-wrap scroll" role="region" aria-label="Coverage" tabindex="0">\n<table class="matrix">/);
    });
});

describe('colours', () => {
    function luminance(hex: string): number {
        const channels = [1, 3, 5].map(offset => parseInt(hex.slice(offset, offset + 2), 16) / 255)
            .map(value => value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
    function contrast(a: string, b: string): number {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (light + 0.05) / (dark + 0.05);
    }

    it.each([['light', LIGHT], ['dark', DARK]] as const)('keep text readable (4.5:1) in the %s scheme', (_, palette: Palette) => {
        for (const [text, backgrounds] of TEXT_ON) {
            for (const background of backgrounds) {
                expect(contrast(palette[text], palette[background]), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
            }
        }
    });

    it('switch to the dark palette with the system preference', () => {
        expect(SITE_STYLE).toContain('color-scheme:light dark');
        expect(SITE_STYLE).toContain(`@media (prefers-color-scheme:dark){:root{--bg:${DARK.bg};--fg:${DARK.fg}`);
    });
});
