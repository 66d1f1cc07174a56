import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

async function findings(text: string) {
    const ws = await workspace({ 'p.svcdef': PARTIES, 'a.svcdef': text });
    const document = ws.document('a.svcdef').textDocument;
    return ws.diagnostics('a.svcdef').map(d => ({ code: String(d.code), text: document.getText(d.range), message: d.message }));
}

describe('credit-without-target', () => {
    it('warns about a credit on a metric the agreement promises nothing on, on the metric', async () => {
        const result = await findings('sla A { customer Finance target availability >= 99.9% credit 5% when incidentResolution > 4h for P1 }');
        expect(result).toMatchObject([{ code: 'credit-without-target', text: 'incidentResolution' }]);
        expect(result[0].message).toBe("SLA 'A' pays a credit on incidentResolution for P1, but promises no incidentResolution for P1 target. "
            + "Add the target, or correct the credit's metric and qualifiers to those of a promised target.");
    });

    it('compares the qualifiers, in any order, but not the window', async () => {
        expect((await findings('sla A { customer Finance target incidentResponse <= 1h for P1 credit 5% when incidentResponse > 1h for P2 }')).map(r => r.code))
            .toEqual(['credit-without-target']);
        expect(await findings('sla A { customer Finance target latency <= 1s at p95 for P1 credit 5% when latency > 1s for P1 at p95 }')).toEqual([]);
        expect(await findings('sla A { customer Finance target availability >= 99.9% per month credit 5% of monthly charge when availability < 99.9% per year }')).toEqual([]);
    });

    it('counts per-service and inherited targets, and applies to UCs', async () => {
        expect(await findings('sla A { customer Finance services Email for service Email { target rpo <= 15min } credit 5% when rpo > 15min }')).toEqual([]);
        expect(await findings('sla Corp { customer Finance target availability >= 99% }\nsla A { customer Finance part of Corp credit 5% when availability < 99% }')).toEqual([]);
        expect((await findings('uc U { supplier CloudCo credit 5% when availability < 99% }')).map(r => r.code)).toEqual(['credit-without-target']);
    });
});
