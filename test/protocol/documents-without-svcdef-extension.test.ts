import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest
} from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

const SERVICES = 'provider CentralIT\nservice Email { status live owner CentralIT }\n';
const SLA = 'customer Finance\nsla FinanceEmail { customer Finance services Email }\n';

/**
 * Editors send svcdef text under names without `.svcdef`: VS Code's new, unsaved files are
 * `untitled:Untitled-1`, and any file can be switched to the svcdef language. Such a
 * document is svcdef because the editor says so; closing it must not leave the server
 * unable to tell what it is the next time the workspace is built.
 */
describe('documents opened as svcdef under another name', { timeout: 60_000 }, () => {
    let session: StdioSession;

    beforeEach(async () => {
        session = await startStdioSession({ files: { 'services.svcdef': SERVICES } });
    }, 60_000);

    afterEach(() => session?.dispose());

    /** Opens `services.svcdef` and types a new name for `Email`, which the closed document referred to. */
    async function editTheReferencedFile(): Promise<void> {
        const { connection, uriOf } = session;
        const uri = uriOf('services.svcdef');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: SERVICES }
        });
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: SERVICES.replace('Email', 'Mail') }]
        });
        await session.diagnosticsFor(uri, () => true);
        const symbols = await session.whileRunning(connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [];
        expect(JSON.stringify(symbols)).toContain('"Mail"');
        expect(session.exitCode()).toBeUndefined();
    }

    it('survives an unsaved untitled document being closed', async () => {
        const { connection } = session;
        const uri = 'untitled:Untitled-1';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svcdef', version: 1, text: SLA } });
        await session.diagnosticsFor(uri, () => true);
        await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await editTheReferencedFile();
    });

    it('survives a saved file of another extension, switched to svcdef, being closed', async () => {
        const { connection, folder, uriOf } = session;
        writeFileSync(path.join(folder, 'notes.txt'), SLA);
        const uri = uriOf('notes.txt');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svcdef', version: 1, text: SLA } });
        await session.diagnosticsFor(uri, () => true);
        await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await editTheReferencedFile();
    });
});
