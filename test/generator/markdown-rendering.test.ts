import MarkdownIt from 'markdown-it';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { loadFixture } from './generator-fixture.js';
import { allCatalogFiles, coverageFiles, fileNamed, slaFiles } from './generated-outputs.js';
import { attribute, elements, text } from './html-elements.js';

/**
 * Renders the generated Markdown the way GitHub does (CommonMark with GFM tables, raw HTML
 * allowed, bare URLs linked) and checks the result as a browser would see it.
 */
describe('generated Markdown, rendered', () => {
    const renderer = new MarkdownIt({ html: true, linkify: true });
    let files: GeneratedFile[];
    beforeAll(async () => {
        const { catalog } = await loadFixture();
        files = [...allCatalogFiles(catalog), ...slaFiles(catalog, 'customer'), ...slaFiles(catalog, 'support'), ...coverageFiles(catalog)]
            .filter(file => file.path.endsWith('.md'));
    });

    const rendered = (file: GeneratedFile | string) => elements(parse(renderer.render(typeof file === 'string' ? file : file.content)));

    it('produces no element from user text', () => {
        expect(files.length).toBeGreaterThan(8);
        const allowed = new Set(['html', 'head', 'body', 'h1', 'h2', 'h3', 'h4', 'h5', 'p', 'ul', 'li', 'strong', 'em', 'code', 'a',
            'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote']);
        for (const file of files) {
            for (const element of rendered(file)) {
                expect(allowed.has(element.tagName), `${file.path}: <${element.tagName}>`).toBe(true);
            }
        }
    });

    it('renders every table row with exactly the columns of its header', () => {
        for (const file of files) {
            for (const table of rendered(file).filter(element => element.tagName === 'table')) {
                const rows = elements(table).filter(element => element.tagName === 'tr');
                const width = elements(rows[0]).filter(element => element.tagName === 'th').length;
                for (const row of rows.slice(1)) {
                    expect(elements(row).filter(element => element.tagName === 'td').length, `${file.path}: ${text(row)}`).toBe(width);
                }
            }
        }
    });

    it('shows hostile values as the text that was written', () => {
        const page = rendered(fileNamed(files, 'support/catalog.md'));
        const headings = page.filter(element => element.tagName === 'h3').map(text);
        expect(headings).toContain("<script>alert('chat')</script>");
        expect(headings).toContain('../../../etc/passwd');
        const cells = page.filter(element => element.tagName === 'td').map(text);
        expect(cells).toContain('50 GB | archive *on*');
        expect(cells).toContain('Collab </style><script>alert(1)</script>');
        const paragraphs = page.filter(element => element.tagName === 'p').map(text);
        expect(paragraphs).toContain('Mailboxes, calendars and shared folders for every employee.\nPipes | stars * underscores _ and <tags> must survive as text.');
    });

    it('links only web and mail addresses', () => {
        for (const file of files) {
            for (const anchor of rendered(file).filter(element => element.tagName === 'a')) {
                const href = attribute(anchor, 'href')!;
                expect(href, file.path).toMatch(/^(https?:\/\/|mailto:|coverage\.md$)/);
            }
        }
        const items = rendered(fileNamed(files, 'customer/catalog.md')).filter(element => element.tagName === 'li').map(text);
        expect(items).toContain('Request it: javascript:alert(document.cookie)');
    });
});
