import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/generator/catalog-model.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { INTERNAL_MARKERS, loadFixture } from './generator-fixture.js';
import { allCatalogFiles, fileNamed, slaFiles } from './generated-outputs.js';

describe('catalog views', () => {
    let catalog: Catalog;
    let files: GeneratedFile[];
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
        files = [...allCatalogFiles(catalog), ...slaFiles(catalog, 'customer'), ...slaFiles(catalog, 'support')];
    });

    const publicFiles = () => files.filter(file => /^(customer|user|sla-customer)\//.test(file.path));
    const supportFiles = () => files.filter(file => /^(support|sla-support)\//.test(file.path));

    it('writes every format for every view', () => {
        for (const view of ['customer', 'user', 'support']) {
            for (const name of ['index.html', 'catalog.md', 'catalog.json', 'services/email.html', 'slas/finance-email.html']) {
                expect(files.map(file => file.path)).toContain(`${view}/${name}`);
            }
        }
    });

    it('keeps every internal value out of the customer and user views, in every format', () => {
        expect(publicFiles().length).toBeGreaterThan(20);
        for (const file of publicFiles()) {
            for (const marker of INTERNAL_MARKERS) {
                expect(file.content, `${file.path} leaks ${marker}`).not.toContain(marker);
            }
            // The keys of internal entries are as private as their values.
            expect(file.content, file.path).not.toMatch(/\brunbook\b|\boncall\b|"internal"/);
        }
    });

    it('shows internal values in the support view', () => {
        const support = supportFiles().map(file => file.content).join('\n');
        for (const marker of INTERNAL_MARKERS) {
            expect(support).toContain(marker);
        }
        expect(fileNamed(files, 'support/services/email.html')).toContain('<h2>Internal</h2>');
        expect(JSON.parse(fileNamed(files, 'support/catalog.json')).services
            .find((service: { name: string }) => service.name === 'acme.it.Email').internal)
            .toEqual([
                { key: 'notes', value: 'Runs on INTERNAL-mx01-cluster' },
                { key: 'runbook', value: 'https://wiki.acme.example/runbooks/mx' }
            ]);
    });

    it('lists dependencies only in the support view', () => {
        expect(fileNamed(files, 'support/services/email.html')).toContain('<h2>Depends on</h2>');
        expect(fileNamed(files, 'support/services/email.html')).toContain('<a href="../services/directory.html">Directory Services</a>');
        for (const view of ['customer', 'user']) {
            expect(fileNamed(files, `${view}/services/email.html`)).not.toContain('Depends on');
            expect(fileNamed(files, `${view}/catalog.md`)).not.toContain('Depends on');
            expect(fileNamed(files, `${view}/catalog.json`)).not.toContain('"dependencies"');
        }
    });

    it('keeps underpinning agreements, demand and bindings in the support view', () => {
        for (const view of ['customer', 'user']) {
            const paths = files.filter(file => file.path.startsWith(`${view}/`)).map(file => file.path);
            expect(paths.some(path => /\/(olas|ucs)\//.test(path)), view).toBe(false);
            expect(paths).not.toContain(`${view}/coverage.html`);
            for (const format of ['index.html', 'catalog.md', 'catalog.json']) {
                const text = fileNamed(files, `${view}/${format}`);
                // A unit may own a service (the owner is catalog content), but units and suppliers are not listed as parties.
                for (const hidden of ['NetworkForEmail', 'Cloud mail relay', 'CloudCo', 'C-2026-114', 'EmailDemand', 'SlaAuthoring', 'Internal unit', '"units"']) {
                    expect(text, `${view}/${format} shows ${hidden}`).not.toContain(hidden);
                }
            }
            expect(fileNamed(files, `${view}/slas/finance-email.html`)).not.toContain('Supporting agreements');
        }
        const support = fileNamed(files, 'support/slas/finance-email.html');
        expect(support).toContain('<h2>Supporting agreements</h2>');
        expect(support).toContain('<h3>OLA <a href="../olas/network-for-email.html">NetworkForEmail</a></h3>');
        expect(support).toContain('<h3>UC <a href="../ucs/cloud-mail.html">Cloud mail relay</a></h3>');
    });

    it('shows prices to customers but not to users', () => {
        expect(fileNamed(files, 'customer/services/email.html')).toContain('4.50 EUR per user per month');
        expect(fileNamed(files, 'customer/catalog.json')).toContain('"text": "4.50 EUR per user per month"');
        for (const format of ['services/email.html', 'catalog.md', 'catalog.json']) {
            expect(fileNamed(files, `user/${format}`)).not.toContain('EUR');
        }
        expect(fileNamed(files, 'user/services/email.html')).toContain('Standard mailbox');
    });

    it('shows users how to request and get support', () => {
        const page = fileNamed(files, 'user/services/email.html');
        expect(page).toContain('<dt>Get support</dt>');
        expect(page).toContain('<dt>Request it</dt>');
        expect(page).toContain('Availability at least 99.9% per calendar month');
    });
});
