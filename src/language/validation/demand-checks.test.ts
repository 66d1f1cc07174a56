import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

describe('forecast-exceeds-capacity', () => {
    const packages = 'package Gold { service Email capacity 800 mailboxes }\npackage Silver { service Email capacity 400 mailboxes }';

    it('warns on a period whose demand exceeds the packages\u2019 total capacity, naming them', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES + packages,
            'f.svcdef': 'forecast EmailDemand for Email {\n  period 2027-Q1 demand 1100 mailboxes\n  period 2027-Q2 demand 1300 mailboxes\n}'
        });
        const diagnostics = ws.diagnostics('f.svcdef');
        expect(diagnostics.map(d => d.code)).toEqual(['forecast-exceeds-capacity']);
        expect(diagnostics[0].range.start.line).toBe(2);
        expect(diagnostics[0].message).toContain("'Gold' (800), 'Silver' (400)");
        expect(diagnostics[0].message).toContain('2027-Q2');
    });

    it('ignores packages of other services and capacities in another unit', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES + 'package Erp1 { service Erp capacity 10 mailboxes }\npackage Mail { service Email capacity 5 gigabytes }',
            'f.svcdef': 'forecast EmailDemand for Email { period 2027 demand 1300 mailboxes }'
        });
        expect(ws.codes('f.svcdef')).toEqual([]);
    });

    it('is re-evaluated when a package in another file changes', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'pkg.svcdef': 'package Gold { service Email capacity 2000 mailboxes }',
            'f.svcdef': 'forecast EmailDemand for Email { period 2027-03 demand 1300 mailboxes }'
        });
        expect(ws.codes('f.svcdef')).toEqual([]);
        await ws.update({ 'pkg.svcdef': 'package Gold { service Email capacity 1000 mailboxes }' });
        expect(ws.codes('f.svcdef')).toEqual(['forecast-exceeds-capacity']);
    });
});

describe('uncovered-demand', () => {
    it('warns when a driven service is covered by no SLA of the pattern\u2019s customer, on that service', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES + 'sla FinanceEmail { customer Finance services Email }\nsla SalesErp { customer Sales services Erp }',
            'd.svcdef': 'pattern MonthEnd { customer Finance drives Email, Erp }'
        });
        const diagnostics = ws.diagnostics('d.svcdef');
        expect(diagnostics.map(d => d.code)).toEqual(['uncovered-demand']);
        expect(ws.document('d.svcdef').textDocument.getText(diagnostics[0].range)).toBe('Erp');
    });

    it('is silent when every driven service is covered, and re-evaluated when an SLA changes', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': 'sla FinanceAll { customer Finance services Email, Erp }',
            'd.svcdef': 'pattern MonthEnd { customer Finance drives Email, Erp }'
        });
        expect(ws.codes('d.svcdef')).toEqual([]);
        await ws.update({ 'sla.svcdef': 'sla FinanceAll { customer Finance services Email }' });
        expect(ws.codes('d.svcdef')).toEqual(['uncovered-demand']);
    });

    it('counts an SLA for every customer it names, not only the first', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES + 'sla Shared { customers Sales, Finance services Email, Erp }',
            'd.svcdef': 'pattern MonthEnd { customer Finance drives Email, Erp }'
        });
        expect(ws.codes('d.svcdef')).toEqual([]);
    });
});
