import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { CATALOG_VIEWS } from '../../src/generator/catalog-views.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { loadFixture } from './generator-fixture.js';
import { allCatalogFiles, fileNamed } from './generated-outputs.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/catalog.schema.json', import.meta.url), 'utf8'));

describe('catalog JSON', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    let catalog: Catalog;
    let files: GeneratedFile[];
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
        files = allCatalogFiles(catalog);
    });

    const documentOf = (view: string) => JSON.parse(fileNamed(files, `${view}/catalog.json`));

    it.each(CATALOG_VIEWS)('validates against schemas/catalog.schema.json (%s view)', view => {
        const ok = validate(documentOf(view));
        expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
        expect(ok).toBe(true);
    });

    it('is rejected by the schema when a customer view carries internal entries', () => {
        const document = documentOf('customer');
        document.services[0].internal = [{ key: 'notes', value: 'secret' }];
        expect(validate(document)).toBe(false);
        expect(validate.errors?.some(error => error.instancePath === '/services/0/internal')).toBe(true);
    });

    it('is rejected by the schema when a user view carries prices or OLAs', () => {
        const withPrice = documentOf('user');
        const email = withPrice.services.find((service: { name: string }) => service.name === 'acme.it.Email');
        email.offerings[0].price = { amount: '1', currency: 'EUR', per: [], text: '1.00 EUR' };
        expect(validate(withPrice)).toBe(false);
        const withOlas = documentOf('user');
        withOlas.olas = [];
        expect(validate(withOlas)).toBe(false);
    });

    it('is rejected by the schema when a link field holds another scheme', () => {
        const document = documentOf('support');
        document.services[0].requestHref = 'javascript:alert(1)';
        expect(validate(document)).toBe(false);
    });

    it('records the catalog facts a consumer needs', () => {
        const support = documentOf('support');
        expect(support).toMatchObject({ format: 'svcdef-catalog', formatVersion: 1, view: 'support' });
        const email = support.services.find((service: { name: string }) => service.name === 'acme.it.Email');
        expect(email).toMatchObject({
            title: 'Corporate Email',
            status: 'live',
            owner: { name: 'acme.org.CentralIT', title: 'Central IT Services', kind: 'provider', resolved: true },
            hours: { name: 'acme.org.Business', timezone: 'Europe/Berlin' },
            supportHref: 'mailto:service-desk@acme.example',
            slas: ['FinanceEmail', 'SalesErp'],
            customers: ['acme.org.Finance', 'acme.org.Sales'],
            packages: ['EmailGold']
        });
        const sla = support.slas.find((entry: { name: string }) => entry.name === 'FinanceEmail');
        expect(sla.targets[0]).toEqual({
            metric: 'availability', metricTitle: 'Availability', comparator: '>=', value: '99.9%', valueKind: 'percent',
            magnitude: 99.9, window: 'month', text: 'availability >= 99.9% per month'
        });
        expect(sla.supportedBy).toEqual(['CloudMail', 'NetworkForEmail']);
        expect(support.coverage.summary).toMatchObject({ processes: 7, activities: 49, bindings: 3 });
        // Sections a view leaves out are absent, not empty.
        const customer = documentOf('customer');
        expect(Object.keys(customer)).toEqual(['format', 'formatVersion', 'view', 'services', 'slas', 'packages', 'parties', 'priorities']);
        expect(Object.keys(documentOf('user'))).toEqual(['format', 'formatVersion', 'view', 'services', 'slas', 'parties', 'priorities']);
    });

    it('lists services in reading order, by title', () => {
        expect(documentOf('customer').services.map((service: { title: string }) => service.title)).toEqual([
            '../../../etc/passwd', "<script>alert('chat')</script>", 'Campus Network', 'Corporate Email', 'Directory Services', 'ERP'
        ]);
    });
});
