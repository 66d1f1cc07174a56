import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace, services } = createTestServices({ today: '2026-06-01' });

async function slaDiagnostics(services_: string, sla: string) {
    const ws = await workspace({ 'p.svcdef': PARTIES + services_, 'sla.svcdef': sla });
    const document = ws.document('sla.svcdef').textDocument;
    return ws.diagnostics('sla.svcdef').map(d => ({ code: String(d.code), text: document.getText(d.range), message: d.message }));
}

describe('retired-service-in-sla', () => {
    it('reports a retired service on its reference in the SLA', async () => {
        const result = await slaDiagnostics('service Fax { status retired owner CentralIT }', 'sla A { customer Finance services Email, Fax }');
        expect(result).toMatchObject([{ code: 'retired-service-in-sla', text: 'Fax' }]);
    });

    it('is silent for live and retiring services', async () => {
        expect(await slaDiagnostics('service Fax { status retiring owner CentralIT }', 'sla A { customer Finance services Email, Fax }')).toEqual([]);
    });
});

describe('finalized-sla-unreleased-service', () => {
    it.each(['planned', 'pipeline'])('warns when a finalized SLA covers a %s service', async status => {
        const result = await slaDiagnostics(`service Chat { status ${status} owner CentralIT }`, 'sla A { customer Finance status finalized target availability >= 99% services Chat }');
        expect(result).toMatchObject([{ code: 'finalized-sla-unreleased-service', text: 'Chat' }]);
        expect(result[0].message).toContain(status);
    });

    it('is silent while the SLA is a draft', async () => {
        expect(await slaDiagnostics('service Chat { status planned owner CentralIT }', 'sla A { customer Finance status draft services Chat }')).toEqual([]);
    });
});

describe('invalid-validity-period', () => {
    it('reports a start after the end', async () => {
        const result = await slaDiagnostics('', 'sla A { customer Finance valid from 2026-12-31 to 2026-01-01 }');
        expect(result).toMatchObject([{ code: 'invalid-validity-period', text: '2026-01-01' }]);
    });

    it('reports a date that does not exist', async () => {
        const result = await slaDiagnostics('', 'sla A { customer Finance valid from 2026-02-30 to 2026-12-31 }');
        expect(result).toMatchObject([{ code: 'invalid-validity-period', text: '2026-02-30' }]);
    });

    it('accepts a one-day period and an open end', async () => {
        expect(await slaDiagnostics('', 'sla A { customer Finance valid from 2026-09-01 to 2026-09-01 }')).toEqual([]);
        expect(await slaDiagnostics('', 'sla A { customer Finance valid from 2026-01-01 }')).toEqual([]);
    });
});

describe('expired-sla', () => {
    it('warns about a finalized SLA whose end has passed, relative to the configured today', async () => {
        const result = await slaDiagnostics('', 'sla A { customer Finance status finalized target availability >= 99% valid from 2025-01-01 to 2026-05-31 }');
        expect(result).toMatchObject([{ code: 'expired-sla', text: '2026-05-31' }]);
        expect(result[0].message).toContain('today is 2026-06-01');
    });

    it('is silent on the last valid day, for drafts, and when today moves back', async () => {
        expect(await slaDiagnostics('', 'sla A { customer Finance status finalized target availability >= 99% valid from 2025-01-01 to 2026-06-01 }')).toEqual([]);
        expect(await slaDiagnostics('', 'sla A { customer Finance status draft valid from 2025-01-01 to 2026-05-31 }')).toEqual([]);
        services.settings.setToday('2026-05-01');
        try {
            expect(await slaDiagnostics('', 'sla A { customer Finance status finalized target availability >= 99% valid from 2025-01-01 to 2026-05-31 }')).toEqual([]);
        } finally {
            services.settings.setToday('2026-06-01');
        }
    });
});

describe('expired-sla, for every agreement in force', () => {
    it('warns about an OLA and a UC past their end, and about an agreement that states no status', async () => {
        expect(await slaDiagnostics('', 'ola A { unit NetworkOps status finalized target availability >= 99% valid to 2026-05-31 }'))
            .toMatchObject([{ code: 'expired-sla', text: '2026-05-31' }]);
        const result = await slaDiagnostics('', 'uc C { supplier CloudCo valid from 2025-01-01 to 2025-12-31 }');
        expect(result).toMatchObject([{ code: 'expired-sla', text: '2025-12-31' }]);
        expect(result[0].message).toBe("UC 'C' expired on 2025-12-31 (today is 2026-06-01). Renew it with a new validity period, mark it draft, or remove it.");
    });

    it('is silent for a draft of any kind', async () => {
        expect(await slaDiagnostics('', 'uc C { supplier CloudCo status draft valid to 2025-12-31 }')).toEqual([]);
        expect(await slaDiagnostics('', 'sla A { customer Finance status draft valid to 2025-12-31 }')).toEqual([]);
    });
});

describe('empty-agreement', () => {
    it('reports a finalized agreement of any kind without a target, on its name', async () => {
        for (const text of ['sla Empty { customer Finance status finalized }', 'ola Empty { unit NetworkOps status finalized }', 'uc Empty { supplier CloudCo status finalized }']) {
            const result = await slaDiagnostics('', text);
            expect(result, text).toMatchObject([{ code: 'empty-agreement', text: 'Empty' }]);
            expect(result[0].message).toContain("promises no target");
        }
    });

    it('counts per-service and inherited targets, and leaves drafts and agreements without status alone', async () => {
        expect(await slaDiagnostics('', 'sla A { customer Finance services Email status finalized for service Email { target availability >= 99% } }')).toEqual([]);
        expect(await slaDiagnostics('', 'sla Corp { customer Finance target availability >= 99% }\nsla A { customer Finance part of Corp status finalized }')).toEqual([]);
        expect(await slaDiagnostics('', 'sla A { customer Finance status draft }\nsla B { customer Finance }')).toEqual([]);
    });

    it('is reported again when the parent in another file loses its targets', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'corp.svcdef': 'sla Corp { customer Finance target availability >= 99% }',
            'mid.svcdef': 'sla Mid { customer Finance part of Corp }',
            'child.svcdef': 'sla Child { customer Finance part of Mid status finalized }'
        });
        expect(ws.codes('child.svcdef')).toEqual([]);
        await ws.update({ 'corp.svcdef': 'sla Corp { customer Finance }' });
        expect(ws.codes('child.svcdef')).toEqual(['empty-agreement']);
    });
});

describe('underpinning-expires-first', () => {
    const sla = 'sla S { customer Finance services Email valid from 2026-01-01 to 2026-12-31 }';

    it('warns when an OLA ends before the SLA it supports, on its end date', async () => {
        const result = await slaDiagnostics('', `${sla}\nola O { unit NetworkOps supports S valid from 2026-01-01 to 2026-06-30 }`);
        expect(result).toMatchObject([{ code: 'underpinning-expires-first', text: '2026-06-30' }]);
        expect(result[0].message).toBe("OLA 'O' ends on 2026-06-30, before the SLA it supports: 'S' (to 2026-12-31). Extend this OLA to cover the SLA, or shorten the SLA.");
    });

    it('warns when a UC starts after the SLA, on its start date', async () => {
        const result = await slaDiagnostics('', `${sla}\nuc U { supplier CloudCo supports S valid from 2026-03-01 to 2027-12-31 }`);
        expect(result).toMatchObject([{ code: 'underpinning-expires-first', text: '2026-03-01' }]);
    });

    it('warns when the SLA has no end date but the UC has one', async () => {
        const result = await slaDiagnostics('', 'sla S { customer Finance valid from 2026-01-01 }\nuc U { supplier CloudCo supports S valid from 2026-01-01 to 2027-12-31 }');
        expect(result).toMatchObject([{ code: 'underpinning-expires-first', text: '2027-12-31' }]);
        expect(result[0].message).toContain("'S' (no end date)");
    });

    it('is silent when the underpinning covers the SLA, or either states no validity', async () => {
        expect(await slaDiagnostics('', `${sla}\nuc U { supplier CloudCo supports S valid from 2025-01-01 to 2027-12-31 }`)).toEqual([]);
        expect(await slaDiagnostics('', `${sla}\nuc U { supplier CloudCo supports S }`)).toEqual([]);
        expect(await slaDiagnostics('', 'sla S { customer Finance }\nuc U { supplier CloudCo supports S valid from 2026-01-01 to 2026-09-01 }')).toEqual([]);
    });
});
