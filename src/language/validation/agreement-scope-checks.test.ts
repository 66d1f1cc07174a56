import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

async function findings(text: string, extra: Record<string, string> = {}) {
    const ws = await workspace({ 'p.svcdef': PARTIES + '\nservice Dns { status live owner CentralIT }\nservice Storage { status live owner CentralIT depends on Dns }\nservice Fax { status live owner CentralIT }', 'a.svcdef': text, ...extra });
    const document = ws.document('a.svcdef').textDocument;
    return ws.diagnostics('a.svcdef').map(d => ({ code: String(d.code), text: document.getText(d.range), message: d.message }));
}

describe('unscoped-target', () => {
    it('reports a for-service block naming a service the agreement does not cover, on the name', async () => {
        const result = await findings('sla A { customer Finance services Email for service Erp { target availability >= 99% } }');
        expect(result).toMatchObject([{ code: 'unscoped-target', text: 'Erp' }]);
        expect(result[0].message).toBe("SLA 'A' has targets for service 'Erp' but covers only 'Email'. Add 'Erp' to its 'services', or name a service it covers.");
    });

    it('applies to OLAs and UCs, also when they name no services', async () => {
        const result = await findings('ola O { unit NetworkOps for service Network { target availability >= 99% } }');
        expect(result).toMatchObject([{ code: 'unscoped-target', text: 'Network' }]);
        expect(result[0].message).toContain('names no services');
    });

    it('is silent for a covered service', async () => {
        expect(await findings('uc U { supplier CloudCo services Email for service Email { target availability >= 99% } }')).toEqual([]);
    });
});

describe('underpinning-out-of-scope', () => {
    const sla = 'sla S { customer Finance services Email, Storage }\n';

    it('reports an OLA service that no supported SLA covers or relies on, on the service', async () => {
        const result = await findings(`${sla}ola O { unit NetworkOps supports S services Storage, Fax }`);
        expect(result).toMatchObject([{ code: 'underpinning-out-of-scope', text: 'Fax' }]);
        expect(result[0].message).toContain("which no SLA it supports ('S') covers or relies on");
    });

    it('accepts a transitive dependency of an SLA service, and a service of any one supported SLA', async () => {
        expect(await findings(`${sla}uc U { supplier CloudCo supports S services Dns }`)).toEqual([]);
        expect(await findings(`${sla}sla T { customer Sales services Fax }\nuc U { supplier CloudCo supports S, T services Fax }`)).toEqual([]);
    });

    it('is silent when the supported SLA names no services', async () => {
        expect(await findings('sla S { customer Finance }\nola O { unit NetworkOps supports S services Fax }')).toEqual([]);
    });

    it('is re-evaluated when a dependency in another file changes', async () => {
        const files = {
            'p.svcdef': PARTIES,
            'svc.svcdef': 'service Web { status live owner CentralIT depends on Db }',
            'db.svcdef': 'service Db { status live owner CentralIT depends on Disk }\nservice Disk { status live owner CentralIT }',
            'a.svcdef': 'sla S { customer Finance services Web }\nuc U { supplier CloudCo supports S services Disk }'
        };
        const ws = await workspace(files);
        expect(ws.codes('a.svcdef')).toEqual([]);
        await ws.update({ 'db.svcdef': 'service Db { status live owner CentralIT }\nservice Disk { status live owner CentralIT }' });
        expect(ws.codes('a.svcdef')).toEqual(['underpinning-out-of-scope']);
    });
});

describe('underpinning-out-of-scope in an editor', () => {
    it('is re-evaluated when a link in the middle of the chain changes, in a file the agreement does not refer to', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'svc.svcdef': 'service Web { status live owner CentralIT depends on Db }',
            'db.svcdef': 'service Db { status live owner CentralIT depends on Disk }',
            'disk.svcdef': 'service Disk { status live owner CentralIT }',
            'a.svcdef': 'sla S { customer Finance services Web }\nuc U { supplier CloudCo supports S services Disk }'
        });
        expect(ws.codes('a.svcdef')).toEqual([]);
        await ws.edit('db.svcdef', 'service Db { status live owner CentralIT }');
        expect(ws.codes('a.svcdef')).toEqual(['underpinning-out-of-scope']);
        await ws.edit('db.svcdef', 'service Db { status live owner CentralIT depends on Disk }');
        expect(ws.codes('a.svcdef')).toEqual([]);
    });
});

describe('underpinning-out-of-scope in a batch run (svcdef validate)', () => {
    const batch = createTestServices({ batch: true });

    it('follows dependencies to any depth and asks each service again after an answer was found on the way', async () => {
        const chain = 'service A { status live owner CentralIT depends on B }\nservice B { status live owner CentralIT depends on C, X }\n'
            + 'service C { status live owner CentralIT depends on D }\nservice D { status live owner CentralIT }\nservice X { status live owner CentralIT }\n'
            + 'service Lone { status live owner CentralIT }\n';
        const ws = await batch.workspace({
            'p.svcdef': PARTIES + '\n' + chain,
            'a.svcdef': 'sla S { customer Finance services A }\n'
                + 'ola Near { unit NetworkOps supports S services X }\n'
                + 'ola Deep { unit NetworkOps supports S services D }\n'
                + 'ola Middle { unit NetworkOps supports S services C }\n'
                + 'ola Off { unit NetworkOps supports S services Lone }'
        });
        const document = ws.document('a.svcdef').textDocument;
        expect(ws.diagnostics('a.svcdef').map(d => `${d.code} ${document.getText(d.range)}`)).toEqual(['underpinning-out-of-scope Lone']);
    });
});
