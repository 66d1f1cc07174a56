import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

/** A service whose name is a string of millions of characters, and a reference nothing defines to show it was checked. */
function hugeService(name: string): string {
    return `service ${name} "${'a'.repeat(6_000_000)}" { status live owner Nobody }\n`;
}

/**
 * A string of 4.5 million characters overflowed the lexer's stack: the server died when
 * such a file was opened, and never finished starting when one lay in the workspace.
 */
describe('a file with a string of millions of characters', { timeout: 60_000 }, () => {
    let session: StdioSession;

    beforeAll(async () => {
        session = await startStdioSession({ files: { 'on-disk.svcdef': hugeService('OnDisk') } });
    }, 60_000);

    afterAll(() => session?.dispose());

    const unresolved = (message: unknown) => String(message).includes('Nobody');

    it('is checked when it lies in the workspace', async () => {
        const params = await session.diagnosticsFor(session.uriOf('on-disk.svcdef'), published => published.diagnostics.length > 0);
        expect(params.diagnostics.map(diagnostic => diagnostic.message).some(unresolved)).toBe(true);
    });

    it('is checked when it is opened, and the server goes on', async () => {
        const uri = session.uriOf('opened.svcdef');
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: hugeService('Opened') }
        });
        const params = await session.diagnosticsFor(uri, published => published.diagnostics.length > 0);
        expect(params.diagnostics.map(diagnostic => diagnostic.message).some(unresolved)).toBe(true);
        expect(session.exitCode()).toBeUndefined();
    });
});
