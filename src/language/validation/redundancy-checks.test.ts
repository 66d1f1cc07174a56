import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';

const { workspace } = createTestServices();

const PARTIES = `
provider Hospital "Hospital IT"
customer Clinic "Clinical Division"
supplier TelcoA "Telco A"
supplier TelcoB "Telco B"
supplier TelcoC "Telco C"
service Paging { status live owner Hospital }
sla ICUPaging { customer Clinic provider Hospital services Paging target availability >= 99.9% per month }
sla WardPaging { customer Clinic provider Hospital services Paging target availability >= 99.5% per month }
`;

function carrier(name: string, supplier: string, rest: string): string {
    return `uc ${name} { supplier ${supplier} provider Hospital ${rest} target availability >= 99.95% per month }\n`;
}

async function redundancy(ucs: string): Promise<{ codes: string[]; messages: string[]; marked: string[] }> {
    const ws = await workspace({ 'p.svcdef': PARTIES, 'ucs.svcdef': ucs });
    const document = ws.document('ucs.svcdef').textDocument;
    const diagnostics = ws.diagnostics('ucs.svcdef');
    return {
        codes: diagnostics.map(d => String(d.code)),
        messages: diagnostics.map(d => d.message as string),
        marked: diagnostics.map(d => document.getText(d.range))
    };
}

describe('redundancy-mismatch', () => {
    it('accepts members that name each other and support the same SLAs', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierB')
            + carrier('CarrierB', 'TelcoB', 'supports ICUPaging redundant with CarrierA'));
        expect(result.codes).toEqual([]);
    });

    it('accepts a group of three in which each names the other two, across OLAs and UCs', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierB, Radio')
            + carrier('CarrierB', 'TelcoB', 'supports ICUPaging redundant with CarrierA, Radio')
            + 'unit RadioTeam "Radio"\nola Radio { unit RadioTeam provider Hospital supports ICUPaging redundant with CarrierA, CarrierB '
            + 'target availability >= 99.95% per month }\n');
        expect(result.codes).toEqual([]);
    });

    it('reports a one-sided clause once, on the member that does not name it back, and says what to write there', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierB')
            + carrier('CarrierB', 'TelcoB', 'supports ICUPaging'));
        expect(result.codes).toEqual(['redundancy-mismatch']);
        expect(result.marked).toEqual(['CarrierB']);
        expect(result.messages[0]).toContain("UC 'CarrierA' is redundant with UC 'CarrierB', but 'CarrierB' does not name 'CarrierA' back");
        expect(result.messages[0]).toContain("write `redundant with CarrierA` in 'CarrierB'");
    });

    it('reports a member of a group of three that leaves one of the others out', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierB, CarrierC')
            + carrier('CarrierB', 'TelcoB', 'supports ICUPaging redundant with CarrierA, CarrierC')
            + carrier('CarrierC', 'TelcoC', 'supports ICUPaging redundant with CarrierA'));
        expect(result.codes).toEqual(['redundancy-mismatch']);
        expect(result.messages[0]).toContain("UC 'CarrierB' is redundant with UC 'CarrierC', but 'CarrierC' does not name 'CarrierB' back");
    });

    it('reports members that support different SLAs, naming both sets and the supports line to write', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging, WardPaging redundant with CarrierB')
            + carrier('CarrierB', 'TelcoB', 'supports ICUPaging redundant with CarrierA'));
        // Each clause offends: each names a member whose SLAs differ from its own.
        expect(result.codes).toEqual(['redundancy-mismatch', 'redundancy-mismatch']);
        expect(result.messages[0]).toContain("'CarrierB' supports 'ICUPaging' and 'CarrierA' supports 'ICUPaging', 'WardPaging'");
        expect(result.messages[0]).toContain("write `supports ICUPaging, WardPaging` in 'CarrierB'");
        expect(result.messages[1]).toContain("write `supports ICUPaging` in 'CarrierA'");
    });

    it('does not mind the order in which the same SLAs are listed, nor one listed twice', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging, WardPaging redundant with CarrierB')
            + carrier('CarrierB', 'TelcoB', 'supports WardPaging, ICUPaging, WardPaging redundant with CarrierA'));
        expect(result.codes).toEqual([]);
    });

    it('reports an agreement that names itself', async () => {
        const result = await redundancy(carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierA'));
        expect(result.codes).toEqual(['redundancy-mismatch']);
        expect(result.marked).toEqual(['CarrierA']);
        expect(result.messages[0]).toBe("UC 'CarrierA' names itself in `redundant with`: remove 'CarrierA' from the clause.");
    });

    it('reports a clause once with every problem it has, marked at its first offending member', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierB, CarrierC')
            + carrier('CarrierB', 'TelcoB', 'supports ICUPaging redundant with CarrierA')
            + carrier('CarrierC', 'TelcoC', 'supports WardPaging'));
        const onA = result.messages.filter(message => message.startsWith("UC 'CarrierA'"));
        expect(onA).toHaveLength(1);
        expect(onA[0]).toContain("'CarrierC' does not name 'CarrierA' back");
        expect(onA[0]).toContain("'CarrierC' supports 'WardPaging'");
        expect(result.marked).toEqual(['CarrierC']);
    });

    it('reports each offending clause of an agreement that writes several', async () => {
        const result = await redundancy(
            carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierB redundant with CarrierC')
            + carrier('CarrierB', 'TelcoB', 'supports ICUPaging')
            + carrier('CarrierC', 'TelcoC', 'supports ICUPaging'));
        expect(result.codes.filter(code => code === 'redundancy-mismatch')).toHaveLength(2);
    });

    it('leaves an unresolved member to unresolved-reference', async () => {
        const result = await redundancy(carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with Nowhere'));
        expect(result.codes).toEqual(['unresolved-reference']);
    });

    it('judges members declared in other files, and again when the other file changes', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'a.svcdef': carrier('CarrierA', 'TelcoA', 'supports ICUPaging redundant with CarrierB'),
            'b.svcdef': carrier('CarrierB', 'TelcoB', 'supports ICUPaging')
        });
        expect(ws.codes('a.svcdef')).toEqual(['redundancy-mismatch']);
        await ws.edit('b.svcdef', carrier('CarrierB', 'TelcoB', 'supports ICUPaging redundant with CarrierA'));
        expect(ws.codes('a.svcdef')).toEqual([]);
        expect(ws.codes('b.svcdef')).toEqual([]);
    });
});
