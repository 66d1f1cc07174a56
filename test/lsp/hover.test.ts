import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
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

    it('returns nothing on literals and plain strings', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(await hoverText(ws, 'agreements.svcdef', '>= 99.|9%')).toBeUndefined();
        expect(await hoverText(ws, 'services.svcdef', 'category "Collab|oration"')).toBeUndefined();
    });
});
