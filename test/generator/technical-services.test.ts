import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/generator/catalog-model.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { loadFixture } from './generator-fixture.js';
import { allCatalogFiles, cellContentOf, slaFiles } from './generated-outputs.js';
import { SECOND_EDITION_FILES, TECHNICAL_MARKERS } from './second-edition-fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/catalog.schema.json', import.meta.url), 'utf8'));

describe('technical services', () => {
    let catalog: Catalog;
    let files: GeneratedFile[];
    beforeAll(async () => {
        ({ catalog } = await loadFixture(SECOND_EDITION_FILES));
        files = [...allCatalogFiles(catalog), ...slaFiles(catalog, 'customer'), ...slaFiles(catalog, 'support')];
    });

    const inView = (pattern: RegExp) => files.filter(file => pattern.test(file.path));

    it('appear nowhere in the customer and user views, in HTML, Markdown and JSON alike', () => {
        const published = inView(/^(customer|user|sla-customer)\//);
        expect(published.some(file => file.path.endsWith('.json'))).toBe(true);
        expect(published.some(file => file.path.endsWith('.md'))).toBe(true);
        for (const file of published) {
            for (const marker of TECHNICAL_MARKERS) {
                expect(file.content, `${file.path} shows ${marker}`).not.toContain(marker);
            }
            expect(file.path, file.path).not.toMatch(/services\/network\.html$/);
        }
        // Not even as a service an SLA covers.
        const sla = JSON.parse(cellContentOf(files, 'customer/catalog.json')).slas.find((entry: { name: string }) => entry.name === 'EmergencyEHR');
        expect(sla.services.map((service: { name: string }) => service.name)).toEqual(['EHR', 'Printing']);
    });

    it('are shown in the support view, with their kind, and in the dependency lists there', () => {
        const page = cellContentOf(files, 'support/services/network.html');
        expect(page).toContain('<dt>Kind</dt><dd>Technical service (supports other services; not offered to customers)</dd>');
        expect(cellContentOf(files, 'support/services/ehr.html')).toContain('<h2>Depends on</h2>\n<ul class="plain">\n<li><a href="../services/network.html">Hospital &lt;Core&gt; Network</a></li>');
        expect(cellContentOf(files, 'support/index.html')).toContain('<th scope="col">Kind</th>');
        expect(cellContentOf(files, 'support/catalog.md')).toContain('- **Kind:** Technical service (supports other services; not offered to customers)');
        const json = JSON.parse(cellContentOf(files, 'support/catalog.json'));
        expect(json.services.find((service: { name: string }) => service.name === 'Network')).toMatchObject({ kind: 'technical' });
        expect(cellContentOf(files, 'sla-support/emergency-ehr.md')).toContain('- Hospital \\<Core\\> Network');
    });

    it('are refused by the schema in a customer or user view', () => {
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        for (const view of ['customer', 'user', 'support']) {
            const document = JSON.parse(cellContentOf(files, `${view}/catalog.json`));
            expect(validate(document), `${view}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
        const leaked = JSON.parse(cellContentOf(files, 'customer/catalog.json'));
        leaked.services[0].kind = 'technical';
        expect(validate(leaked)).toBe(false);
    });
});

describe('the catalog in the second edition', () => {
    let files: GeneratedFile[];
    beforeAll(async () => {
        const { catalog } = await loadFixture(SECOND_EDITION_FILES);
        files = allCatalogFiles(catalog);
    });

    it('shows tiers with their service levels, tags, criticality, owner and manager on the service page', () => {
        const page = cellContentOf(files, 'customer/services/ehr.html');
        for (const expected of [
            '<dt>Tags</dt><dd>clinical</dd>',
            '<dt>Criticality</dt><dd>High</dd>',
            '<dt>Owner</dt><dd>Central IT Services</dd>',
            '<dt>Manager</dt><dd>Network Operations</dd>',
            '<th scope="col">Service levels</th>',
            '<tr><th scope="row">Gold tier</th><td><span class="muted">—</span></td><td>7.00 EUR per user per month</td><td><ul class="plain">\n<li>Availability at least 99.95% per calendar month</li>\n<li>Incident resolution time at most 4 hours, P1 incidents</li>'
        ]) {
            expect(page).toContain(expected);
        }
        // The kind is a support-view fact: every service the other views show is a business service.
        expect(page).not.toContain('<dt>Kind</dt>');
        // A user sees the tiers' service levels but not their prices.
        const user = cellContentOf(files, 'user/services/ehr.html');
        expect(user).toContain('<li>Availability at least 99.5% per calendar month</li>');
        expect(user).not.toContain('EUR');
    });

    it('shows the same in Markdown', () => {
        const md = cellContentOf(files, 'customer/catalog.md');
        expect(md).toContain('- **Tags:** clinical');
        expect(md).toContain('- **Criticality:** High');
        expect(md).toContain('- **Manager:** Network Operations');
        expect(md).toContain('##### Service levels of Gold tier\n\n| Metric | Commitment | Measured | Applies to |\n| --- | --- | --- | --- |\n| Availability | at least 99.95% | per calendar month | All |');
        // The targets an SLA promises for this service, its own block included.
        expect(md).toContain('- EHR for the Emergency Department (Emergency \\<b\\>Department\\</b\\>, Intensive Care, finalized): Availability at least 99.95% per calendar month;');
    });

    it('shows the same in JSON, with the agreement terms and the priorities', () => {
        const json = JSON.parse(cellContentOf(files, 'customer/catalog.json'));
        const ehr = json.services.find((service: { name: string }) => service.name === 'EHR');
        expect(ehr).toMatchObject({
            kind: 'business', tags: ['clinical'], criticality: 'high',
            owner: { name: 'CentralIT' }, manager: { name: 'NetworkOps', kind: 'unit' }
        });
        expect(ehr.offerings[0].targets.map((target: { text: string }) => target.text))
            .toEqual(['availability >= 99.95% per month', 'incidentResolution <= 4h for P1']);
        const sla = json.slas.find((entry: { name: string }) => entry.name === 'EmergencyEHR');
        expect(sla.customer.name).toBe('Emergency');
        expect(sla.customers.map((customer: { name: string }) => customer.name)).toEqual(['Emergency', 'IntensiveCare']);
        expect(sla.parent).toMatchObject({ name: 'Corporate', kind: 'sla' });
        expect(sla.offerings).toEqual([{ name: 'EHR.Gold', title: 'Gold tier', kind: 'offering', resolved: true }]);
        expect(sla.targets.find((target: { inheritedFrom?: string }) => target.inheritedFrom === 'Corporate').text).toBe('availability >= 99.5% per month');
        expect(sla.serviceTargets.map((entry: { service: { name: string } }) => entry.service.name)).toEqual(['EHR', 'Printing']);
        expect(sla.credits[0]).toMatchObject({ amount: '5%', basis: 'monthly charge', window: 'month', text: '5% of monthly charge when availability < 99.95% per month' });
        expect(sla).toMatchObject({
            creditCaps: [{ amount: '20%', basis: 'monthly charge', window: 'month', text: '20% of monthly charge per month' }],
            creditRule: 'highest-only',
            claimWithin: '30d',
            version: '2.1 <rc>',
            issued: { date: '2026-01-12', source: 'approval' },
            exclusions: ['Outages caused by <customer> equipment | *planned*', 'Force majeure']
        });
        expect(sla.escalation[1]).toEqual({ level: 2, title: 'Duty *manager*', contact: 'duty@hospital.example', after: '30min' });
        expect(sla.approvals[0]).toMatchObject({ party: { name: 'Emergency' }, role: 'Chief <Medical> Officer', date: '2026-01-10' });
        expect(json.priorities.map((priority: { name: string }) => priority.name)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'Major']);
        expect(json.priorities[0]).toMatchObject({ name: 'P1', title: 'Critical <x>', impact: 'high', urgency: 'high', builtin: false });
        expect(json.priorities[1]).toMatchObject({ name: 'P2', title: 'High', builtin: true });
        expect(json.formatVersion).toBe(1);
    });

    it('leaves the credit terms out of the user view JSON, and the schema refuses them there', () => {
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        const user = JSON.parse(cellContentOf(files, 'user/catalog.json'));
        const sla = user.slas.find((entry: { name: string }) => entry.name === 'EmergencyEHR');
        for (const key of ['credits', 'creditCaps', 'creditRule', 'claimWithin']) {
            expect(sla[key], key).toBeUndefined();
        }
        sla.creditRule = 'cumulative';
        expect(validate(user)).toBe(false);
    });
});
