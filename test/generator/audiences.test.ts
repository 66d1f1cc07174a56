import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { catalogJson } from '../../src/generator/catalog-json.js';
import { viewOf } from '../../src/generator/catalog-views.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { helpContactOf } from '../../src/generator/help-contact.js';
import { catalogOutputs, slaOutputs } from '../../src/generator/output-layout.js';
import { fileNamed } from './generated-outputs.js';
import { loadFixture } from './generator-fixture.js';

/**
 * What each audience is told about a service's life and about getting help: retired
 * services leave the customer and user lists for an archive page, a retiring one says when
 * it ends and what replaces it, and an agreement outside its validity is never shown as in force.
 */
const FILES: Record<string, string> = {
    'parties.svcdef': `
provider CentralIT "Central IT Services" { contact "it@acme.example" }
provider Telco "Telco Partner"
customer Finance "Finance"
unit Desk "Desk team" { contact "desk-internal@acme.example" }
`,
    'services.svcdef': `
service Email "Corporate Email" { status live owner CentralIT support "mail-help@acme.example" }
service Fax "Fax Gateway" { status retired until 2026-03-31 replaced by Email owner CentralIT }
service Telephony "Desk Telephony" { status retiring until 2026-12-31 replaced by Email owner Telco }
service Wiki "Team Wiki" { status live owner Desk }
service Pager "Pager" { status live owner Telco }
`,
    'agreements.svcdef': `
sla Current "Current mail" { customer Finance provider CentralIT services Email status finalized valid from 2026-01-01 to 2027-12-31 availability >= 99.5% per month }
sla Old "Old fax" { customer Finance provider CentralIT services Fax status finalized valid from 2024-01-01 to 2025-12-31 availability >= 99% per month }
sla Next "Next phones" { customer Finance provider CentralIT services Telephony status finalized valid from 2026-09-01 availability >= 99% per month }
sla Pilot "Pilot phones" { customer Finance provider CentralIT services Telephony status draft valid from 2026-09-01 availability >= 99% per month }
sla Trial "Old trial" { customer Finance provider CentralIT services Email status draft valid from 2025-01-01 to 2025-06-30 approved by Finance on 2024-12-20 availability >= 99% per month }
`
};

const TODAY = '2026-06-01';

describe('the audiences of the published catalog', () => {
    let catalog: Catalog;
    let files: GeneratedFile[];
    beforeAll(async () => {
        ({ catalog } = await loadFixture(FILES));
        files = catalogOutputs(catalog, { views: ['customer', 'user', 'support'], formats: ['html', 'md', 'json'], a2: a2Model, today: TODAY });
    });
    const page = (path: string) => fileNamed(files, path);

    describe('retired services', () => {
        it('are left out of the customer and user service lists, and kept in the support view', () => {
            for (const view of ['customer', 'user'] as const) {
                const shown = viewOf(catalog, view);
                expect(shown.catalog.services.map(service => service.name)).not.toContain('Fax');
                expect(shown.archived.map(service => service.name)).toEqual(['Fax']);
                expect(files.map(file => file.path)).not.toContain(`${view}/services/fax.html`);
            }
            expect(viewOf(catalog, 'support').catalog.services.map(service => service.name)).toContain('Fax');
            expect(viewOf(catalog, 'support').archived).toEqual([]);
            expect(page('support/index.html')).toContain('Fax Gateway');
        });

        it('are listed on an archive page, linked from every page, with their end and replacement', () => {
            const archive = page('customer/archive.html');
            expect(archive).toContain('<h2 id="retired-fax">Fax Gateway');
            expect(archive).toContain('Ended 2026-03-31.');
            expect(archive).toContain('Replaced by <a href="services/email.html">Corporate Email</a>.');
            expect(page('customer/index.html')).toContain('href="archive.html"');
            expect(page('user/services/email.html')).toContain('href="../archive.html"');
            expect(files.map(file => file.path)).not.toContain('support/archive.html');
        });

        it('named by an agreement, link to their entry in the archive', () => {
            expect(page('customer/slas/old.html')).toContain('<a href="../archive.html#retired-fax">Fax Gateway</a>');
        });
    });

    describe('a retiring service', () => {
        it('says on its page until when it runs and what replaces it, with a link', () => {
            const telephony = page('user/services/telephony.html');
            expect(telephony).toContain('<dt>Until</dt><dd>2026-12-31</dd>');
            expect(telephony).toContain('<dt>Replaced by</dt><dd><a href="../services/email.html">Corporate Email</a></dd>');
        });

        it('says it in the service list, in Markdown and in JSON', () => {
            expect(page('customer/index.html')).toContain('Until 2026-12-31; replaced by Corporate Email');
            expect(page('customer/catalog.md')).toContain('- **Retirement:** Until 2026-12-31; replaced by Corporate Email');
            const json = JSON.parse(page('customer/catalog.json')) as { services: { name: string; retiresOn?: string; replacedBy?: { name: string } }[] };
            expect(json.services.find(service => service.name === 'Telephony')).toMatchObject({ retiresOn: '2026-12-31', replacedBy: { name: 'Email' } });
        });
    });

    describe('how to get help', () => {
        const contactOf = (name: string) => {
            const view = viewOf(catalog, 'user');
            return helpContactOf(view.catalog, view.catalog.services.find(service => service.name === name)!);
        };

        it("is the service's own support line first", () => {
            expect(contactOf('Email')).toEqual({ address: 'mail-help@acme.example' });
        });

        it('else the contact of the provider that owns the service, or that provides the SLAs covering it', async () => {
            const { catalog: owned } = await loadFixture({ 'a.svcdef': 'provider IT "IT" { contact "it@x.example" }\nprovider Other\nservice S { status live owner IT }' });
            expect(helpContactOf(owned, owned.services[0])).toEqual({ address: 'it@x.example', via: 'IT, owner' });
            // Telephony's owner Telco states no contact; the SLA that covers it is Central IT's.
            expect(contactOf('Telephony')).toEqual({ address: 'it@acme.example', via: 'Central IT Services, provider' });
            expect(page('user/services/telephony.html'))
                .toContain('<dt>Get support</dt><dd><a href="mailto:it@acme.example" rel="noopener noreferrer">it@acme.example</a> <span class="muted">(Central IT Services, provider)</span></dd>');
        });

        it('else says that no contact is published, rather than leaving the reader without an answer', () => {
            // Pager's owner Telco has no contact, no SLA covers it, and the workspace has two providers.
            expect(contactOf('Pager')).toEqual({});
            expect(page('user/services/pager.html')).toContain('<dt>Get support</dt><dd><span class="muted">No support contact is published.</span></dd>');
            expect(page('user/catalog.md')).toContain('- **Get support:** No support contact is published');
        });

        it('never publishes the contact of a unit, which belongs to the support organization', () => {
            expect(contactOf('Wiki').address).not.toBe('desk-internal@acme.example');
            expect(page('user/services/wiki.html')).not.toContain('desk-internal@acme.example');
        });

        it('falls back to the service desk service where one is declared', async () => {
            const { catalog: withDesk } = await loadFixture({
                'a.svcdef': `provider A\nprovider B\nservice Printing { status live owner A }\nservice Desk "IT Service Desk" { status live owner A support "https://help.acme.example" }`
            });
            const printing = withDesk.services.find(service => service.name === 'Printing')!;
            expect(helpContactOf(withDesk, printing)).toEqual({ address: 'https://help.acme.example', via: 'IT Service Desk' });
        });
    });

    it('shows a retiring service with its end and replacement on its category page too, and a dash where it has no hours', async () => {
        const { catalog: categorized } = await loadFixture({
            'a.svcdef': 'provider IT\nservice Email "Corporate Email" { status live owner IT category "Collaboration" }\n'
                + 'service Phones "Desk Telephony" { status retiring until 2026-12-31 replaced by Email owner IT category "Collaboration" }'
        });
        const pages = catalogOutputs(categorized, { views: ['customer'], formats: ['html'], a2: a2Model, today: TODAY });
        const category = fileNamed(pages, 'customer/categories/collaboration.html');
        expect(category).toContain('<span class="badge badge-retiring">Retiring</span> Until 2026-12-31; replaced by Corporate Email');
        expect(category).toMatch(/Desk Telephony<\/a><\/th>.*<td data-label="Service hours"><span class="muted">—<\/span><\/td>/);
        expect(fileNamed(pages, 'customer/index.html')).toContain('<span class="badge badge-retiring">Retiring</span> Until 2026-12-31; replaced by Corporate Email');
    });

    it('shows a dash, not an empty cell, for an offering without a description', async () => {
        const { catalog: offered } = await loadFixture({
            'a.svcdef': 'provider IT\nservice Email "Corporate Email" { status live owner IT\n'
                + '  offering Basic "Basic mailbox"\n  offering Large "Large mailbox" { description "Fifty gigabytes of mail" } }'
        });
        const page = fileNamed(catalogOutputs(offered, { views: ['customer'], formats: ['html'], a2: a2Model, today: TODAY }), 'customer/services/email.html');
        expect(page).toMatch(/Basic mailbox<\/th><td data-label="Description"><span class="muted">—<\/span><\/td>/);
        expect(page).toMatch(/Large mailbox<\/th><td data-label="Description">Fifty gigabytes of mail<\/td>/);
    });

    describe('agreements outside their validity', () => {
        it('are marked expired or not yet in force on their page, with a banner, never as in force', () => {
            const old = page('customer/slas/old.html');
            expect(old).toContain('<span class="badge badge-expired">Expired</span>');
            expect(old).toContain('Expired: this service level agreement was valid until 2025-12-31 and is no longer in force.');
            expect(old).toContain('<dt>Status</dt><dd>Expired</dd>');
            expect(old).not.toContain('<dd>Finalized</dd>');
            const next = page('customer/slas/next.html');
            expect(next).toContain('<span class="badge badge-not-yet-in-force">Not yet in force</span>');
            expect(page('customer/slas/current.html')).toContain('<span class="badge badge-finalized">Finalized</span>');
        });

        it('are drafts first: a draft is shown as a draft whatever its dates, and not as issued', () => {
            for (const path of ['customer/slas/pilot.html', 'customer/slas/trial.html']) {
                const draft = page(path);
                expect(draft).toContain('<span class="badge badge-draft">Draft</span>');
                expect(draft).toContain('<dt>Status</dt><dd>Draft</dd>');
                expect(draft).toContain('<dt>Issued</dt><dd>Not issued: the agreement is a draft</dd>');
                expect(draft).not.toMatch(/Not yet in force<\/span>|Expired<\/span>|<dd>(Not yet in force|Expired)<\/dd>/);
                expect(draft).toMatch(/data-running-header="[^"]* · Draft"/);
            }
            expect(page('customer/index.html')).toMatch(/Pilot phones<\/a><\/th>.*?<span class="badge badge-draft">Draft<\/span>/s);
            expect(page('customer/catalog.md')).toMatch(/- \*\*Issued:\*\* Not issued: the agreement is a draft/);
            const json = JSON.parse(page('customer/catalog.json')) as { slas: { name: string; issued?: unknown }[] };
            expect(json.slas.find(sla => sla.name === 'Pilot')).not.toHaveProperty('issued');
            expect(json.slas.find(sla => sla.name === 'Current')).toHaveProperty('issued');
        });

        it('show their standing in the agreement tables, on service pages, in Markdown and in JSON', () => {
            expect(page('customer/index.html')).toContain('badge-expired');
            expect(page('support/services/fax.html')).toContain('<span class="badge badge-expired">Expired</span>');
            expect(page('customer/catalog.md')).toContain('Expired');
            const json = JSON.parse(page('customer/catalog.json')) as { slas: { name: string; expired?: boolean; notYetInForce?: boolean }[] };
            const byName = Object.fromEntries(json.slas.map(sla => [sla.name, sla]));
            expect(byName.Old.expired).toBe(true);
            expect(byName.Next.notYetInForce).toBe(true);
            expect(byName.Current).not.toHaveProperty('expired');
        });

        it('keep catalog.json valid against its schema, retirement fields included', () => {
            const schema = JSON.parse(readFileSync(new URL('../../schemas/catalog.schema.json', import.meta.url), 'utf8'));
            const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
            for (const view of ['customer', 'user', 'support']) {
                expect(validate(JSON.parse(page(`${view}/catalog.json`))), JSON.stringify(validate.errors)).toBe(true);
            }
        });

        it('are judged on the day given, so the same day gives the same output', () => {
            const later = catalogOutputs(catalog, { views: ['customer'], formats: ['json'], a2: a2Model, today: '2028-01-01' });
            const json = JSON.parse(fileNamed(later, 'customer/catalog.json')) as { slas: { name: string; expired?: boolean }[] };
            expect(json.slas.filter(sla => sla.expired).map(sla => sla.name).sort()).toEqual(['Current', 'Old', 'Trial']);
            expect(catalogJson(viewOf(catalog, 'customer', { today: TODAY }))).toBe(page('customer/catalog.json'));
        });
    });

    describe('the folder of SLA documents', () => {
        it('has an index.html listing each document with its customer, status and validity', () => {
            const { files: documents } = slaOutputs(catalog, { names: [], view: 'customer', formats: ['html', 'md'], today: TODAY });
            const index = fileNamed(documents, 'index.html');
            for (const slug of ['current', 'old', 'next']) {
                expect(documents.map(file => file.path)).toContain(`${slug}.html`);
                expect(index).toContain(`href="${slug}.html"`);
            }
            expect(index).toContain('2024-01-01 to 2025-12-31');
            expect(index).toContain('<span class="badge badge-expired">Expired</span>');
            expect(index).toContain('Finance');
        });

        it('says in every document and its index which day the statuses were judged on, and leads each document back to the index', () => {
            const { files: documents } = slaOutputs(catalog, { names: [], view: 'customer', formats: ['html', 'md'], today: TODAY });
            for (const path of ['index.html', 'old.html', 'next.html']) {
                expect(fileNamed(documents, path)).toContain('<footer class="site-footer">\n<p>Status as of 2026-06-01. Generated by svcdef');
            }
            expect(fileNamed(documents, 'old.md')).toContain('_Status as of 2026-06-01._');
            expect(fileNamed(documents, 'old.html')).toContain('<p class="site-name"><a href="index.html">Service level agreement</a></p>');
        });

        it('keeps index.html for the list even when an SLA is called Index', async () => {
            const { catalog: named } = await loadFixture({
                'a.svcdef': 'customer F\nprovider P\nservice S { status live owner P }\nsla Index { customer F services S }'
            });
            const { files: documents } = slaOutputs(named, { names: [], view: 'customer', formats: ['html'] });
            expect(documents.map(file => file.path)).toContain('index-2.html');
            expect(fileNamed(documents, 'index.html')).toContain('href="index-2.html"');
        });

        it('has no index when only Markdown is written', () => {
            const { files: documents } = slaOutputs(catalog, { names: [], view: 'customer', formats: ['md'] });
            expect(documents.map(file => file.path)).not.toContain('index.html');
        });
    });
});
