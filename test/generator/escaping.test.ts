import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedMarkup } from '../../src/generator/html-markup.js';
import { mdLink, mdParagraphs, mdTable, mdText } from '../../src/generator/markdown-text.js';
import { safeHref } from '../../src/generator/safe-links.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { loadFixture } from './generator-fixture.js';
import { allCatalogFiles, coverageFiles, fileNamed, slaFiles } from './generated-outputs.js';
import { SECOND_EDITION_FILES } from './second-edition-fixture.js';

describe('HTML escaping', () => {
    it('escapes text and attribute metacharacters', () => {
        expect(escapeHtml(`<a href="x" onclick='y'>&\`</a>`))
            .toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    });

    it('escapes every interpolated value unless it is markup', () => {
        const user = '<img src=x onerror=alert(1)>';
        expect(html`<p title="${user}">${user}</p>`.text)
            .toBe('<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</p>');
        expect(html`<div>${html`<b>${user}</b>`}</div>`.text).toBe('<div><b>&lt;img src=x onerror=alert(1)&gt;</b></div>');
        expect(html`${[user, trustedMarkup('<br>')]}`.text).toBe('&lt;img src=x onerror=alert(1)&gt;<br>');
    });
});

describe('links', () => {
    it('allows web and mail addresses only', () => {
        expect(safeHref('https://portal.acme.example/email')).toBe('https://portal.acme.example/email');
        expect(safeHref('http://erp.acme.example/x?a=1&b=2')).toBe('http://erp.acme.example/x?a=1&b=2');
        expect(safeHref('mailto:help@acme.example')).toBe('mailto:help@acme.example');
        expect(safeHref('service-desk@acme.example')).toBe('mailto:service-desk@acme.example');
    });

    it.each([
        'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd',
        '//evil.example/x', '../../etc/passwd', '/absolute/path', 'https://', 'mailto:', 'not a url', ''
    ])('refuses %j', value => {
        expect(safeHref(value)).toBeUndefined();
    });
});

describe('Markdown escaping', () => {
    it('escapes inline markup, HTML and table separators', () => {
        expect(mdText('a | b * c _ d <script> [x](javascript:y) `code` ~s~ &amp; #')).toBe(
            'a \\| b \\* c \\_ d \\<script\\> \\[x\\](javascript:y) \\`code\\` \\~s\\~ \\&amp; \\#');
    });

    it('keeps bare addresses in user text from becoming links on GitHub, but not the text of a link', () => {
        expect(mdText('Visit https://evil.example/login, WWW.evil.com or help@evil.example'))
            .toBe('Visit https:\u2060//evil.example/login, WWW\u2060.evil.com or help@\u2060evil.example');
        expect(mdParagraphs('See http://x.example\n\nor www.y.example')).toBe('See http:\u2060//x.example\n\nor www\u2060.y.example');
        // GFM makes no link inside a link, and people copy an address from its text.
        expect(mdLink('desk@acme.example', 'mailto:desk@acme.example')).toBe('[desk@acme.example](<mailto:desk@acme.example>)');
        expect(mdLink('https://evil.example', 'javascript:x')).toBe('https:\u2060//evil.example');
    });

    it('keeps a value on one line', () => {
        expect(mdText('one\ntwo\r\nthree')).toBe('one two three');
    });

    it('escapes block markers at the start of description lines only', () => {
        expect(mdParagraphs('- not a list\n1. not numbered\n# not a heading\n=== not a heading\nplain 1. text'))
            .toBe('\\- not a list\n1\\. not numbered\n\\# not a heading\n\\=== not a heading\nplain 1. text');
        expect(mdParagraphs('4.50 EUR is a price')).toBe('4.50 EUR is a price');
    });

    it('links only safe addresses, and escapes the rest', () => {
        expect(mdLink('Portal', 'https://portal.acme.example/a?q=<x>')).toBe('[Portal](<https://portal.acme.example/a?q=%3Cx%3E>)');
        // Whitespace inside an address is refused rather than guessed at.
        expect(mdLink('Portal', 'https://portal.acme.example/a b')).toBe('Portal');
        expect(mdLink('javascript:alert(1)', 'javascript:alert(1)')).toBe('javascript:alert(1)');
        expect(mdLink('[click](javascript:x)', 'javascript:x')).toBe('\\[click\\](javascript:x)');
    });

    it('builds tables whose cells cannot add columns', () => {
        const table = mdTable(['A', 'B'], [[mdText('x | y'), '']]);
        expect(table.split('\n')[2]).toBe('| x \\| y | — |');
        // Unescaped pipes in a row are exactly the column separators.
        expect(table.split('\n')[2].replace(/\\\|/g, '').split('|').length - 2).toBe(2);
    });
});

describe('hostile values in generated documents', () => {
    let files: GeneratedFile[];
    beforeAll(async () => {
        const { catalog } = await loadFixture();
        files = [...allCatalogFiles(catalog), ...slaFiles(catalog, 'customer'), ...slaFiles(catalog, 'support'), ...coverageFiles(catalog)];
    });

    const htmlFiles = () => files.filter(file => file.path.endsWith('.html'));
    const markdownFiles = () => files.filter(file => file.path.endsWith('.md'));

    it('never emits user markup as HTML', () => {
        expect(htmlFiles().length).toBeGreaterThan(20);
        for (const file of htmlFiles()) {
            expect(file.content, file.path).not.toContain("<script>alert('chat')</script>");
            expect(file.content, file.path).not.toContain('<script>alert(1)</script>');
            expect(file.content, file.path).not.toContain('<b>Division</b>');
            expect(file.content, file.path).not.toContain('<service desk>');
            // No style or script of any kind inside a page: they are the site's own files.
            expect(file.content, file.path).not.toMatch(/<style|<script>/);
        }
    });

    it('shows hostile titles as text', () => {
        const page = fileNamed(files, 'support/services/chat.html');
        expect(page).toContain('<h1>&lt;script&gt;alert(&#39;chat&#39;)&lt;/script&gt; <span class="badge badge-pipeline">In pipeline</span></h1>');
        expect(page).toContain('Collab &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(page).toContain('Chat with &quot;quotes&quot; and &#39;apostrophes&#39;.');
    });

    it('turns a javascript: request link into plain text in every format', () => {
        for (const file of files) {
            expect(file.content, file.path).not.toMatch(/href="\s*javascript:/i);
            expect(file.content, file.path).not.toMatch(/\]\(<?javascript:/i);
            expect(file.content, file.path).not.toMatch(/"(requestHref|supportHref|contactHref)": "javascript:/);
        }
        const page = fileNamed(files, 'user/services/chat.html');
        expect(page).toContain('<dt>Request it</dt><dd>javascript:alert(document.cookie)</dd>');
        expect(fileNamed(files, 'user/catalog.md')).toContain('- **Request it:** javascript:alert(document.cookie)');
        const json = JSON.parse(fileNamed(files, 'user/catalog.json'));
        const chat = json.services.find((service: { name: string }) => service.name === 'acme.it.Chat');
        expect(chat.request).toBe('javascript:alert(document.cookie)');
        expect(chat.requestHref).toBeUndefined();
    });

    it('links safe addresses, with entities escaped in the attribute', () => {
        const page = fileNamed(files, 'customer/services/email.html');
        expect(page).toContain('<a href="https://portal.acme.example/email?team=a&amp;b=c" rel="noopener noreferrer">');
        expect(page).toContain('<a href="mailto:service-desk@acme.example" rel="noopener noreferrer">service-desk@acme.example</a>');
    });

    it('escapes Markdown so hostile values stay text on GitHub', () => {
        const md = fileNamed(files, 'support/catalog.md');
        expect(md).toContain('### \\<script\\>alert(\'chat\')\\</script\\>');
        expect(md).toContain('Pipes \\| stars \\* underscores \\_ and \\<tags\\> must survive as text.');
        expect(md).toContain('| Standard mailbox | 50 GB \\| archive \\*on\\* | 4.50 EUR per user per month |');
        expect(md).toContain('Sales \\& "Field" Teams');
        for (const file of markdownFiles()) {
            // Every unescaped `<` would start raw HTML on GitHub; only link destinations use it.
            const stripped = file.content.replace(/\]\(<[^>\s]*>\)/g, '');
            expect(stripped, file.path).not.toMatch(/(^|[^\\])</m);
        }
    });

    it('keeps path-like titles out of file names', () => {
        for (const file of files) {
            expect(file.path, file.path).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*(\.[0-9a-f]{10})?\.(html|md|json|css|js)$/);
        }
        expect(files.map(file => file.path)).toContain('customer/services/traversal.html');
        expect(fileNamed(files, 'customer/services/traversal.html')).toContain('<h1>../../../etc/passwd ');
    });
});

describe('hostile values in the second edition forms', () => {
    let files: GeneratedFile[];
    beforeAll(async () => {
        const { catalog } = await loadFixture(SECOND_EDITION_FILES);
        files = [...allCatalogFiles(catalog), ...slaFiles(catalog, 'customer'), ...slaFiles(catalog, 'support')];
    });

    // Priority definitions, tags, escalation, reporting, exclusions, versions and approval roles.
    const raw = ['<x>', '<risk>', '<wan>', '<desk>', '<report>', '<customer>', '<rc>', '<Medical>', '<b>Department</b>'];

    it('never emits them as HTML', () => {
        for (const file of files.filter(candidate => candidate.path.endsWith('.html'))) {
            for (const value of raw) {
                expect(file.content, `${file.path}: ${value}`).not.toContain(value);
            }
            expect(file.content, file.path).not.toMatch(/href="\s*javascript:/i);
        }
        expect(fileNamed(files, 'sla-customer/emergency-ehr.html')).toContain('Chief &lt;Medical&gt; Officer');
        expect(fileNamed(files, 'support/services/network.html')).toContain('<dt>Tags</dt><dd>infra &lt;wan&gt;, wan | lan</dd>');
    });

    it('keeps them text in Markdown', () => {
        for (const file of files.filter(candidate => candidate.path.endsWith('.md'))) {
            const stripped = file.content.replace(/\]\(<[^>\s]*>\)/g, '');
            expect(stripped, file.path).not.toMatch(/(^|[^\\])</m);
            expect(file.content, file.path).not.toMatch(/\]\(<?javascript:/i);
        }
        expect(fileNamed(files, 'support/catalog.md')).toContain('- **Tags:** infra \\<wan\\>, wan \\| lan');
    });
});
