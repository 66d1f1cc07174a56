import { isOperationCancelled, TextDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';

describe('documents asked for after they left the workspace', () => {
    it('answers an untitled document that is no longer open as cancelled, not with a disk error', async () => {
        const ws = await createTestServices().workspace({ 'mail.svcdef': 'service Email { status live }\n' });
        const documents = ws.services.shared.workspace.LangiumDocuments;
        const asked = documents.getOrCreateDocument(URI.parse('untitled:Untitled-1'));
        await expect(asked.then(() => 'created', (error: unknown) => (isOperationCancelled(error) ? 'cancelled' : String(error))))
            .resolves.toBe('cancelled');
        expect(documents.hasDocument(URI.parse('untitled:Untitled-1'))).toBe(false);
    });

    it('creates a document the editor holds from the editor\'s text', async () => {
        const ws = await createTestServices().workspace({ 'mail.svcdef': 'service Email { status live }\n' });
        const { LangiumDocuments: documents, TextDocuments: textDocuments } = ws.services.shared.workspace;
        const uri = 'untitled:Untitled-2';
        textDocuments!.set(TextDocument.create(uri, 'svcdef', 1, 'service Draft { status planned }\n'));
        const document = await documents.getOrCreateDocument(URI.parse(uri));
        expect(document.textDocument.getText()).toBe('service Draft { status planned }\n');
        textDocuments!.delete(uri);
    });
});
