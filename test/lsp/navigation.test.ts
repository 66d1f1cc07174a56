import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
import { ACME_FILES } from './acme-workspace.js';
import { definitionsAt, highlightsAt, referencesAt } from './lsp-test-helpers.js';

const BUILTIN = 'builtin:/svcdef-library.svcdef';

describe('go to definition', () => {
    it('jumps across files, from a simple or a qualified name, wherever the cursor is in it', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(await definitionsAt(ws, 'agreements.svcdef', 'customer Fin|ance')).toEqual([{ file: 'parties.svcdef', line: 6, text: 'Finance' }]);
        const email = [{ file: 'services.svcdef', line: 4, text: 'Email' }];
        expect(await definitionsAt(ws, 'agreements.svcdef', 'services acme.it.Em|ail')).toEqual(email);
        expect(await definitionsAt(ws, 'agreements.svcdef', 'services ac|me.it.Email')).toEqual(email);
        expect(await definitionsAt(ws, 'bindings.svcdef', '{ Finance|Email')).toEqual([{ file: 'agreements.svcdef', line: 3, text: 'FinanceEmail' }]);
    });

    it('lands in the built-in library for standard metrics, calendars, priorities, A2 nodes and work products', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const [metric] = await definitionsAt(ws, 'agreements.svcdef', 'target avail|ability >= 99.9%');
        expect(metric).toMatchObject({ file: BUILTIN, text: 'availability' });
        const [calendar] = await definitionsAt(ws, 'services.svcdef', 'hours 24|x7');
        expect(calendar).toMatchObject({ file: BUILTIN, text: '24x7' });
        const [priority] = await definitionsAt(ws, 'agreements.svcdef', 'for P|1');
        expect(priority).toMatchObject({ file: BUILTIN, text: 'P1' });
        const [node] = await definitionsAt(ws, 'bindings.svcdef', 'implements A2|43');
        expect(node).toMatchObject({ file: BUILTIN, text: 'A243' });
        const [workProduct] = await definitionsAt(ws, 'bindings.svcdef', 'produces "SLAs|, OLAs');
        expect(workProduct).toMatchObject({ file: BUILTIN, text: '"SLAs, OLAs, UCs"' });
    });

    it('finds nothing for an unresolved name', async () => {
        const ws = await createTestServices().workspace({ ...ACME_FILES, 'broken.svcdef': 'sla Broken { customer Nobody services Email }\n' });
        expect(await definitionsAt(ws, 'broken.svcdef', 'customer Nob|ody')).toEqual([]);
    });
});

describe('find references', () => {
    it('lists every use across files, qualified or not, with the declaration when asked', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const references = await referencesAt(ws, 'services.svcdef', 'service Em|ail');
        expect(references).toEqual([
            { file: 'services.svcdef', line: 4, text: 'Email' },
            { file: 'agreements.svcdef', line: 6, text: 'acme.it.Email' },
            { file: 'bindings.svcdef', line: 9, text: 'acme.it.Email' }
        ]);
        const withoutDeclaration = await referencesAt(ws, 'bindings.svcdef', 'owner acme.it.Central|IT', false);
        expect(withoutDeclaration.map(place => `${place.file}:${place.line}`).sort()).toEqual([
            'agreements.svcdef:5', 'agreements.svcdef:15', 'bindings.svcdef:2', 'bindings.svcdef:8',
            'services.svcdef:6', 'services.svcdef:16'
        ].sort());
    });

    it('finds the workspace\'s uses of a built-in metric', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const references = await referencesAt(ws, 'agreements.svcdef', 'target avail|ability >= 99.9%', false);
        expect(references.map(place => `${place.file}:${place.line}`)).toEqual(['agreements.svcdef:9', 'agreements.svcdef:18', 'agreements.svcdef:25']);
    });
});

describe('document highlights', () => {
    it('marks the declaration and every use of an element in the current file', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const highlights = await highlightsAt(ws, 'agreements.svcdef', 'supports Finance|Email');
        expect(highlights).toEqual([
            { file: 'agreements.svcdef', line: 3, text: 'FinanceEmail' },
            { file: 'agreements.svcdef', line: 16, text: 'FinanceEmail' },
            { file: 'agreements.svcdef', line: 23, text: 'FinanceEmail' }
        ]);
    });

    it('marks uses of an element declared in another file', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const highlights = await highlightsAt(ws, 'agreements.svcdef', 'provider Central|IT');
        expect(highlights.map(place => place.line)).toEqual([5, 15]);
    });
});
