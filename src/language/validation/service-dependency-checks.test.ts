import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { findingsIn } from '../../../test/validation-findings.js';

const { workspace } = createTestServices();

const findings = findingsIn;

describe('dependency-cycle', () => {
    it('reports a service that depends on itself, on the reference to itself', async () => {
        const result = await findings({ 'a.svcdef': 'service Mail { depends on Dns, Mail }\nservice Dns { }' });
        expect(result).toMatchObject([{ code: 'dependency-cycle', text: 'Mail' }]);
        expect(result[0].message).toBe("Service 'Mail' depends on itself. Remove 'Mail' from its 'depends on'.");
    });

    it('reports a cycle once, on its first member in source order, naming the way round', async () => {
        const result = await findings({ 'a.svcdef': 'service A { depends on B }\nservice B { depends on C }\nservice C { depends on A }\nservice D { depends on A }' });
        expect(result).toMatchObject([{ code: 'dependency-cycle', text: 'B' }]);
        expect(result[0].message).toContain("through 'B' → 'C' → 'A'");
    });

    it('orders members across files by file, and reports two separate cycles each once', async () => {
        const result = await findings({
            'a.svcdef': 'service Zeta { depends on Alpha }',
            'b.svcdef': 'service Alpha { depends on Zeta }\nservice Self { depends on Self }'
        });
        expect(result.map(r => `${r.file} ${r.code} ${r.text}`)).toEqual(['a.svcdef dependency-cycle Alpha', 'b.svcdef dependency-cycle Self']);
    });

    it('is silent for shared dependencies that do not come back round', async () => {
        expect(await findings({ 'a.svcdef': 'service A { depends on B, C }\nservice B { depends on C }\nservice C { }' })).toEqual([]);
    });

    it('goes away when another file breaks the cycle', async () => {
        const ws = await workspace({
            'p.svcdef': 'provider IT',
            'a.svcdef': 'service A { depends on B }',
            'b.svcdef': 'service B { depends on C }',
            'c.svcdef': 'service C { depends on A }'
        });
        expect(ws.codes('a.svcdef')).toEqual(['dependency-cycle']);
        await ws.update({ 'c.svcdef': 'service C { }' });
        expect(ws.codes('a.svcdef')).toEqual([]);
    });

    it('appears when a cycle closes in a file that the first member\'s file does not refer to', async () => {
        const ws = await workspace({
            'p.svcdef': 'provider IT',
            'a.svcdef': 'service A { depends on B }',
            'b.svcdef': 'service B { depends on C }',
            'c.svcdef': 'service C { }'
        });
        expect(ws.codes('a.svcdef')).toEqual([]);
        await ws.edit('c.svcdef', 'service C { depends on A }');
        expect(ws.codes('a.svcdef')).toEqual(['dependency-cycle']);
        expect([...ws.codes('b.svcdef'), ...ws.codes('c.svcdef')]).toEqual([]);
    });

    it('copes with a long chain of dependencies', async () => {
        const chain = Array.from({ length: 3000 }, (_, i) => `service S${i} { depends on S${i + 1} }`).join('\n') + '\nservice S3000 { depends on S0 }';
        const result = await findings({ 'a.svcdef': chain });
        expect(result.map(r => r.code)).toEqual(['dependency-cycle']);
    });
});

describe('depends-on-retired', () => {
    it.each(['retired', 'planned', 'pipeline'])('warns when a live service depends on a %s one, on the reference', async status => {
        const result = await findings({ 'a.svcdef': `service Mail { status live depends on Dns, Old }\nservice Dns { status live }\nservice Old { status ${status} }` });
        expect(result).toMatchObject([{ code: 'depends-on-retired', text: 'Old' }]);
        expect(result[0].message).toContain(`which is ${status}`);
    });

    it('also warns for a retiring service, and is silent for services not in service or without a status', async () => {
        expect((await findings({ 'a.svcdef': 'service Mail { status retiring depends on Old }\nservice Old { status retired }' })).map(r => r.code))
            .toEqual(['depends-on-retired']);
        expect(await findings({ 'a.svcdef': 'service Mail { status planned depends on Old }\nservice Old { status pipeline }' })).toEqual([]);
        expect(await findings({ 'a.svcdef': 'service Mail { depends on Old }\nservice Old { status retired }' })).toEqual([]);
        expect(await findings({ 'a.svcdef': 'service Mail { status live depends on Dns }\nservice Dns { }' })).toEqual([]);
    });
});
