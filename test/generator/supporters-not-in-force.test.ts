import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { catalogOutputs } from '../../src/generator/output-layout.js';
import { fileNamed } from './generated-outputs.js';
import { loadFixture } from './generator-fixture.js';

/**
 * An OLA or UC that has expired, is not yet in force or is still a draft binds nobody on the
 * publication day: the support view must not count it as backing an SLA in force, nor say
 * that a chain counting it meets the promise.
 */
const FILES: Record<string, string> = {
    'a.svcdef': `
provider IT "Central IT"
customer Sales "Sales"
unit Ops "Operations"
unit Net "Network team"
supplier Carrier "Carrier"
service Crm "Sales CRM" { status live owner IT }
sla SalesCrm "CRM for Sales" { customer Sales provider IT services Crm status finalized valid from 2026-01-01 to 2027-12-31 target availability >= 99.5% per month }
ola CrmOps "CRM operations" { unit Ops supports SalesCrm status finalized valid from 2026-01-01 to 2026-05-31 target availability >= 99.95% per month }
ola CrmNet "CRM network" { unit Net supports SalesCrm status finalized valid from 2026-01-01 to 2027-12-31 target availability >= 99.9% per month }
uc CrmLine "CRM carrier line" { supplier Carrier supports SalesCrm status draft valid from 2026-01-01 to 2027-12-31 target availability >= 99.9% per month }
`
};

describe('supporting agreements not in force on the publication day', () => {
    let catalog: Catalog;
    beforeAll(async () => {
        ({ catalog } = await loadFixture(FILES));
    });
    const page = (path: string, today: string) =>
        fileNamed(catalogOutputs(catalog, { views: ['support'], formats: ['html'], a2: a2Model, today }), path);

    it("are marked in the SLA's chain table, and the end-to-end figure does not claim to meet the promise", () => {
        const sla = page('support/slas/sales-crm.html', '2026-06-01');
        expect(sla).toMatch(/OLA CRM operations<\/a> <span class="badge badge-expired">Expired<\/span>/);
        expect(sla).toMatch(/UC CRM carrier line<\/a> <span class="badge badge-draft">Draft<\/span>/);
        expect(sla).toMatch(/OLA CRM network<\/a><\/th>/);
        expect(sla).toContain('Not backed today: the figure counts OLA CRM operations, which expired after 2026-05-31; and UC CRM carrier line, which is a draft');
        expect(sla).not.toContain('Meets it');
    });

    it("say so in the diagram and in the SLA's error budget line", () => {
        const sla = page('support/slas/sales-crm.html', '2026-06-01');
        expect(sla).toContain('promises 99.5%, chain not in force');
        expect(sla).toContain('availability 99.95% · expired');
        expect(sla).toMatch(/not backed today: the figure counts OLA CRM operations/);
        expect(sla).toMatch(/the supporting agreements would reach [0-9.]+%, but the figure counts OLA CRM operations, which expired after 2026-05-31/);
        expect(sla).not.toMatch(/the supporting agreements together reach [0-9.]+% and leave/);
    });

    it("are marked on the service's page, where its backing and end-to-end availability are listed", () => {
        const service = page('support/services/crm.html', '2026-06-01');
        expect(service).toMatch(/OLA CRM operations<\/a> <span class="badge badge-expired">Expired<\/span>/);
        expect(service).toMatch(/<span class="muted">\(not backed today: the figure counts OLA CRM operations, which expired after 2026-05-31; and UC CRM carrier line, which is a draft\)<\/span>/);
    });

    it('count as before on a day when all of them are in force', async () => {
        const { catalog: finalized } = await loadFixture({ 'a.svcdef': FILES['a.svcdef'].replace('status draft', 'status finalized') });
        const files = catalogOutputs(finalized, { views: ['support'], formats: ['html'], a2: a2Model, today: '2026-03-01' });
        const sla = fileNamed(files, 'support/slas/sales-crm.html');
        expect(sla).toContain('Meets it');
        expect(sla).not.toMatch(/badge-(expired|draft|not-yet-in-force)/);
        expect(sla).not.toContain('chain not in force');
        expect(sla).toMatch(/the supporting agreements together reach [0-9.]+% and leave/);
        expect(fileNamed(files, 'support/services/crm.html')).not.toContain('not backed today');
    });

    it('are judged on the day given: not yet in force before their validity starts', async () => {
        const { catalog: later } = await loadFixture({ 'a.svcdef': FILES['a.svcdef'].replace('valid from 2026-01-01 to 2026-05-31', 'valid from 2026-09-01 to 2027-12-31') });
        const sla = fileNamed(catalogOutputs(later, { views: ['support'], formats: ['html'], a2: a2Model, today: '2026-06-01' }), 'support/slas/sales-crm.html');
        expect(sla).toContain('OLA CRM operations, which is in force only from 2026-09-01');
        expect(sla).toMatch(/OLA CRM operations<\/a> <span class="badge badge-not-yet-in-force">Not yet in force<\/span>/);
    });
});
