import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

async function targetDiagnostics(body: string) {
    const ws = await workspace({ 'p.svcdef': PARTIES, 'sla.svcdef': `sla A { customer Finance services Email\n${body}\n}` });
    const document = ws.document('sla.svcdef').textDocument;
    return ws.diagnostics('sla.svcdef').map(d => ({ code: String(d.code), text: document.getText(d.range), message: d.message }));
}

describe('percent-out-of-range', () => {
    it('reports a percent above 100 wherever it is written', async () => {
        expect(await targetDiagnostics('target availability >= 100.5%')).toMatchObject([{ code: 'percent-out-of-range', text: '100.5%' }]);
        expect(await targetDiagnostics('target availability >= 99%\ncredit 150% when availability < 99%')).toMatchObject([{ code: 'percent-out-of-range', text: '150%' }]);
    });

    it('accepts 0% and 100%', async () => {
        expect(await targetDiagnostics('target availability >= 100%\ncredit 0% when availability < 99%')).toEqual([]);
    });
});

describe('comparator-direction', () => {
    it('warns about >= on a lower-is-better metric, on the comparator, naming the right one', async () => {
        const result = await targetDiagnostics('target incidentResponse >= 30min for P1');
        expect(result).toMatchObject([{ code: 'comparator-direction', text: '>=' }]);
        expect(result[0].message).toContain("Write '<='");
    });

    it('warns about <= on a higher-is-better metric, including user metrics', async () => {
        expect(await targetDiagnostics('target availability <= 99.9%')).toMatchObject([{ code: 'comparator-direction' }]);
        const ws = await workspace({
            'p.svcdef': PARTIES + 'metric changeSuccess "Change success" percent higher',
            'sla.svcdef': 'sla A { customer Finance target changeSuccess < 95% }'
        });
        expect(ws.codes('sla.svcdef')).toEqual(['comparator-direction']);
    });

    it('is silent for comparators that fit and for credit conditions, which describe a breach', async () => {
        expect(await targetDiagnostics('target availability >= 99.9%\ntarget latency <= 300ms at p95\ncredit 5% when availability < 99.9%')).toEqual([]);
    });
});

describe('unit-mismatch', () => {
    it('reports a duration on a percent metric and a percent on a duration metric', async () => {
        expect(await targetDiagnostics('target availability >= 4h')).toMatchObject([{ code: 'unit-mismatch', text: '4h' }]);
        expect(await targetDiagnostics('target latency <= 95%')).toMatchObject([{ code: 'unit-mismatch', text: '95%' }]);
        expect(await targetDiagnostics('target throughput >= 5min')).toMatchObject([{ code: 'unit-mismatch', text: '5min' }]);
    });

    it('reports a mismatched credit condition', async () => {
        expect(await targetDiagnostics('target availability >= 99%\ncredit 5% when availability < 30min')).toMatchObject([{ code: 'unit-mismatch', text: '30min' }]);
    });

    it('accepts each unit on its metric', async () => {
        expect(await targetDiagnostics('target availability >= 99%\ntarget rto <= 4h\ntarget throughput >= 1200\ntarget satisfaction >= 4.5')).toEqual([]);
    });
});
