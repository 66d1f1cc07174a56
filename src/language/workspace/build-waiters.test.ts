import { DocumentState } from 'langium';
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { createTestServices } from '../../../test/svcdef-test-services.js';

const FILES = {
    'parties.svcdef': 'provider CentralIT\ncustomer Finance\n',
    'services.svcdef': 'service Email { status live owner CentralIT }\n'
};

/** How a wait ended, or `waiting` if it has not within a second. */
function outcome(wait: Promise<unknown>): Promise<string> {
    return Promise.race([
        wait.then(() => 'answered', error => `failed with ${(error as { code?: number }).code ?? String(error)}`),
        new Promise<string>(resolve => setTimeout(() => resolve('waiting'), 1_000))
    ]);
}

/** Requests wait for a document to be built far enough (`waitUntil`); every wait must end. */
describe('waiting for a document to be built', () => {
    it('ends when the build that got the document there is cancelled right after', async () => {
        const { workspace, shared } = createTestServices();
        const ws = await workspace(FILES);
        const builder = shared.workspace.DocumentBuilder;
        const { uri } = ws.document('services.svcdef');
        const edit = new CancellationTokenSource();
        // The next edit arrives just as the document is parsed, before the build tells anyone.
        const arriving = builder.onDocumentPhase(DocumentState.Parsed, document => {
            if (document.uri.toString() === uri.toString()) edit.cancel();
        });
        try {
            const building = builder.update([uri], [], edit.token).catch(() => undefined);
            builder.resetToState(ws.document('services.svcdef'), DocumentState.Changed);
        builder.resetToState(ws.document('services.svcdef'), DocumentState.Changed);
            const parsed = builder.waitUntil(DocumentState.Parsed, uri);
            await building;
            expect(ws.document('services.svcdef').state).toBeGreaterThanOrEqual(DocumentState.Parsed);
            expect(await outcome(parsed)).toBe('answered');
        } finally {
            arriving.dispose();
        }
    });

    it('ends, as for an unknown document, when the document leaves the workspace first', async () => {
        const { workspace, shared } = createTestServices();
        const ws = await workspace(FILES);
        const builder = shared.workspace.DocumentBuilder;
        const { uri } = ws.document('services.svcdef');
        const edit = new CancellationTokenSource();
        const building = builder.update([uri], [], edit.token).catch(() => undefined);
        builder.resetToState(ws.document('services.svcdef'), DocumentState.Changed);
        const parsed = builder.waitUntil(DocumentState.Parsed, uri);
        edit.cancel();
        await building;
        await builder.update([], [uri]);
        expect(await outcome(parsed)).toBe(`failed with ${LSPErrorCodes.ServerCancelled}`);
    });
});
