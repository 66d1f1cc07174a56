import type { CodeLens, Location, Position } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { ACME_FILES } from './acme-workspace.js';
import { fileNameOf, textAt } from './lsp-test-helpers.js';

async function lensesOf(ws: TestWorkspace, file: string): Promise<Array<{ line: number; title: string }>> {
    return (await rawLensesOf(ws, file)).map(lens => ({ line: lens.range.start.line + 1, title: lens.command?.title ?? '' }));
}

async function rawLensesOf(ws: TestWorkspace, file: string): Promise<CodeLens[]> {
    const document = ws.document(file);
    return await ws.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
}

describe('code lens', () => {
    it('counts, above each service, the SLAs covering it and the bindings producing it', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(await lensesOf(ws, 'services.svcdef')).toEqual([
            { line: 4, title: '1 SLA covers it · 1 binding produces it' },
            { line: 14, title: 'no SLAs cover it · 1 binding produces it' },
            { line: 20, title: 'no SLAs cover it · 1 binding produces it' }
        ]);
    });

    it('follows SLAs and bindings added in other files', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        await ws.update({
            'more.svcdef': `sla DirectorySla { customer acme.it.Finance services acme.it.Directory, acme.it.Email status draft }

binding CatalogDesign implements A234 {
  owner acme.it.CentralIT
  produces "Service Catalog Content" { acme.it.Email }
}
`
        });
        expect(ws.codes('more.svcdef')).not.toContain('work-product-kind');
        expect(await lensesOf(ws, 'services.svcdef')).toEqual([
            { line: 4, title: '2 SLAs cover it · 2 bindings produce it' },
            { line: 14, title: '1 SLA covers it · 1 binding produces it' },
            { line: 20, title: 'no SLAs cover it · 1 binding produces it' }
        ]);
    });

    it('shows, when clicked, where the SLAs and bindings it counts name the service', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const [email, directory] = await rawLensesOf(ws, 'services.svcdef');
        expect(email.command?.command).toBe('svcdef.showReferences');
        const [uri, position, locations] = email.command!.arguments as [string, Position, Location[]];
        expect(fileNameOf(uri)).toBe('services.svcdef');
        expect(textAt(ws, uri, { start: position, end: { line: position.line, character: position.character + 5 } })).toBe('Email');
        expect(locations.map(location => `${fileNameOf(location.uri)}:${location.range.start.line + 1} ${textAt(ws, location.uri, location.range)}`))
            .toEqual(['agreements.svcdef:6 acme.it.Email', 'bindings.svcdef:9 acme.it.Email']);
        expect(directory.command).toMatchObject({ command: 'svcdef.showReferences', arguments: [uri, expect.anything(), [expect.anything()]] });
    });

    it('shows nothing in files without services', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(await lensesOf(ws, 'agreements.svcdef')).toEqual([]);
    });

    it('counts an SLA that covers a service, also with for service blocks, tiers and a parent', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        const lenses = await lensesOf(ws, 'example.svcdef');
        const text = ws.document('example.svcdef').textDocument.getText().split('\n');
        const titleOf = (service: string) => lenses.find(lens => text[lens.line - 1].startsWith(`service ${service} `))?.title;
        expect(titleOf('EHR')).toBe('2 SLAs cover it · 1 binding produces it');
        expect(titleOf('Network')).toBe('no SLAs cover it · 1 binding produces it');
        expect(titleOf('Erp')).toBe('1 SLA covers it · 1 binding produces it');
    });
});

