import { AstUtils, DocumentState } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';

const PARTIES = 'provider CentralIT\ncustomer Finance\nunit NetworkOps\nsupplier CloudCo\n';
const SERVICES = (title: string) => `service Email "${title}" { status live owner CentralIT }\nservice Erp { status live owner CentralIT }\n`;
const slaOf = (name: string, service: string) => `sla ${name} { customer Finance services ${service} }\n`;

describe('building after an edit in the editor', () => {
    it('validates the edited open file before it relinks the files that refer to it', async () => {
        const { workspace, shared } = createTestServices();
        const ws = await workspace({
            'parties.svcdef': PARTIES,
            'services.svcdef': SERVICES('Email'),
            'a.svcdef': slaOf('A', 'Email'),
            'b.svcdef': slaOf('B', 'Erp'),
            'c.svcdef': slaOf('C', 'Email')
        });
        const statesWhenEditedValidated = new Map<string, DocumentState>();
        const listening = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.path.endsWith('/services.svcdef') && statesWhenEditedValidated.size === 0) {
                for (const name of ['a', 'b', 'c']) {
                    statesWhenEditedValidated.set(name, ws.document(`${name}.svcdef`).state);
                }
            }
        });
        try {
            await ws.edit('services.svcdef', SERVICES('Electronic mail'));
        } finally {
            listening.dispose();
        }
        for (const name of ['a', 'b', 'c']) {
            expect(statesWhenEditedValidated.get(name), `${name}.svcdef`).toBeLessThan(DocumentState.Linked);
            expect(ws.document(`${name}.svcdef`).state).toBe(DocumentState.Validated);
            expect(ws.codes(`${name}.svcdef`)).toEqual([]);
        }
        // The relinked files point at the new declarations, not at the replaced ones.
        const erp = ws.document('b.svcdef').parseResult.value.elements[0];
        expect(erp.$type === 'Sla' && erp.services[0].ref?.$container).toBe(ws.document('services.svcdef').parseResult.value);
    });

    it('validates the edited file again when a file relinked after it changes what it was told', async () => {
        const { workspace } = createTestServices();
        const sla = (name: string) => `sla ${name} { customer Finance services Email target availability >= 99.9% }\n`;
        const ws = await workspace({
            'parties.svcdef': PARTIES,
            'services.svcdef': SERVICES('Email'),
            'sla.svcdef': sla('FinanceEmail'),
            'ola.svcdef': 'ola Net { unit NetworkOps supports FinanceEmail target availability >= 99.95% }',
            'uc.svcdef': 'uc Cloud { supplier CloudCo supports FinanceEmail target availability >= 99.92% }'
        });
        expect(ws.codes('sla.svcdef')).toEqual(['unreachable-availability']);

        await ws.edit('sla.svcdef', sla('Renamed'));
        expect(ws.codes('sla.svcdef')).toEqual([]);
        expect(ws.codes('ola.svcdef')).toEqual(['unresolved-reference']);

        // Validated first, the SLA sees the OLA and UC as they were linked last: supporting
        // nothing. Once they are relinked to it, it must be told again.
        await ws.edit('sla.svcdef', sla('FinanceEmail'));
        expect(ws.codes('ola.svcdef')).toEqual([]);
        expect(ws.codes('uc.svcdef')).toEqual([]);
        expect(ws.codes('sla.svcdef')).toEqual(['unreachable-availability']);
    });

    it('links a simple name again when its own namespace comes to declare it, in a file the reference never linked into', async () => {
        const { workspace, shared } = createTestServices();
        const ws = await workspace({
            'a.svcdef': 'namespace acme.a\nprovider IT\nservice Mail { status live owner IT }',
            'own.svcdef': 'namespace acme.b\ncustomer C\nsla S { customer C services Mail }',
            'other.svcdef': 'namespace acme.b\ncustomer D\nsla T { customer D services acme.a.Mail }'
        });
        const linkedTo = (file: string) => {
            const sla = ws.document(file).parseResult.value.elements.find(element => element.$type === 'Sla');
            const service = sla?.$type === 'Sla' ? sla.services[0].ref : undefined;
            return service && AstUtils.getDocument(service).uri.path.split('/').pop();
        };
        expect(linkedTo('own.svcdef')).toBe('a.svcdef');
        const relinked: string[] = [];
        const listening = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
            relinked.push(document.uri.path.split('/').pop()!);
        });
        try {
            await ws.update({ 'b.svcdef': 'namespace acme.b\nprovider IT2\nservice Mail { status live owner IT2 }' });
        } finally {
            listening.dispose();
        }
        expect(linkedTo('own.svcdef')).toBe('b.svcdef');
        expect(ws.codes('own.svcdef')).toEqual([]);
        // Only files that write the new name are linked again, not every file of the workspace.
        expect(relinked.sort()).toEqual(['b.svcdef', 'own.svcdef']);
        // Deleted, the name is gone; declared again, it is new again.
        await ws.remove('b.svcdef');
        expect(linkedTo('own.svcdef')).toBe('a.svcdef');
        await ws.update({ 'b.svcdef': 'namespace acme.b\nprovider IT2\nservice Mail { status live owner IT2 }' });
        expect(linkedTo('own.svcdef')).toBe('b.svcdef');
    });
});
