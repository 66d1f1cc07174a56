import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

function sla(targets: string): string {
    return `sla FinanceEmail { customer Finance services Email\n${targets}\n}`;
}

async function underpinning(slaTargets: string, olaTargets: string): Promise<{ codes: string[]; messages: string[]; ranges: string[] }> {
    const ws = await workspace({
        'p.svcdef': PARTIES,
        'sla.svcdef': sla(slaTargets),
        'ola.svcdef': `ola NetworkForEmail { unit NetworkOps supports FinanceEmail\n${olaTargets}\n}`
    });
    const document = ws.document('ola.svcdef').textDocument;
    const diagnostics = ws.diagnostics('ola.svcdef');
    return { codes: diagnostics.map(d => String(d.code)), messages: diagnostics.map(d => d.message as string), ranges: diagnostics.map(d => document.getText(d.range)) };
}

describe('weaker-underpinning-target', () => {
    it('reports a lower availability floor than the SLA promises, on the value', async () => {
        const result = await underpinning('target availability >= 99.9% per month', 'target availability >= 99.5% per month');
        expect(result.codes).toEqual(['weaker-underpinning-target']);
        expect(result.ranges).toEqual(['99.5%']);
        expect(result.messages[0]).toContain("SLA 'FinanceEmail'");
        expect(result.messages[0]).toContain('Raise this target to 99.9%');
    });

    it('converts durations before comparing: 1h is weaker than 30min on a lower-is-better metric', async () => {
        expect((await underpinning('target incidentResponse <= 30min for P1', 'target incidentResponse <= 1h for P1')).codes)
            .toEqual(['weaker-underpinning-target']);
        expect((await underpinning('target incidentResponse <= 1h for P1', 'target incidentResponse <= 30min for P1')).codes).toEqual([]);
        expect((await underpinning('target incidentResponse <= 60min for P1', 'target incidentResponse <= 1h for P1')).codes).toEqual([]);
    });

    it('compares only targets with the same qualifier', async () => {
        expect((await underpinning('target incidentResponse <= 30min for P1', 'target incidentResponse <= 4h for P2')).codes).toEqual([]);
        expect((await underpinning('target latency <= 300ms at p95', 'target latency <= 900ms at p99')).codes).toEqual([]);
        expect((await underpinning('target latency <= 300ms at p95', 'target latency <= 301ms at p95')).codes)
            .toEqual(['weaker-underpinning-target']);
    });

    it('compares only targets on the same metric', async () => {
        expect((await underpinning('target incidentResponse <= 30min for P1', 'target incidentResolution <= 8h for P1')).codes).toEqual([]);
    });

    it('treats a non-strict floor under a strict promise of the same value as weaker', async () => {
        expect((await underpinning('target availability > 99.9%', 'target availability >= 99.9%')).codes).toEqual(['weaker-underpinning-target']);
        expect((await underpinning('target availability >= 99.9%', 'target availability >= 99.9%')).codes).toEqual([]);
    });

    it('respects direction on higher-is-better number metrics', async () => {
        expect((await underpinning('target satisfaction >= 4.2', 'target satisfaction >= 4.0')).codes).toEqual(['weaker-underpinning-target']);
        expect((await underpinning('target satisfaction >= 4.2', 'target satisfaction >= 4.5')).codes).toEqual([]);
    });

    it('applies to UCs too', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'a.svcdef': sla('target availability >= 99.9%') + '\nuc Mail { supplier CloudCo supports FinanceEmail target availability >= 99.0% }'
        });
        expect(ws.codes('a.svcdef')).toEqual(['weaker-underpinning-target']);
    });
});

describe('unreachable-availability', () => {
    it('reports the product of supporting availabilities below the promise, with the product in the message', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': sla('target availability >= 99.9% per month'),
            'ola.svcdef': 'ola Net { unit NetworkOps supports FinanceEmail target availability >= 99.95% per month }',
            'uc.svcdef': 'uc Cloud { supplier CloudCo supports FinanceEmail target availability >= 99.92% per month }'
        });
        const [diagnostic] = ws.diagnostics('sla.svcdef');
        expect(ws.codes('sla.svcdef')).toEqual(['unreachable-availability']);
        // 0.9995 × 0.9992 = 0.99870040
        expect(diagnostic.message).toContain('99.8700%'.replace(/0+%$/, '%'));
        expect(diagnostic.message).toContain("OLA 'Net' 99.95%");
        expect(ws.document('sla.svcdef').textDocument.getText(diagnostic.range)).toBe('99.9%');
        expect(ws.codes('ola.svcdef')).toEqual([]);
    });

    it('is silent when the product reaches the promise', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': sla('target availability >= 99.5%'),
            'ola.svcdef': 'ola Net { unit NetworkOps supports FinanceEmail target availability >= 99.9% }',
            'uc.svcdef': 'uc Cloud { supplier CloudCo supports FinanceEmail target availability >= 99.9% }'
        });
        expect(ws.codes('sla.svcdef')).toEqual([]);
    });

    it('composes only supporting targets with the same qualifier', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': sla('target availability >= 99.9%'),
            'ola.svcdef': 'ola Net { unit NetworkOps supports FinanceEmail target availability >= 99.95% }',
            'uc.svcdef': 'uc Cloud { supplier CloudCo supports FinanceEmail target availability >= 99.0% for P1 }'
        });
        expect(ws.codes('sla.svcdef')).toEqual([]);
    });

    it('is re-evaluated when a supporting agreement in another file changes', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': sla('target availability >= 99.9%'),
            'ola.svcdef': 'ola Net { unit NetworkOps supports FinanceEmail target availability >= 99.95% }',
            'uc.svcdef': 'uc Cloud { supplier CloudCo supports FinanceEmail target availability >= 99.99% }'
        });
        expect(ws.codes('sla.svcdef')).toEqual([]);
        await ws.update({ 'uc.svcdef': 'uc Cloud { supplier CloudCo supports FinanceEmail target availability >= 99.92% }' });
        expect(ws.codes('sla.svcdef')).toEqual(['unreachable-availability']);
        await ws.remove('uc.svcdef');
        expect(ws.codes('sla.svcdef')).toEqual([]);
    });
});

describe('weaker-underpinning-target, second edition', () => {
    async function chain(files: Record<string, string>, file = 'ola.svcdef') {
        const ws = await workspace({ 'p.svcdef': PARTIES + '\nservice Dns { status live owner CentralIT }\nservice Ehr { status live owner CentralIT depends on Dns }', ...files });
        const document = ws.document(file).textDocument;
        return ws.diagnostics(file).map(d => ({ code: String(d.code), text: document.getText(d.range), message: d.message, data: d.data as Record<string, unknown> }));
    }

    it('reports a longer window, and a missing one where the SLA states one', async () => {
        expect((await underpinning('target availability >= 99.9% per month', 'target availability >= 99.9% per year')))
            .toMatchObject({ codes: ['weaker-underpinning-target'], ranges: ['year'] });
        const missing = await underpinning('target availability >= 99.9% per month', 'target availability >= 99.95%');
        expect(missing.codes).toEqual(['weaker-underpinning-target']);
        expect(missing.messages[0]).toContain("Add 'per month'");
        expect((await underpinning('target availability >= 99.9% per month', 'target availability >= 99.9% per week')).codes).toEqual([]);
        expect((await underpinning('target availability >= 99.9%', 'target availability >= 99.9% per year')).codes).toEqual([]);
    });

    it('compares qualifiers written in any order as the same', async () => {
        expect((await underpinning('target incidentResponse <= 15min at p95 for P1', 'target incidentResponse <= 30min for P1 at p95')).codes)
            .toEqual(['weaker-underpinning-target']);
    });

    it('holds an OLA for a service against the SLA target for each SLA service relying on it, naming the service', async () => {
        const result = await chain({
            'sla.svcdef': 'sla S { customer Finance services Email, Ehr target availability >= 99% for service Ehr { target availability >= 99.95% } }',
            'ola.svcdef': 'ola O { unit NetworkOps supports S services Dns target availability >= 99.9% }'
        });
        expect(result).toMatchObject([{ code: 'weaker-underpinning-target', text: '99.9%', data: { required: '99.95%', service: 'Ehr' } }]);
        expect(result[0].message).toContain("that SLA 'S' promises for service 'Ehr'");
    });

    it('does not hold a target for one service against another service\'s per-service target', async () => {
        expect(await chain({
            'sla.svcdef': 'sla S { customer Finance services Email, Ehr for service Ehr { target availability >= 99.95% } }',
            'ola.svcdef': 'ola O { unit NetworkOps supports S services Email for service Email { target availability >= 99% } }'
        })).toEqual([]);
    });

    it('holds an OLA naming no services against every SLA service, once per target, on the worst case', async () => {
        const result = await chain({
            'sla.svcdef': 'sla S { customer Finance services Email, Ehr target availability >= 99% for service Ehr { target availability >= 99.95% } }',
            'ola.svcdef': 'ola O { unit NetworkOps supports S target availability >= 98% }'
        });
        expect(result).toMatchObject([{ code: 'weaker-underpinning-target', data: { required: '99.95%' } }]);
    });

    it('uses targets the SLA inherits from the agreement it is part of', async () => {
        const result = await chain({
            'sla.svcdef': 'sla Corp { customer Finance target incidentResolution <= 4h for P1 }\nsla S { customer Finance services Email part of Corp }',
            'ola.svcdef': 'ola O { unit NetworkOps supports S target incidentResolution <= 8h for P1 }'
        });
        expect(result).toMatchObject([{ code: 'weaker-underpinning-target', text: '8h' }]);
        expect(result[0].message).toContain("(inherited from SLA 'Corp')");
    });
});

describe('unreachable-availability, second edition', () => {
    it('composes per service: only the agreements underpinning that service multiply', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': 'sla S { customer Finance services Email, Erp for service Erp { target availability >= 99.9% } }',
            'ola.svcdef': 'ola Net { unit NetworkOps supports S services Email target availability >= 99.5% }\n'
                + 'uc A { supplier CloudCo supports S services Erp target availability >= 99.95% }\n'
                + 'uc B { supplier CloudCo supports S services Erp target availability >= 99.92% }'
        });
        const [diagnostic] = ws.diagnostics('sla.svcdef');
        expect(ws.codes('sla.svcdef')).toEqual(['unreachable-availability']);
        expect(diagnostic.message).toContain("UC 'A' 99.95% × UC 'B' 99.92%");
        expect(diagnostic.message).not.toContain('Net');
    });

    it('composes against an inherited target, reported on the part of', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': 'sla Corp { customer Finance target availability >= 99.9% }\nsla S { customer Finance services Email part of Corp }',
            'ola.svcdef': 'ola Net { unit NetworkOps supports S target availability >= 99.95% }\nuc A { supplier CloudCo supports S target availability >= 99.92% }'
        });
        const [diagnostic] = ws.diagnostics('sla.svcdef');
        expect(ws.codes('sla.svcdef')).toEqual(['unreachable-availability']);
        expect(ws.document('sla.svcdef').textDocument.getText(diagnostic.range)).toBe('Corp');
        expect(diagnostic.message).toContain("(inherited from SLA 'Corp')");
    });
});
