import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { slaOutputs } from '../../src/generator/output-layout.js';
import { SITE_STYLE as PAGE_STYLE } from '../../src/generator/site-style.js';
import { loadFixture } from './generator-fixture.js';
import { cellContentOf } from './generated-outputs.js';

describe('SLA documents', () => {
    let catalog: Catalog;
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
    });

    it('writes one HTML and one Markdown document per SLA', () => {
        const { files, unknown, ambiguous } = slaOutputs(catalog, { names: [], view: 'customer', formats: ['html', 'md'] });
        const documents = files.map(file => file.path).filter(path => !path.startsWith('assets/') && path !== 'index.html');
        expect(documents).toEqual(['finance-email.html', 'finance-email.md', 'sales-erp.html', 'sales-erp.md']);
        // Beside them: the folder's index and the stylesheet the documents share.
        expect(files.map(file => file.path).filter(path => !documents.includes(path))).toEqual(
            expect.arrayContaining(['index.html', expect.stringMatching(/^assets\/svcdef\.[0-9a-f]{10}\.css$/)]));
        expect(unknown).toEqual([]);
        expect(ambiguous).toEqual([]);
    });

    it('covers parties, validity, status, services, targets, credits, responsibilities and review', () => {
        const { files } = slaOutputs(catalog, { names: ['FinanceEmail'], view: 'customer', formats: ['html', 'md'] });
        const page = cellContentOf(files, 'finance-email.html');
        for (const expected of [
            '<dt>Customer</dt><dd>Finance &lt;b&gt;Division&lt;/b&gt;</dd>',
            '<dt>Provider</dt><dd>Central IT Services</dd>',
            '<dt>Validity</dt><dd>2026-01-01 to 2026-12-31</dd>',
            '<dt>Status</dt><dd>Finalized</dd>',
            '<li>Corporate Email</li>',
            '<tr><th scope="row">Availability</th><td>at least 99.9%</td><td>per calendar month</td><td>All</td><td>Not computed: calendar Business states its hours in words only</td></tr>',
            '<tr><th scope="row">Incident response time</th><td>at most 30 minutes</td><td>Not stated</td><td>P1 incidents</td><td></td></tr>',
            '<tr><th scope="row">250.00 EUR</th><td>availability &lt; 99%</td></tr>',
            '<tr><th scope="row">Customer: Finance &lt;b&gt;Division&lt;/b&gt;</th><td>Report incidents through the &lt;service desk&gt;</td></tr>',
            '<p>Reviewed quarterly.</p>'
        ]) {
            expect(page).toContain(expected);
        }
        const md = cellContentOf(files, 'finance-email.md');
        expect(md.startsWith('# Email for Finance\n')).toBe(true);
        expect(md).toContain('| Latency | at most 300 milliseconds | Not stated | 95th percentile | — |');
        expect(md).toContain('| Provider: Central IT Services | Announce planned maintenance \\| five days ahead |');
        expect(md).toContain('- **Review:** Reviewed quarterly');
    });

    it('marks a draft on the page, in print and in Markdown', () => {
        const { files } = slaOutputs(catalog, { names: ['SalesErp'], view: 'customer', formats: ['html', 'md'] });
        const page = cellContentOf(files, 'sales-erp.html');
        expect(page).toContain('<title>DRAFT – ERP for &quot;Sales&quot; · Service level agreement</title>');
        expect(page).toContain('<div class="draft-mark" aria-hidden="true">DRAFT</div>');
        expect(page).toContain('<p class="draft-banner" role="note">Draft: this service level agreement has not been finalized');
        // The fixed mark repeats on every printed page.
        expect(PAGE_STYLE).toMatch(/@media print\{[\s\S]*\.draft-mark\{position:fixed;/);
        const md = cellContentOf(files, 'sales-erp.md');
        expect(md.startsWith('# DRAFT: ERP for "Sales"\n')).toBe(true);
        expect(md).toContain('> **DRAFT:** this service level agreement has not been finalized');
        const finalized = cellContentOf(slaOutputs(catalog, { names: ['FinanceEmail'], view: 'customer', formats: ['html'] }).files, 'finance-email.html');
        expect(finalized).not.toContain('<div class="draft-mark"');
        expect(finalized).not.toContain('DRAFT');
    });

    it('adds the supporting OLAs and UCs with their targets in the support view only', () => {
        const support = slaOutputs(catalog, { names: ['FinanceEmail'], view: 'support', formats: ['html', 'md'] }).files;
        const page = cellContentOf(support, 'finance-email.html');
        expect(page).toContain('<h2>Supporting agreements</h2>');
        expect(page).toContain('<h3>OLA NetworkForEmail</h3>');
        expect(page).toContain('<h3>UC Cloud mail relay</h3>');
        expect(page).toContain('<caption>Targets of NetworkForEmail</caption>');
        expect(page).toContain('<td>at least 99.95%</td>');
        expect(page).toContain('<dt>Contract</dt><dd>C-2026-114</dd>');
        const md = cellContentOf(support, 'finance-email.md');
        expect(md).toContain('## Supporting agreements\n\n### UC Cloud mail relay');
        const customer = slaOutputs(catalog, { names: ['FinanceEmail'], view: 'customer', formats: ['html', 'md'] }).files;
        for (const file of customer) {
            expect(file.content, file.path).not.toContain('Supporting agreements');
            expect(file.content, file.path).not.toContain('99.95');
        }
    });

    it('finds SLAs by simple or qualified name and reports unknown ones', () => {
        expect(slaOutputs(catalog, { names: ['SalesErp', 'Nope'], view: 'customer', formats: ['md'] }))
            .toMatchObject({ unknown: ['Nope'], ambiguous: [] });
        expect(slaOutputs(catalog, { names: ['SalesErp'], view: 'customer', formats: ['md'] }).files.map(file => file.path))
            .toEqual(['sales-erp.md']);
    });

    it('asks for the qualified name when a simple name is ambiguous', async () => {
        const { catalog: twoNamespaces } = await loadFixture({
            'a.svcdef': 'namespace a\ncustomer C\nprovider P\nservice S { status live }\nsla Gold { customer C provider P services S }',
            'b.svcdef': 'namespace b\nsla Gold { customer a.C provider a.P services a.S }'
        });
        expect(slaOutputs(twoNamespaces, { names: ['Gold'], view: 'customer', formats: ['md'] }).ambiguous).toEqual(['Gold']);
        const byQualified = slaOutputs(twoNamespaces, { names: ['b.Gold'], view: 'customer', formats: ['md'] });
        // File names do not depend on which SLAs a run selects.
        expect(byQualified.files.map(file => file.path)).toEqual(['b-gold.md']);
        expect(slaOutputs(twoNamespaces, { names: [], view: 'customer', formats: ['md'] }).files.map(file => file.path))
            .toEqual(['a-gold.md', 'b-gold.md']);
    });
});
