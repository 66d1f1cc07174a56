import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import type { Sla } from '../generated/ast.js';

const { workspace } = createTestServices();

const SERVICES = 'provider IT\nservice Email { status live owner IT }\nservice Erp { status live owner IT }';
const SLA = 'customer Finance\nsla FinanceEmail { customer Finance services Email, Erp }';

describe('references across files', () => {
    it('link to declarations in other files', async () => {
        const ws = await workspace({ 'services.svcdef': SERVICES, 'sla.svcdef': SLA });
        const sla = ws.document('sla.svcdef').parseResult.value.elements[1] as Sla;
        expect(sla.services.map(reference => AstUtils.getDocument(reference.ref!).uri.path)).toEqual(['/workspace/services.svcdef', '/workspace/services.svcdef']);
        expect(ws.codes('sla.svcdef')).toEqual([]);
    });

    it('break when the declaring file is removed and heal when it is added back', async () => {
        const ws = await workspace({ 'services.svcdef': SERVICES, 'sla.svcdef': SLA });
        await ws.remove('services.svcdef');
        expect(ws.codes('sla.svcdef')).toEqual(['unresolved-reference', 'unresolved-reference']);
        await ws.update({ 'services.svcdef': SERVICES });
        expect(ws.codes('sla.svcdef')).toEqual([]);
    });

    it('follow a declaration that moves to another file', async () => {
        const ws = await workspace({ 'services.svcdef': SERVICES, 'sla.svcdef': SLA, 'more.svcdef': '' });
        await ws.update({ 'services.svcdef': 'provider IT\nservice Email { status live owner IT }', 'more.svcdef': 'service Erp { status retired owner IT }' });
        expect(ws.codes('sla.svcdef')).toEqual(['retired-service-in-sla']);
    });

    it('report a duplicate in both files and clear it in both when one is renamed', async () => {
        const ws = await workspace({ 'a.svcdef': 'provider IT', 'b.svcdef': 'provider IT' });
        expect([ws.codes('a.svcdef'), ws.codes('b.svcdef')]).toEqual([['duplicate-name'], ['duplicate-name']]);
        await ws.update({ 'b.svcdef': 'provider IT2' });
        expect([ws.codes('a.svcdef'), ws.codes('b.svcdef')]).toEqual([[], []]);
    });

    it('resolve namespace-qualified references across files', async () => {
        const ws = await workspace({
            'core.svcdef': 'namespace acme.core\nprovider IT\nservice Email { status live owner IT }',
            'sla.svcdef': 'customer Finance\nsla S { customer Finance services acme.core.Email }'
        });
        expect(ws.codes('sla.svcdef')).toEqual([]);
        await ws.update({ 'core.svcdef': 'namespace acme.platform\nprovider IT\nservice Email { status live owner IT }' });
        expect(ws.codes('sla.svcdef')).toEqual(['unresolved-reference']);
    });
});
