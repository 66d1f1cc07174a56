import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, WorkspaceSymbolRequest
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../cli/built-cli.js';
import { startStdioSession, type StdioSession } from './stdio-session.js';

interface SyntheticWorkspace {
    generateWorkspace(serviceCount: number): { files: Map<string, string> };
}

/** Rejects after `ms` so that a request never answered fails the test instead of hanging it. */
function withinMs<T>(ms: number, what: string, request: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`No reply to ${what} within ${ms} ms`)), ms);
    });
    return Promise.race([request, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The open documents are built ahead of the rest, so the workspace-wide build phases pass
 * with no document left in them. A request waiting for such a phase (workspace symbols wait
 * for the index) must still be answered when the build reaches it, not by some later build.
 */
describe('requests while a large workspace rebuilds', { timeout: 240_000 }, () => {
    let session: StdioSession;
    let file: string;
    let diskText: string;

    beforeAll(async () => {
        const generator = await import(pathToFileURL(path.join(ROOT, 'benchmarks', 'generate-workspace.mjs')).href) as SyntheticWorkspace;
        const { files } = generator.generateWorkspace(5_000);
        [file, diskText] = [...files].find(([name]) => name.startsWith('agreements/slas'))!;
        session = await startStdioSession({ files: Object.fromEntries(files) });
        // Once the start-up build has indexed everything, workspace symbols answer.
        await withinMs(180_000, 'the first workspace/symbol', session.whileRunning(
            session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Division' })));
    }, 200_000);

    afterAll(() => session?.dispose());

    it('answers workspace symbols asked right after opening a file whose text differs from disk', async () => {
        const { connection } = session;
        const uri = session.uriOf(file);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: `// unsaved\n${diskText}` }
        });
        const symbols = await withinMs(15_000, 'workspace/symbol after didOpen', session.whileRunning(
            connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Division' })));
        expect(symbols?.length).toBeGreaterThan(0);
    });

    // Closing unsaved text puts the disk's back in a write of its own; reopened first, that
    // write has nothing to undo, but it has cancelled the reopening's build all the same.
    it('answers workspace symbols asked while a file closed unsaved is opened again', async () => {
        const { connection } = session;
        const uri = session.uriOf(file);
        const unsaved = `// unsaved again\n${diskText}`;
        await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: unsaved }
        });
        const symbols = await withinMs(15_000, 'workspace/symbol after reopening', session.whileRunning(
            connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Division' })));
        expect(symbols?.length).toBeGreaterThan(0);
    });
});
