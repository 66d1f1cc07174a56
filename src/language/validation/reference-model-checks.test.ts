import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

const AGREEMENTS = `
sla FinanceEmail { customer Finance services Email }
ola NetworkForEmail { unit NetworkOps supports FinanceEmail }
`;

async function bindingCodes(binding: string, extra = ''): Promise<{ codes: string[]; messages: string[]; text: string; ranges: string[] }> {
    const ws = await workspace({ 'p.svcdef': PARTIES + AGREEMENTS + extra, 'b.svcdef': binding });
    const diagnostics = ws.diagnostics('b.svcdef');
    const document = ws.document('b.svcdef').textDocument;
    return {
        codes: diagnostics.map(d => String(d.code)),
        messages: diagnostics.map(d => d.message as string),
        text: binding,
        ranges: diagnostics.map(d => document.getText(d.range))
    };
}

describe('unknown-a2-node', () => {
    it('reports an id that is no A2 node, with the closest ids', async () => {
        const result = await bindingCodes('binding B implements A2433 { owner CentralIT }');
        expect(result.codes).toEqual(['unknown-a2-node']);
        expect(result.ranges).toEqual(['A2433']);
        expect(result.messages[0]).toContain("Did you mean 'A243'");
    });

    it('accepts the category, a process and an activity', async () => {
        for (const id of ['A2', 'A24', 'A243']) {
            expect((await bindingCodes(`binding B implements ${id} { owner CentralIT }`)).codes).toEqual([]);
        }
    });
});

describe('not-an-output', () => {
    it('reports a work product the node does not output, suggesting its outputs', async () => {
        const result = await bindingCodes('binding B implements A243 { produces "Service Catalog" }');
        expect(result.codes).toEqual(['not-an-output']);
        expect(result.ranges).toEqual(['"Service Catalog"']);
        expect(result.messages[0]).toContain('A243 (Create and Maintain Service Level Agreements)');
        expect(result.messages[0]).toContain('"SLAs, OLAs, UCs"');
    });

    it('suggests the nearest output for a misspelling', async () => {
        const ws = await workspace({ 'b.svcdef': 'binding B implements A243 { produces "SLAs, OLAs, UC" }' });
        expect(ws.diagnostics('b.svcdef')[0].data).toMatchObject({ code: 'not-an-output', suggestions: ['"SLAs, OLAs, UCs"'] });
    });

    it('accepts an output, whatever its case and spacing', async () => {
        expect((await bindingCodes('binding B implements A243 { produces "slas,  olas, ucs" }')).codes).toEqual([]);
    });
});

describe('not-an-input', () => {
    it('reports a consumed work product that is neither input nor control of the node', async () => {
        const result = await bindingCodes('binding B implements A243 { consumes "Service Level Requirements", "Market Analysis" }');
        expect(result.codes).toEqual(['not-an-input']);
        expect(result.ranges).toEqual(['"Market Analysis"']);
    });

    it('accepts inputs and controls alike', async () => {
        expect((await bindingCodes('binding B implements A243 { consumes "Service Level Requirements", "Business Strategy" }')).codes).toEqual([]);
    });
});

describe('work-product-kind', () => {
    it('reports an artifact the work product cannot carry, on that artifact', async () => {
        const result = await bindingCodes('binding B implements A243 { produces "SLAs, OLAs, UCs" { FinanceEmail, Email, NetworkForEmail } }');
        expect(result.codes).toEqual(['work-product-kind']);
        expect(result.ranges).toEqual(['Email']);
        expect(result.messages[0]).toContain("'Email' is a service");
    });

    it('accepts agreements under "SLAs, OLAs, UCs" and services under "Service Catalog"', async () => {
        const result = await bindingCodes([
            'binding Slas implements A243 { produces "SLAs, OLAs, UCs" { FinanceEmail, NetworkForEmail } }',
            'binding Catalog implements A235 { produces "Service Catalog" { Email, Network } }'
        ].join('\n'));
        expect(result.codes).toEqual([]);
    });
});

describe('unbound-producer', () => {
    it('informs when no binding implements the node a consumed work product comes from', async () => {
        const result = await bindingCodes('binding B implements A243 { consumes "Service Catalog" }');
        expect(result.codes).toEqual(['unbound-producer']);
        expect(result.ranges).toEqual(['"Service Catalog"']);
        expect(result.messages[0]).toContain('A235');
    });

    it('is silent once a binding implements the producing node, in another file', async () => {
        const result = await bindingCodes('binding B implements A243 { consumes "Service Catalog" }',
            'binding Publish implements A235 { owner CentralIT }');
        expect(result.codes).toEqual([]);
    });

    it('is silent for work products that come from outside the model', async () => {
        expect((await bindingCodes('binding B implements A243 { consumes "Service Level Requirements" }')).codes).toEqual([]);
    });
});
