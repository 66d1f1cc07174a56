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
