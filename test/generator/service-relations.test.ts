import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayName } from '../../src/generator/display-text.js';
import { compareText } from '../../src/generator/text-order.js';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { catalogOutputs } from '../../src/generator/output-layout.js';
import { serviceRelations } from '../../src/generator/service-relations.js';
import { fileNamed } from './generated-outputs.js';
import { loadFixture } from './generator-fixture.js';
import { attribute, elements, text, type Element } from './html-elements.js';
import { workspaceFiles } from '../workspace-files.js';

const ACME = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'acme');

/** The elements between an `<h2>` of that text and the next `<h2>`, as the reader meets them. */
function sectionAfter(html: string, heading: string): Element[] {
    const all = elements(parse(html));
    const start = all.findIndex(element => element.tagName === 'h2' && text(element).trim() === heading);
    expect(start, `no <h2>${heading}</h2>`).toBeGreaterThanOrEqual(0);
    const end = all.findIndex((element, index) => index > start && element.tagName === 'h2');
    return all.slice(start + 1, end < 0 ? undefined : end);
}

/** Link texts of the first list in a section (not those inside <details>). */
function directListed(section: readonly Element[]): string[] {
    const listElement = section.find(element => element.tagName === 'ul');
    return listElement ? elements(listElement).filter(element => element.tagName === 'a').map(element => text(element)) : [];
}

function detailsListed(section: readonly Element[]): { summary: string; items: string[] } | undefined {
    const details = section.find(element => element.tagName === 'details');
    if (!details) return undefined;
    const inner = elements(details);
    return {
        summary: text(inner.find(element => element.tagName === 'summary')!),
        items: inner.filter(element => element.tagName === 'a').map(element => text(element))
    };
}

function tableRows(section: readonly Element[]): string[][] {
    return section.filter(element => element.tagName === 'tr' && elements(element).some(cell => cell.tagName === 'td'))
        .map(row => row.childNodes.filter((cell): cell is Element => 'tagName' in cell).map(cell => text(cell).trim()));
}

describe('relationships both ways in examples/acme', { timeout: 120_000 }, () => {
    let catalog: Catalog;
    let files: GeneratedFile[];
    beforeAll(async () => {
        catalog = (await loadFixture(workspaceFiles(ACME))).catalog;
        files = catalogOutputs(catalog, { views: ['customer', 'user', 'support'], formats: ['html', 'md'], a2: a2Model });
    });
    const page = (file: string) => fileNamed(files, file);

    it("lists the 14 services that depend on Network: 9 directly, 5 through them", () => {
        const network = page('support/services/network.html');
        expect(directListed(sectionAfter(network, 'Depends on'))).toEqual([]);
        const dependants = sectionAfter(network, 'Depended on by');
        expect(directListed(dependants)).toEqual([
            'Backup and Restore', 'Chat and Video Meetings', 'Corporate Email', 'Desk Telephony', 'Directory and Single Sign-On',
            'Manufacturing Execution System', 'Remote Access', 'SAP S/4HANA ERP', 'Virtual Server Hosting'
        ]);
        expect(detailsListed(dependants)).toEqual({
            summary: 'All 5 indirect dependants',
            items: ['Customer Relationship Management', 'Managed Workplace', 'Payroll and Employee Self-Service', 'Reporting and Analytics', 'Team Sites and File Sharing']
        });
        expect(text(dependants.find(element => element.tagName === 'p')!)).toBe('9 services depend on it directly, 5 more through them.');
    });

    it('lists what a service relies on through others, with links to their pages', () => {
        const analytics = page('support/services/analytics.html');
        const dependsOn = sectionAfter(analytics, 'Depends on');
        const indirect = detailsListed(dependsOn)!;
        expect(indirect.items).toContain('Corporate Network and WAN');
        expect(indirect.items).not.toContain('Reporting and Analytics');
        // The direct dependencies are not repeated among the indirect ones.
        for (const direct of directListed(dependsOn)) {
            expect(indirect.items).not.toContain(direct);
        }
        const links = dependsOn.filter(element => element.tagName === 'a').map(element => attribute(element, 'href'));
        expect(links).toContain('../services/network.html');
    });

    it("shows the OLAs and UCs behind Network with their targets, and why each counts", () => {
        const rows = tableRows(sectionAfter(page('support/services/network.html'), 'Backed by'));
        expect(rows.map(row => row[0])).toEqual([
            'OLA Hosting and backup for business applications',
            'OLA Network operations for offices and plants',
            'UC RegioFiber backup lines to the plants',
            'UC Telcora MPLS WAN'
        ]);
        const networkOperations = rows[1];
        expect(networkOperations[1]).toBe('Network Operations');
        expect(networkOperations[2]).toBe('Names this service; Supports SLA Plant systems for Plant Operations');
        expect(networkOperations[3]).toContain('Availability at least 99.95% per calendar month');
        expect(rows[3][2]).toBe('Supports SLA Plant systems for Plant Operations');
    });

    it("shows the end-to-end availability of Network's SLA chain with its formula", () => {
        const rows = tableRows(sectionAfter(page('support/services/network.html'), 'End-to-end availability'));
        expect(rows).toHaveLength(1);
        const [sla, promise, formula, together] = rows[0];
        expect(sla).toBe('SLA Plant systems for Plant Operations');
        expect(promise).toBe('Availability at least 99.7% per calendar month');
        expect(formula).toBe('OLA Hosting and backup for business applications 99.9% × OLA Network operations for offices and plants 99.95% × (UC Telcora MPLS WAN 99.9% ∥ UC RegioFiber backup lines to the plants 99%)');
        // 0.999 × 0.9995 × (1 − 0.001 × 0.01)
        expect(together).toBe(`${(0.999 * 0.9995 * (1 - 0.001 * 0.01) * 100).toFixed(4)}%`);
    });

    it("shows an SLA's commitment chain as a table and a diagram, the redundancy group marked", () => {
        const sla = page('support/slas/manufacturing-mes.html');
        const chain = sectionAfter(sla, 'Commitment chain');
        const [supporters, endToEnd] = chain.filter(element => element.tagName === 'table');
        const rows = tableRows(elements(supporters));
        expect(Object.fromEntries(rows.map(row => [row[0], row[3]]))).toEqual({
            'OLA Hosting and backup for business applications': 'In series',
            'OLA Network operations for offices and plants': 'In series',
            'UC Telcora MPLS WAN': 'Redundancy group 1, with RegioFiber backup lines to the plants',
            'UC RegioFiber backup lines to the plants': 'Redundancy group 1, with Telcora MPLS WAN'
        });
        const svg = chain.find(element => element.tagName === 'svg')!;
        expect(attribute(svg, 'role')).toBe('img');
        const inner = elements(svg);
        const hrefs = inner.filter(element => element.tagName === 'a').map(element => attribute(element, 'href'));
        expect(hrefs).toEqual(expect.arrayContaining(['../ucs/telcora-wan.html', '../ucs/plant-backup-lines.html', '../olas/network-operations.html']));
        expect(inner.filter(element => element.tagName === 'text').map(text)).toContain('Redundancy group 1');
        // The text alternative the caption points to exists on the page.
        const caption = chain.find(element => element.tagName === 'figcaption')!;
        const target = attribute(elements(caption).find(element => element.tagName === 'a')!, 'href')!.slice(1);
        expect(chain.some(element => attribute(element, 'id') === target && element.tagName === 'table')).toBe(true);
        expect(tableRows(elements(endToEnd))).toEqual([[
            'Availability at least 99.7% per calendar month',
            'OLA Hosting and backup for business applications 99.9% × OLA Network operations for offices and plants 99.95% × (UC Telcora MPLS WAN 99.9% ∥ UC RegioFiber backup lines to the plants 99%)',
            '99.8491%',
            'Meets it'
        ]]);
    });

    it('fills the Services of a UC that names none from the SLAs it supports', () => {
        const index = page('support/index.html');
        const all = elements(parse(index));
        const ucTable = all.filter(element => element.tagName === 'table')
            .find(table => elements(table).some(element => element.tagName === 'a' && attribute(element, 'href') === 'ucs/telcora-wan.html'))!;
        const rows = tableRows(elements(ucTable));
        expect(rows.length).toBe(catalog.ucs.length);
        for (const row of rows) {
            expect(row[2], row[0]).not.toBe('—');
        }
        const telcora = rows.find(row => row[0] === 'Telcora MPLS WAN')!;
        expect(telcora[2]).toBe('Corporate Network and WAN, Manufacturing Execution System; via SLA Plant systems for Plant Operations');
        expect(page('support/catalog.md')).toContain('via SLA Plant systems for Plant Operations');
        expect(sectionAfter(page('support/ucs/telcora-wan.html'), 'Services it backs').filter(element => element.tagName === 'a').map(text))
            .toEqual(['Plant systems for Plant Operations', 'Corporate Network and WAN', 'Manufacturing Execution System']);
    });

    it('publishes a dependency map in the support view only, linked from every page', () => {
        const map = page('support/dependency-map.html');
        const svg = elements(parse(map)).find(element => element.tagName === 'svg')!;
        expect(elements(svg).filter(element => element.tagName === 'a')).toHaveLength(
            new Set(serviceRelations(catalog).edges.flatMap(edge => [edge.from, edge.to])).size);
        expect(page('support/services/email.html')).toContain('href="../dependency-map.html"');
        for (const view of ['customer', 'user']) {
            expect(files.some(file => file.path === `${view}/dependency-map.html`)).toBe(false);
            for (const file of files.filter(candidate => candidate.path.startsWith(`${view}/`) && candidate.path.endsWith('.html'))) {
                expect(file.content, file.path).not.toMatch(/<svg|Depended on by|Backed by|Commitment chain|dependency-map/);
            }
        }
    });

    it('keeps the relations in a readable, total order and computes each reverse index once', () => {
        const relations = serviceRelations(catalog);
        expect(serviceRelations(catalog)).toBe(relations);
        const network = catalog.services.find(service => service.name === 'acme.infra.Network')!;
        // Walked when asked, in the catalog's name order, the same every time.
        expect(relations.indirectDependants(network)).toEqual(relations.indirectDependants(network));
        const reach = relations.indirectDependants(network);
        const shown = reach.first.map(service => displayName(service));
        expect(shown).toEqual([...shown].sort(compareText));
        expect(reach.count).toBe(shown.length);
        expect(relations.dependants(network).length + reach.count).toBe(14);
        // A page that lists a few still gets the exact count, and the first few of the same order.
        const firstTwo = relations.indirectDependants(network, 2);
        expect(firstTwo.count).toBe(reach.count);
        expect(firstTwo.first).toEqual(reach.first.slice(0, 2));
    });
});
