import { DocumentState } from 'langium';
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
});
