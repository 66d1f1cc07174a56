import type { InlayHint } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { ACME_FILES } from './acme-workspace.js';

async function hintsOf(ws: TestWorkspace, file: string): Promise<Array<{ line: string; hint: string; tooltip: string }>> {
    const document = ws.document(file);
    const text = document.textDocument;
    const hints: InlayHint[] = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: text.positionAt(text.getText().length) }
    }) ?? [];
    return hints.map(hint => ({
        // The line up to where the hint is shown, so the test sees what it follows.
        line: text.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim(),
        hint: typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''),
        tooltip: typeof hint.tooltip === 'string' ? hint.tooltip : hint.tooltip?.value ?? ''
    }));
}

describe('inlay hints', () => {
    it('name the A2 node a binding implements', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const hints = await hintsOf(ws, 'bindings.svcdef');
        expect(hints.map(({ line, hint }) => ({ line, hint }))).toEqual([
            { line: 'binding SlaAuthoring implements A243', hint: 'Create and Maintain Service Level Agreements' },
            { line: 'binding CatalogPublishing implements A235', hint: 'Publish Service Catalog' }
        ]);
        expect(hints[0].tooltip).toBe('activity of A24 Service Level Management');
    });

    it('show after an SLA availability target what its OLAs and UCs reach together', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const hints = await hintsOf(ws, 'agreements.svcdef');
        expect(hints).toEqual([{
            line: 'target availability >= 99.9% per month',
            hint: 'supported at 99.9%',
            tooltip: 'Series composition of the supporting availabilities: OLA NetworkForEmail 99.95% × UC CloudMail 99.95% = 99.9%.'
        }]);
    });

    it('say when the supporting agreements fall short, and follow changes in other files', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace(/99\.95%/g, '99.92%')
        });
        expect((await hintsOf(ws, 'agreements.svcdef'))[0].hint).toBe('supported at 99.8401% — below the promise');
        await ws.update({ 'extra.svcdef': 'uc Backup { supplier CloudCo supports FinanceEmail target availability >= 99% per month }\n' });
        expect((await hintsOf(ws, 'agreements.svcdef'))[0].hint).toBe('supported at 98.8417% — below the promise');
    });

    it('show nothing for an SLA nothing supports, or for an unknown node', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'extra.svcdef': 'sla Alone { customer acme.it.Finance services acme.it.Network target availability >= 99% }\nbinding Odd implements A299 { }\n'
        });
        expect(await hintsOf(ws, 'extra.svcdef')).toEqual([]);
    });

    it('show for an agreement-wide target the service its supporting agreements reach least for', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'customer C\nunit U\nservice Net { status live }\nservice A { status live depends on Net }\nservice B { status live }\n'
                + 'sla S { customer C services A, B target availability >= 99.9% per month }\n'
                + 'ola O1 { unit U supports S services Net target availability >= 99.95% per month }\n'
                + 'ola O2 { unit U supports S services B target availability >= 99.99% per month }\n'
                + 'ola O3 { unit U supports S services A target availability >= 99.92% per month }'
        });
        const [hint] = await hintsOf(ws, 'a.svcdef');
        expect(hint.hint).toBe('supported at 99.87% — below the promise');
        expect(hint.tooltip).toBe('Series composition of the supporting availabilities for service A: OLA O1 99.95% × OLA O3 99.92% = 99.87%.');
    });

    it('read the second-edition forms: a `for service` target is composed from what underpins that service', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        const hints = await hintsOf(ws, 'example.svcdef');
        expect(hints.map(({ line, hint }) => ({ line, hint }))).toEqual([
            // EHR relies on Network, which the OLA's own `for service Network` block backs at 99.99%.
            { line: 'target availability >= 99.95% per month', hint: 'supported at 99.99%' },
            { line: 'target availability >= 99.9% per month', hint: 'supported at 99.95%' },
            { line: 'binding Catalog implements A235', hint: 'Publish Service Catalog' }
        ]);
    });
});

