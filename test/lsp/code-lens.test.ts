import { describe, expect, it } from 'vitest';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { ACME_FILES } from './acme-workspace.js';

async function lensesOf(ws: TestWorkspace, file: string): Promise<Array<{ line: number; title: string }>> {
    const document = ws.document(file);
    const lenses = await ws.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    return lenses.map(lens => ({ line: lens.range.start.line + 1, title: lens.command?.title ?? '' }));
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

    it('shows nothing in files without services', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(await lensesOf(ws, 'agreements.svcdef')).toEqual([]);
    });
});
