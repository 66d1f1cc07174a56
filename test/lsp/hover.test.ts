import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { ACME_FILES } from './acme-workspace.js';
import { hoverText } from './lsp-test-helpers.js';

describe('hover', () => {
    it('on an implemented A2 node shows its name, kind, process, ICOMs and the bindings implementing it', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const text = await hoverText(ws, 'bindings.svcdef', 'implements A2|43');
        expect(text).toContain('**A243** Create and Maintain Service Level Agreements');
        expect(text).toContain('activity of process A24 Service Level Management');
        expect(text).toMatch(/\*\*Inputs\*\*\n(- .*\n)*- "Service Catalog" ← A235 Publish Service Catalog/);
        expect(text).toMatch(/\*\*Outputs\*\*\n(- .*\n)*- "SLAs, OLAs, UCs" → A223 Create Marketing Plan, .*A244 Monitor and Report Service Level Achievements/);
        expect(text).toContain('"Service Level Management Framework" ← A241 Establish Service Level Management Framework');
        expect(text).toContain('Implemented in this workspace by `SlaAuthoring`.');
    });

    it('says when no binding implements a process, and names a process\'s category', async () => {
        const ws = await createTestServices().workspace({ ...ACME_FILES, 'extra.svcdef': 'binding Demand implements A25 { owner acme.it.CentralIT }\n' });
        const text = await hoverText(ws, 'extra.svcdef', 'implements A|25');
        expect(text).toContain('**A25** Demand Management');
        expect(text).toContain('process in category A2 Customer Relationships');
        const other = await hoverText(ws, 'bindings.svcdef', 'implements A2|35');
        expect(other).toContain('Implemented in this workspace by `CatalogPublishing`.');
    });

    it('on a work-product string shows its description and the A2 nodes producing and consuming it', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const text = await hoverText(ws, 'bindings.svcdef', 'produces "SLAs, O|LAs');
        expect(text).toContain('**"SLAs, OLAs, UCs"** — A2 work product');
        expect(text).toContain('agreements behind a service');
        expect(text).toContain('**Produced by:** A243 Create and Maintain Service Level Agreements');
        expect(text).toMatch(/\*\*Consumed by:\*\* .*A244 Monitor and Report Service Level Achievements/);
        expect(text).toContain('**Carries:** sla artifacts, ola artifacts, uc artifacts');
        const consumed = await hoverText(ws, 'bindings.svcdef', 'consumes "Service Cat|alog"');
        expect(consumed).toContain('**Produced by:** A235 Publish Service Catalog');
    });

    it('on a qualified service reference shows the service card with the SLAs covering it', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const text = await hoverText(ws, 'agreements.svcdef', 'services acme.it.Em|ail');
        expect(text).toContain('**service `Email`** — Corporate Email');
        expect(text).toContain('Mailboxes, calendars and shared folders for every employee.');
        expect(text).toContain('- **Status:** live');
        expect(text).toContain('- **Owner:** `CentralIT`');
        expect(text).toContain('- **Hours:** `Business`');
        expect(text).toContain('Standard — 4.50 EUR per user per month');
        expect(text).toContain('- `FinanceEmail` (finalized, for Finance): availability >= 99.9% per month; incidentResponse <= 30min for P1');
    });

    it('follows the workspace: a new SLA in another file shows up on the service card', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(await hoverText(ws, 'services.svcdef', 'service Netw|ork')).toContain('**SLAs covering it:** none');
        await ws.update({ 'more.svcdef': 'sla NetworkSla { customer Finance services Network status draft }\n' });
        expect(await hoverText(ws, 'services.svcdef', 'service Netw|ork')).toContain('- `NetworkSla` (draft, for Finance)');
    });

    it('on an SLA reference shows customer, status, validity, targets and what backs it', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const text = await hoverText(ws, 'bindings.svcdef', '{ Finance|Email,');
        expect(text).toContain('**SLA `FinanceEmail`** — Email for Finance');
        expect(text).toContain('- **Customer:** `Finance`');
        expect(text).toContain('- **Status:** finalized');
        expect(text).toContain('- **Valid:** from 2026-01-01 to 2026-12-31');
        expect(text).toContain('- availability >= 99.9% per month');
        expect(text).toContain('- incidentResponse <= 30min for P1');
        expect(text).toContain('**Backed by:** `NetworkForEmail` (OLA), `CloudMail` (UC)');
    });

    it('on a built-in metric shows its unit and direction', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const availability = await hoverText(ws, 'agreements.svcdef', 'target avail|ability >= 99.9%');
        expect(availability).toContain('**metric `availability`** — Availability');
        expect(availability).toContain('- **Unit:** percent');
        expect(availability).toContain('higher is better');
        const response = await hoverText(ws, 'agreements.svcdef', 'target incident|Response');
        expect(response).toContain('- **Unit:** duration');
        expect(response).toContain('lower is better');
    });

    it('shows doc comments of declarations and titles of parties and offerings', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const provider = await hoverText(ws, 'bindings.svcdef', 'owner acme.it.Central|IT');
        expect(provider).toContain('**provider `CentralIT`** — Central IT Services');
        expect(provider).toContain('The central IT organisation that runs the shared services.');
        expect(provider).toContain('- **Contact:** it-service-desk@acme.example');
        const offering = await hoverText(ws, 'services.svcdef', 'offering Stand|ard');
        expect(offering).toContain('**offering `Standard`** — Standard mailbox of service `Email`');
        expect(offering).toContain('- **Price:** 4.50 EUR per user per month');
    });

    it('returns nothing on literals time adds nothing to, and on plain strings', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        // A clock duration needs no translation (an availability target's error budget is in hover-time.test.ts).
        expect(await hoverText(ws, 'agreements.svcdef', '<= 3|0min')).toBeUndefined();
        expect(await hoverText(ws, 'services.svcdef', 'category "Collab|oration"')).toBeUndefined();
    });
});

describe('hover on the second-edition forms', () => {
    const PARENT_AND_CHILD = `
customer Ward
provider IT
service Lab { status live owner IT }
service Imaging { status live owner IT }
sla Hospital "Hospital-wide SLA" {
  customers Ward
  services Lab, Imaging
  target incidentResponse <= 1h for P1
  for service Lab { target rpo <= 1h }
}
sla WardLab {
  customers Ward
  services Lab, Imaging
  part of Hospital
  target availability >= 99.9% per month
  for service Lab { target incidentResolution <= 4h for P1 }
  for service Imaging { target rpo <= 4h }
}
`;

    it('on a priority declaration or reference shows its definition', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        const declaration = await hoverText(ws, 'example.svcdef', 'priority P|1');
        const reference = await hoverText(ws, 'example.svcdef', 'incidentResolution <= 4h for P|1');
        for (const text of [declaration, reference]) {
            expect(text).toContain('**priority `P1`** — Critical');
            expect(text).toContain('- **Impact:** high');
            expect(text).toContain('- **Urgency:** high');
            expect(text).toContain('- **Description:** A whole site, or patient or production safety, is affected');
            expect(text).toContain('Defines the built-in priority `P1`.');
        }
        const major = await hoverText(ws, 'example.svcdef', 'priority Ma|jor');
        expect(major).toContain('**priority `Major`** — Major incident');
        expect(major).toContain('- **Urgency:** medium');
        expect(major).not.toContain('built-in');
    });

    it('on a built-in priority the workspace does not define shows the built-in title and description', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': 'customer C\nsla S { customer C target incidentResponse <= 2h for P2 }\n' });
        const text = await hoverText(ws, 'a.svcdef', 'for P|2');
        expect(text).toContain('**priority `P2`** — High');
        expect(text).toContain('Major function impaired for a group of users; no workaround.');
        expect(text).toContain('Built-in priority');
    });

    it('on a workspace definition of a built-in priority without a description falls back to the built-in one', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': 'priority P3 { impact medium urgency low }\n' });
        const text = await hoverText(ws, 'a.svcdef', 'priority P|3');
        expect(text).toContain('**priority `P3`** — Medium');
        expect(text).toContain('- **Impact:** medium');
        expect(text).toContain('Defines the built-in priority `P3`: Limited impact or a workaround exists.');
    });

    it('on a for service block shows the targets that apply to that service, marked where they come from', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': PARENT_AND_CHILD });
        const onName = await hoverText(ws, 'a.svcdef', 'for service L|ab { target incidentResolution');
        const onFor = await hoverText(ws, 'a.svcdef', 'f|or service Lab { target incidentResolution');
        for (const text of [onName, onFor]) {
            expect(text).toContain('**Targets for `Lab` in SLA `WardLab`**');
            expect(text).toContain('- incidentResolution <= 4h for P1 — this block');
            expect(text).toContain('- availability >= 99.9% per month — every service of the agreement');
            expect(text).toContain('- incidentResponse <= 1h for P1 — inherited from `Hospital`');
            expect(text).toContain('- rpo <= 1h — inherited from `Hospital` (its block for this service)');
            expect(text).not.toContain('rpo <= 4h');
        }
        // On the name, the service's own card follows.
        expect(onName).toContain('**service `Lab`**');
        expect(onFor).not.toContain('**service `Lab`**');
        const imaging = await hoverText(ws, 'a.svcdef', 'for service Imag|ing');
        expect(imaging).toContain('- rpo <= 4h — this block');
        expect(imaging).not.toContain('rpo <= 1h');
    });

    it('on a for service block naming a service the agreement does not cover says so', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': PARENT_AND_CHILD.replace('services Lab, Imaging\n  part of', 'services Lab\n  part of') });
        const text = await hoverText(ws, 'a.svcdef', 'for service Imag|ing');
        expect(text).toContain('`Imaging` is not a service of `WardLab`: add it to `services` or remove this block.');
    });

    it('on an agreement shows its customers, parent, offerings sold, per-service and inherited targets, version and approvals', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE, 'family.svcdef': PARENT_AND_CHILD });
        const emergency = await hoverText(ws, 'example.svcdef', 'sla Emergency|EHR');
        expect(emergency).toContain('- **Customers:** `Emergency`, `IntensiveCare`');
        expect(emergency).toContain('- **Offerings:** `EHR.Gold`');
        expect(emergency).toContain('- **Part of:** `Corporate`');
        expect(emergency).toContain('**Targets (every service):**\n- incidentResponse <= 30min for P1\n- incidentResponse <= 15min for P1 at p95');
        expect(emergency).toContain('**For service `EHR`:**\n- availability >= 99.95% per month');
        const finance = await hoverText(ws, 'example.svcdef', 'sla Fin|anceErp');
        expect(finance).toContain('- **Version:** 2.1');
        expect(finance).toContain('- **Approved by:** `Finance` (Chief Financial Officer, 2026-01-10); `CentralIT` (Head of IT Services, 2026-01-12)');
        const child = await hoverText(ws, 'family.svcdef', 'sla Ward|Lab');
        expect(child).toContain('**Inherited:**\n- incidentResponse <= 1h for P1 — from `Hospital`');
    });

    it('on an offering, declared or referenced as Service.Offering, shows its price and the service levels of the tier', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        for (const marked of ['offering Go|ld', 'offerings EHR.Go|ld', 'offerings E|HR.Gold']) {
            const text = await hoverText(ws, 'example.svcdef', marked);
            expect(text, marked).toContain('**offering `Gold`** — Gold of service `EHR`');
            expect(text, marked).toContain('- **Price:** 7.00 EUR per user per month');
            expect(text, marked).toContain('**Service levels of this tier:**\n- availability >= 99.95% per month\n- incidentResolution <= 4h for P1');
        }
    });

    it('on a service shows its kind, criticality, tags, owner and manager, and what each SLA promises for it', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE, 'family.svcdef': PARENT_AND_CHILD });
        const network = await hoverText(ws, 'example.svcdef', 'service Netw|ork');
        expect(network).toContain('- **Kind:** technical (shown in the support view only)');
        expect(network).toContain('- **Criticality:** high');
        expect(network).toContain('- **Tags:** "infrastructure", "wan"');
        expect(network).toContain('- **Owner:** `CentralIT`');
        expect(network).toContain('- **Manager:** `NetworkOps`');
        const imaging = await hoverText(ws, 'family.svcdef', 'service Imag|ing');
        expect(imaging).toContain('- `WardLab` (status not stated, for Ward): rpo <= 4h; availability >= 99.9% per month; incidentResponse <= 1h for P1 (from Hospital)');
    });
});
