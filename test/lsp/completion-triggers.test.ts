import { CompletionTriggerKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices, CURSOR } from '../svcdef-test-services.js';

const PARTIES = 'provider CentralIT\ncustomer Finance\nservice Email { status live owner CentralIT }\n';

/** What the server answers when the editor asks because `character` was just typed before the cursor. */
async function onTyped(text: string, character: string): Promise<string[]> {
    const { services, workspace } = createTestServices();
    const offset = text.indexOf(CURSOR);
    const ws = await workspace({ 'edit.svcdef': text.replace(CURSOR, '') });
    const document = ws.document('edit.svcdef');
    const list = await services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
        context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: character }
    });
    return (list?.items ?? []).map(item => item.label);
}

describe('completion opening by itself', () => {
    it('is asked for on a space and on a quote', async () => {
        const { shared } = createTestServices();
        const result = await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, workspaceFolders: null, capabilities: {} });
        expect(result.capabilities.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining([' ', '"']));
    });

    it('lists the A2 nodes when a space follows implements', async () => {
        const labels = await onTyped(`${PARTIES}binding B implements <|>`, ' ');
        expect(labels).toContain('A243 — Create and Maintain Service Level Agreements');
        expect(labels.every(label => /^A\d+ — /.test(label))).toBe(true);
    });

    it('lists the node\'s outputs when a quote opens after produces, and its inputs after consumes', async () => {
        const binding = (line: string) => `${PARTIES}binding B implements A243 {\n  ${line}\n}`;
        const outputs = await onTyped(binding('produces "<|>"'), '"');
        expect(outputs).toContain('SLAs, OLAs, UCs');
        const inputs = await onTyped(binding('consumes "<|>"'), '"');
        expect(inputs.length).toBeGreaterThan(0);
        expect(inputs).not.toContain('SLAs, OLAs, UCs');
        expect(await onTyped(binding('produces <|>'), ' ')).toContain('SLAs, OLAs, UCs');
    });

    it('answers a space anywhere else with an empty list, so nothing pops up', async () => {
        for (const text of [
            `${PARTIES}service <|>`,
            `${PARTIES}sla X {\n  customer <|>\n}`,
            `${PARTIES}sla X {\n  customer Finance <|>\n}`,
            `${PARTIES}// a binding implements <|>`,
            `${PARTIES}binding B "implements <|>"`
        ]) {
            expect(await onTyped(text, ' '), text).toEqual([]);
        }
    });

    it('answers a quote that closes a string, or opens a title, with an empty list', async () => {
        expect(await onTyped(`${PARTIES}service S "Corporate Email"<|>`, '"')).toEqual([]);
        expect(await onTyped(`${PARTIES}service S "<|>"`, '"')).toEqual([]);
        expect(await onTyped(`${PARTIES}binding B implements A243 {\n  produces "SLAs, OLAs, UCs"<|>\n}`, '"')).toEqual([]);
    });

    it('answers Ctrl+Space after a space as before: the names that go there', async () => {
        const { complete } = createTestServices();
        const items = await complete({ 'edit.svcdef': `${PARTIES}sla X {\n  customer <|>\n}` }, 'edit.svcdef');
        expect(items.map(item => item.label)).toContain('Finance');
    });
});
