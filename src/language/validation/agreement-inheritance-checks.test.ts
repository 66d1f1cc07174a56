import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

async function findings(text: string, parent = '') {
    const ws = await workspace({ 'p.svcdef': PARTIES, 'corp.svcdef': parent, 'a.svcdef': text });
    const document = ws.document('a.svcdef').textDocument;
    return ws.diagnostics('a.svcdef').map(d => ({ code: String(d.code), text: document.getText(d.range), message: d.message }));
}

const CORP = 'sla Corp { customer Finance target availability >= 99.9% per month target incidentResponse <= 30min for P1 }';

describe('weaker-than-parent', () => {
    it('reports a child target looser than the parent\'s same metric and qualifiers, on the value', async () => {
        const result = await findings('sla Child { customer Finance part of Corp target availability >= 99.5% per month }', CORP);
        expect(result).toMatchObject([{ code: 'weaker-than-parent', text: '99.5%' }]);
        expect(result[0].message).toContain("looser than availability >= 99.9% per month that SLA 'Corp' promises");
    });

    it('reports a longer window on the window, and a qualifier in another order as the same target', async () => {
        expect(await findings('sla Child { customer Finance part of Corp target availability >= 99.9% per year }', CORP))
            .toMatchObject([{ code: 'weaker-than-parent', text: 'year' }]);
        const parent = 'sla Corp { customer Finance target latency <= 300ms at p95 for P1 }';
        expect(await findings('sla Child { customer Finance part of Corp target latency <= 500ms for P1 at p95 }', parent))
            .toMatchObject([{ code: 'weaker-than-parent', text: '500ms' }]);
    });

    it('holds a child\'s for-service block to the parent\'s agreement-wide target, naming the service', async () => {
        const result = await findings('sla Child { customer Finance services Email part of Corp for service Email { target incidentResponse <= 1h for P1 } }', CORP);
        expect(result).toMatchObject([{ code: 'weaker-than-parent', text: '1h' }]);
    });

    it('holds a child\'s agreement-wide target to the parent\'s block for a service the child covers', async () => {
        const parent = 'sla Corp { customer Finance services Email for service Email { target availability >= 99.95% } }';
        const result = await findings('sla Child { customer Finance services Email part of Corp target availability >= 99.9% }', parent);
        expect(result).toMatchObject([{ code: 'weaker-than-parent', text: '99.9%' }]);
        expect(result[0].message).toContain("for service 'Email'");
    });

    it('compares with a grandparent\'s target the parent does not restate', async () => {
        const parents = `${CORP}\nsla Mid { customer Finance part of Corp }`;
        const result = await findings('sla Child { customer Finance part of Mid target incidentResponse <= 45min for P1 }', parents);
        expect(result).toMatchObject([{ code: 'weaker-than-parent', text: '45min' }]);
        expect(result[0].message).toContain("SLA 'Corp' (through 'Mid')");
    });

    it('accepts tighter targets, other qualifiers and metrics the parent does not state', async () => {
        expect(await findings('sla Child { customer Finance part of Corp target availability >= 99.95% per day target incidentResponse <= 1h for P2 target rpo <= 1h }', CORP))
            .toEqual([]);
    });
});

describe('part of cycles', () => {
    it('reports an SLA that is part of itself as a dependency cycle, once, on the first SLA', async () => {
        expect(await findings('sla A { customer Finance part of A }')).toMatchObject([{ code: 'dependency-cycle', text: 'A' }]);
        const result = await findings('sla A { customer Finance part of B target availability >= 99% }\nsla B { customer Finance part of A target availability >= 98% }');
        expect(result).toMatchObject([{ code: 'dependency-cycle', text: 'B' }]);
        expect(result[0].message).toBe("SLA 'A' is part of itself through 'B' → 'A'. Remove the 'part of' of one of them: an agreement cannot be its own parent.");
    });
});

describe('below-offering-target', () => {
    const service = 'service Ehr { status live owner CentralIT offering Gold { target availability >= 99.95% per month target rpo <= 15min } }';

    it('warns when an SLA selling an offering promises less than it publishes, on the SLA\'s value', async () => {
        const result = await findings('sla A { customer Finance services Ehr offerings Ehr.Gold target availability >= 99.9% per month }', service);
        expect(result).toMatchObject([{ code: 'below-offering-target', text: '99.9%' }]);
        expect(result[0].message).toContain("offering 'Ehr.Gold' publishes");
    });

    it('reads per-service targets, and only metrics and qualifiers both state', async () => {
        expect((await findings('sla A { customer Finance services Ehr offerings Ehr.Gold for service Ehr { target rpo <= 1h } }', service)).map(r => r.code))
            .toEqual(['below-offering-target']);
        expect(await findings('sla A { customer Finance services Ehr offerings Ehr.Gold target incidentResponse <= 1h for P1 }', service)).toEqual([]);
    });

    it('reports an inherited shortfall on the offering sold', async () => {
        const parent = `${service}\nsla Corp { customer Finance target availability >= 99.5% per month }`;
        const result = await findings('sla A { customer Finance services Ehr part of Corp offerings Ehr.Gold }', parent);
        expect(result).toMatchObject([{ code: 'below-offering-target', text: 'Ehr.Gold' }]);
        expect(result[0].message).toContain("(inherited from SLA 'Corp')");
    });
});
