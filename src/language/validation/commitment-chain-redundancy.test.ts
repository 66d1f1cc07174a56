import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';

const { workspace } = createTestServices();

const PARTIES = `
provider Hospital "Hospital IT"
customer Clinic "Clinical Division"
supplier TelcoA "Telco A"
supplier TelcoB "Telco B"
unit NetworkOps "Network Operations"
service Paging { status live owner Hospital }
`;

const ICU_PAGING = `sla ICUPaging { customer Clinic provider Hospital services Paging
  target availability >= 99.9% per month  target incidentResolution <= 4h for P1 }`;

/** The contract's example: two carriers that stand in for each other under one SLA. */
function carriers(a: string, b: string, clauses = { a: 'redundant with CarrierB', b: 'redundant with CarrierA' }): string {
    return `uc CarrierA { supplier TelcoA provider Hospital supports ICUPaging ${clauses.a}\n  ${a} }\n`
        + `uc CarrierB { supplier TelcoB provider Hospital supports ICUPaging ${clauses.b}\n  ${b} }\n`;
}

async function chain(files: Record<string, string>): Promise<Array<{ file: string; code: string; text: string; message: string }>> {
    const ws = await workspace({ 'p.svcdef': PARTIES, ...files });
    return Object.keys(files).flatMap(file => {
        const document = ws.document(file).textDocument;
        return ws.diagnostics(file).map(d => ({ file, code: String(d.code), text: document.getText(d.range), message: d.message as string }));
    });
}

describe('redundancy groups in the commitment chain', () => {
    it('validates the contract example clean: CarrierA meets the P1 fix time, and two 99.5% carriers make 99.9975%', async () => {
        expect(await chain({
            'sla.svcdef': ICU_PAGING,
            'ucs.svcdef': carriers('target availability >= 99.5% per month  target incidentResolution <= 4h for P1',
                'target availability >= 99.5% per month  target incidentResolution <= 6h for P1')
        })).toEqual([]);
    });

    it('reports every member when no member meets a non-availability target, saying the group does not make up for it', async () => {
        const result = await chain({
            'sla.svcdef': ICU_PAGING,
            'ucs.svcdef': carriers('target availability >= 99.5% per month  target incidentResolution <= 5h for P1',
                'target availability >= 99.5% per month  target incidentResolution <= 6h for P1')
        });
        expect(result.map(({ code, text }) => ({ code, text }))).toEqual([
            { code: 'weaker-underpinning-target', text: '5h' },
            { code: 'weaker-underpinning-target', text: '6h' }
        ]);
        expect(result[0].message).toContain("No agreement it is redundant with meets it either (UC 'CarrierB').");
        expect(result[0].message).toContain('Raise this target to 4h or better');
    });

    it('reports members whose parallel availability still falls short, with what the group reaches', async () => {
        const result = await chain({
            'sla.svcdef': ICU_PAGING.replace('99.9%', '99.999%'),
            'ucs.svcdef': carriers('target availability >= 99.5% per month', 'target availability >= 99.5% per month')
        });
        expect(result.map(({ code, text }) => ({ code, text }))).toEqual([
            { code: 'weaker-underpinning-target', text: '99.5%' },
            { code: 'weaker-underpinning-target', text: '99.5%' }
        ]);
        // 1 − 0.005 × 0.005 = 0.999975
        expect(result[0].message).toContain("Together with UC 'CarrierB', which it is redundant with, it reaches only 99.9975%.");
    });

    it('excuses a low availability in the group but still reports a window longer than the SLA\'s', async () => {
        const result = await chain({
            'sla.svcdef': ICU_PAGING,
            'ucs.svcdef': carriers('target availability >= 99.5% per year', 'target availability >= 99.5% per month')
        });
        expect(result.map(({ code, text }) => ({ code, text }))).toEqual([{ code: 'weaker-underpinning-target', text: 'year' }]);
        expect(result[0].message).not.toContain('Raise this target');
    });

    it('groups a one-sided clause for the chain, while redundancy-mismatch reports the clause', async () => {
        const result = await chain({
            'sla.svcdef': ICU_PAGING,
            'ucs.svcdef': carriers('target availability >= 99.5% per month  target incidentResolution <= 4h for P1',
                'target availability >= 99.5% per month  target incidentResolution <= 6h for P1', { a: 'redundant with CarrierB', b: '' })
        });
        expect(result.map(({ code, text }) => ({ code, text }))).toEqual([{ code: 'redundancy-mismatch', text: 'CarrierB' }]);
    });

    it('holds each carrier to the SLA on its own without `redundant with`', async () => {
        const result = await chain({
            'sla.svcdef': ICU_PAGING,
            'ucs.svcdef': carriers('target availability >= 99.5% per month  target incidentResolution <= 4h for P1',
                'target availability >= 99.5% per month  target incidentResolution <= 6h for P1', { a: '', b: '' })
        });
        expect(result.map(({ file, code, text }) => ({ file, code, text }))).toEqual([
            { file: 'sla.svcdef', code: 'unreachable-availability', text: '99.9%' },
            { file: 'ucs.svcdef', code: 'weaker-underpinning-target', text: '99.5%' },
            { file: 'ucs.svcdef', code: 'weaker-underpinning-target', text: '99.5%' },
            { file: 'ucs.svcdef', code: 'weaker-underpinning-target', text: '6h' }
        ]);
        expect(result[0].message).toContain("UC 'CarrierA' 99.5% × UC 'CarrierB' 99.5%");
    });

    it('composes a group in series with a single OLA, naming the group in the message', async () => {
        const result = await chain({
            'sla.svcdef': ICU_PAGING,
            'ucs.svcdef': carriers('target availability >= 99.5% per month', 'target availability >= 99.5% per month')
                + 'ola Switching { unit NetworkOps provider Hospital supports ICUPaging target availability >= 99.9% per month }\n'
        });
        // 0.999975 × 0.999 = 0.998975025: below 99.9% although each part alone meets it.
        expect(result.map(({ code, text }) => ({ code, text }))).toEqual([{ code: 'unreachable-availability', text: '99.9%' }]);
        expect(result[0].message).toContain('99.8975%');
        expect(result[0].message).toContain("(UC 'CarrierA' 99.5% ∥ UC 'CarrierB' 99.5%) × OLA 'Switching' 99.9%");
    });

    it('is silent when the group in series with a single OLA reaches the promise', async () => {
        expect(await chain({
            'sla.svcdef': ICU_PAGING,
            'ucs.svcdef': carriers('target availability >= 99.5% per month', 'target availability >= 99.5% per month')
                + 'ola Switching { unit NetworkOps provider Hospital supports ICUPaging target availability >= 99.95% per month }\n'
        })).toEqual([]);
    });

    it('follows a member in another file: its clause and targets count once it is edited', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'sla.svcdef': ICU_PAGING,
            'a.svcdef': 'uc CarrierA { supplier TelcoA supports ICUPaging target availability >= 99.5% per month }',
            'b.svcdef': 'uc CarrierB { supplier TelcoB supports ICUPaging target availability >= 99.5% per month }'
        });
        expect(ws.codes('a.svcdef')).toEqual(['weaker-underpinning-target']);
        expect(ws.codes('sla.svcdef')).toEqual(['unreachable-availability']);
        // Only B names A: A's file does not refer to B, yet its gap is now covered by the group.
        await ws.edit('b.svcdef', 'uc CarrierB { supplier TelcoB supports ICUPaging redundant with CarrierA target availability >= 99.5% per month }');
        expect(ws.codes('a.svcdef')).toEqual([]);
        expect(ws.codes('sla.svcdef')).toEqual([]);
        expect(ws.codes('b.svcdef')).toEqual(['redundancy-mismatch']);
    });
});
