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
            magnitude: 99.9, window: 'month', text: 'availability >= 99.9% per month', valueWords: '99.9%'
        });
        expect(sla.supportedBy).toEqual(['CloudMail', 'NetworkForEmail']);
        expect(support.coverage.summary).toMatchObject({ processes: 7, activities: 49, bindings: 3 });
        // Sections a view leaves out are absent, not empty.
        const customer = documentOf('customer');
        expect(Object.keys(customer)).toEqual(['format', 'formatVersion', 'view', 'services', 'calendars', 'slas', 'packages', 'parties', 'priorities']);
        expect(Object.keys(documentOf('user'))).toEqual(['format', 'formatVersion', 'view', 'services', 'calendars', 'slas', 'parties', 'priorities']);
    });

    it('lists services in reading order, by title', () => {
        expect(documentOf('customer').services.map((service: { title: string }) => service.title)).toEqual([
            '../../../etc/passwd', "<script>alert('chat')</script>", 'Campus Network', 'Corporate Email', 'Directory Services', 'ERP'
        ]);
    });
});

describe('catalog JSON in the time forms', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    let files: GeneratedFile[];
    beforeAll(async () => {
        const { TIME_FILES } = await import('./time-fixture.js');
        files = allCatalogFiles((await loadFixture(TIME_FILES)).catalog);
    });
    const documentOf = (view: string) => JSON.parse(fileNamed(files, `${view}/catalog.json`));
    const slaOf = (document: { slas: { name: string }[] }, name: string) => document.slas.find(sla => sla.name === name) as Record<string, any>;

    it.each(CATALOG_VIEWS)('validates against the schema (%s view)', view => {
        const ok = validate(documentOf(view));
        expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
        expect(ok).toBe(true);
    });

    it('lists calendars with their week, maintenance and holidays', () => {
        const plant = documentOf('customer').calendars.find((calendar: { name: string }) => calendar.name === 'Plant');
        expect(plant).toMatchObject({ title: 'Plant shifts', timezone: 'Europe/Berlin', structured: true, roundTheClock: false });
        expect(plant.week[4]).toEqual({ day: 'Fri', ranges: [{ from: '06:00', to: '24:00' }] });
        expect(plant.maintenance).toEqual({ weekly: [{ from: 'Sun 23:00', to: 'Mon 01:00', title: 'Night backup' }, { from: 'Sat 05:00', to: 'Sat 07:00' }], once: [] });
        const words = documentOf('customer').calendars.find((calendar: { name: string }) => calendar.name === 'Words');
        expect(words).toEqual({ name: 'Words', title: 'Mon-Fri 07:00-19:00', timezone: 'Europe/Berlin', structured: false, text: 'Mon-Fri 07:00-19:00', roundTheClock: false });
    });

    it('gives agreements their support hours, availability targets their error budget and business durations their clock time', () => {
        const clinic = slaOf(documentOf('support'), 'Clinic');
        expect(clinic.supportHours).toEqual({ name: 'Office', title: 'Office <hours>', timezone: 'Europe/Berlin', resolved: true });
        expect(clinic.targets[0].errorBudget).toEqual({
            window: 'month', assumedWindow: false, measuredSeconds: 1361832.75, allowedSeconds: 2723.666, calendar: 'Plant', text: '45 min 24 s'
        });
        expect(clinic.targets[0].supportingBudget).toEqual({
            compositePercent: 99.9, formula: 'OLA Plant operations 99.9%', supportingAllowedSeconds: 1361.833, leftSeconds: 1361.833
        });
        expect(clinic.targets[1]).toMatchObject({
            value: '2 business days',
            valueWords: '2 business days',
            business: { amount: 2, unit: 'days', calendar: 'Office', clockRange: { shortestSeconds: 172800, longestSeconds: 327600, text: '2 days to 3 days 19 hours' } }
        });
        expect(slaOf(documentOf('support'), 'Legacy').targets[1].business).toEqual({
            amount: 3, unit: 'days', calendar: 'Words', unknownBecause: 'Words states its hours as free text'
        });
        expect(slaOf(documentOf('support'), 'Results').targets[1].valueWords).toBe('200 milliseconds');
    });

    it('leaves what the supporting agreements leave of a budget to the support view, and the schema holds other views to it', () => {
        const customer = documentOf('customer');
        expect(slaOf(customer, 'Clinic').targets[0].errorBudget.text).toBe('45 min 24 s');
        expect(slaOf(customer, 'Clinic').targets[0].supportingBudget).toBeUndefined();
        slaOf(customer, 'Clinic').targets[0].supportingBudget = slaOf(documentOf('support'), 'Clinic').targets[0].supportingBudget;
        expect(validate(customer)).toBe(false);
    });

    it('leaves out of the customer view the calendars only OLAs and UCs name', async () => {
        const { catalog } = await loadFixture({
            'a.svcdef': 'calendar Night { hours Mon-Fri 22:00-06:00 }\ncalendar Day { hours Mon-Fri 08:00-18:00 }\n'
                + 'customer C\nprovider P\nunit U\nservice S { status live }\n'
                + 'sla X { customer C provider P services S hours Day target availability >= 99% per month }\n'
                + 'ola Y { unit U provider P supports X hours Night target availability >= 99.5% per month }'
        });
        const names = (view: string) => JSON.parse(fileNamed(allCatalogFiles(catalog), `${view}/catalog.json`)).calendars.map((calendar: { name: string }) => calendar.name);
        expect(names('customer')).toEqual(['Day']);
        expect(names('support')).toEqual(['Day', 'Night']);
    });
});
