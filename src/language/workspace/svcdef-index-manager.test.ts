import { DocumentState, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import type { Sla } from '../generated/ast.js';

const PARTIES = 'provider CentralIT\ncustomer Finance\n';
const service = (name: string, title = name) => `service ${name} "${title}" { status live owner CentralIT }\n`;
const sla = (name: string, services: string) => `sla ${name} { customer Finance services ${services} }\n`;

function fileOf(document: LangiumDocument | undefined): string | undefined {
    return document?.uri.path.split('/').pop();
}

describe('the index manager', () => {
    it('resolves a name declared twice to the file first in URI order, whatever order the files were indexed in', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({
            'parties.svcdef': PARTIES,
            'b.svcdef': service('Email', 'B'),
            'a.svcdef': service('Email', 'A'),
            'c.svcdef': sla('S', 'Email')
        });
        const target = () => (ws.document('c.svcdef').parseResult.value.elements[0] as Sla).services[0].ref?.$container?.$document;
        expect(fileOf(target())).toBe('a.svcdef');
        await ws.update({ 'a.svcdef': service('Email', 'A2') });
        expect(fileOf(target())).toBe('a.svcdef');
        await ws.update({ 'b.svcdef': service('Email', 'B2') });
        expect(fileOf(target())).toBe('a.svcdef');
        await ws.remove('a.svcdef');
        expect(fileOf(target())).toBe('b.svcdef');
    });

    it('relinks after an edit only the files that refer to the edited one and those with unresolved names', async () => {
        const { workspace, shared } = createTestServices();
        const ws = await workspace({
            'parties.svcdef': PARTIES,
            'services.svcdef': service('Email') + service('Erp'),
            'other.svcdef': service('Wiki'),
            'refers.svcdef': sla('A', 'Email'),
            'unrelated.svcdef': sla('B', 'Wiki'),
            'broken.svcdef': sla('C', 'Nothing'),
            // Writes `Email` too, meaning its own namespace's: a title edited elsewhere adds no name it could come to mean.
            'namesake.svcdef': `namespace acme.b\n${service('Email')}${sla('N', 'Email')}`
        });
        const linked: string[] = [];
        const listening = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
            linked.push(fileOf(document)!);
        });
        try {
            await ws.update({ 'services.svcdef': service('Email', 'Electronic mail') + service('Erp') });
        } finally {
            listening.dispose();
        }
        expect(linked.sort()).toEqual(['broken.svcdef', 'refers.svcdef', 'services.svcdef']);
        expect(ws.codes('broken.svcdef')).toEqual(['unresolved-reference']);
        expect(ws.codes('refers.svcdef')).toEqual([]);
    });
});
