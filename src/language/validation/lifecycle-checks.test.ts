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
        const result = await slaDiagnostics(`service Chat { status ${status} owner CentralIT }`, 'sla A { customer Finance status finalized services Chat }');
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
        expect(await slaDiagnostics('', 'sla A { customer Finance valid from 2026-01-01 to 2026-01-01 }')).toEqual([]);
        expect(await slaDiagnostics('', 'sla A { customer Finance valid from 2026-01-01 }')).toEqual([]);
    });
});

describe('expired-sla', () => {
    it('warns about a finalized SLA whose end has passed, relative to the configured today', async () => {
        const result = await slaDiagnostics('', 'sla A { customer Finance status finalized valid from 2025-01-01 to 2026-05-31 }');
        expect(result).toMatchObject([{ code: 'expired-sla', text: '2026-05-31' }]);
        expect(result[0].message).toContain('today is 2026-06-01');
    });

    it('is silent on the last valid day, for drafts, and when today moves back', async () => {
        expect(await slaDiagnostics('', 'sla A { customer Finance status finalized valid from 2025-01-01 to 2026-06-01 }')).toEqual([]);
        expect(await slaDiagnostics('', 'sla A { customer Finance status draft valid from 2025-01-01 to 2026-05-31 }')).toEqual([]);
        services.settings.setToday('2026-05-01');
        try {
            expect(await slaDiagnostics('', 'sla A { customer Finance status finalized valid from 2025-01-01 to 2026-05-31 }')).toEqual([]);
        } finally {
            services.settings.setToday('2026-06-01');
        }
    });
});
