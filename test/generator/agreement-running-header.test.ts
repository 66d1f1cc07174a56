import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { RUNNING_HEADER_TITLE_LIMIT, agreementRunningHeader } from '../../src/generator/agreement-running-header.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { catalogOutputs, slaOutputs } from '../../src/generator/output-layout.js';
import { SITE_STYLE } from '../../src/generator/site-style.js';
import { FIXTURE_FILES, loadFixture } from './generator-fixture.js';
import { fileNamed } from './generated-outputs.js';

/** The root element of a generated page, where the running header rides. */
const rootOf = (page: string): string => /<html[^>]*>/.exec(page)?.[0] ?? '';

describe('the running header of printed agreements', () => {
    let catalog: Catalog;
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
    });

    const agreement = (name: string) => [...catalog.slas, ...catalog.olas, ...catalog.ucs].find(entry => entry.name === name)!;

    it('names the agreement, its provider and its kind and name', () => {
        expect(agreementRunningHeader(agreement('FinanceEmail'))).toBe('Email for Finance — Central IT Services · SLA FinanceEmail');
    });

    it('says when the agreement binds nobody yet', () => {
        expect(agreementRunningHeader(agreement('SalesErp'))).toBe('ERP for "Sales" — Central IT Services · SLA SalesErp · Draft');
    });

    it('goes by the name alone when the agreement has no title, and by the title alone when it has no provider', () => {
        expect(agreementRunningHeader(agreement('NetworkForEmail'))).toBe('OLA NetworkForEmail — Central IT Services');
        expect(agreementRunningHeader(agreement('CloudMail'))).toBe('Cloud mail relay · UC CloudMail');
    });

    it('adds the version, and cuts a title too long for the page margin at a word', async () => {
        const longTitle = `Managed workplace ${'and collaboration services '.repeat(6)}for the Group`;
        const { catalog: versioned } = await loadFixture({
            'parties.svcdef': FIXTURE_FILES['parties.svcdef'],
            'agreements.svcdef': `
sla Plain "Plain" { customer Finance provider CentralIT status finalized version "2.1" }
sla Prefixed "Prefixed" { customer Finance provider CentralIT status finalized version "v3" }
sla Long "${longTitle}" { customer Finance provider CentralIT status finalized }
`
        });
        const header = (name: string) => agreementRunningHeader(versioned.slas.find(sla => sla.name === name)!);
        expect(header('Plain')).toBe('Plain — Central IT Services · SLA Plain v2.1');
        expect(header('Prefixed')).toBe('Prefixed — Central IT Services · SLA Prefixed v3');
        const title = header('Long').split(' — ')[0];
        expect(title.length).toBeLessThanOrEqual(RUNNING_HEADER_TITLE_LIMIT);
        expect(title).toBe('Managed workplace and collaboration services and collaboration services and…');
        expect(longTitle.startsWith(`${title.slice(0, -1)} `)).toBe(true);
    });

    it('rides, escaped, on the root element of an SLA document', () => {
        const { files } = slaOutputs(catalog, { names: ['SalesErp'], view: 'customer', formats: ['html'] });
        expect(rootOf(fileNamed(files, 'sales-erp.html'))).toBe(
            '<html lang="en" data-running-header="ERP for &quot;Sales&quot; — Central IT Services · SLA SalesErp · Draft">');
        // The folder's index is no agreement: it prints without a header.
        expect(rootOf(fileNamed(files, 'index.html'))).toBe('<html lang="en">');
    });

    it('says Expired on an SLA document published after the agreement ended', () => {
        const { files } = slaOutputs(catalog, { names: ['FinanceEmail'], view: 'customer', formats: ['html'], today: '2027-01-15' });
        expect(rootOf(fileNamed(files, 'finance-email.html'))).toContain('· SLA FinanceEmail · Expired"');
    });

    it('rides on every agreement page of the catalog, and on no other page', () => {
        const files = catalogOutputs(catalog, { views: ['support'], formats: ['html'], a2: a2Model });
        const pages = files.filter(file => file.path.endsWith('.html'));
        const withHeader = pages.filter(file => rootOf(fileNamed(files, file.path)).includes('data-running-header')).map(file => file.path);
        expect(withHeader.sort()).toEqual(pages.map(file => file.path).filter(path => /^support\/(slas|olas|ucs)\//.test(path)).sort());
        expect(withHeader).toHaveLength(4);
        const ola = withHeader.find(path => path.startsWith('support/olas/'))!;
        expect(rootOf(fileNamed(files, ola))).toBe('<html lang="en" data-running-header="OLA NetworkForEmail — Central IT Services">');
    });

    it('is printed by a page margin box that reads it from the root element', () => {
        expect(SITE_STYLE).toContain(':root[data-running-header]{--running-header:attr(data-running-header)}');
        expect(SITE_STYLE).toMatch(/@page\{[^}]*@top-left\{content:var\(--running-header\);/);
    });
});
