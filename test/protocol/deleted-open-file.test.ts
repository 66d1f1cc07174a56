import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, ReferencesRequest, RenameRequest
} from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

const SERVICES = 'provider CentralIT\nservice Email { status live owner CentralIT }\n';
const INFRASTRUCTURE = 'service Network { status live owner CentralIT }\n';

/**
 * A file open in the editor can disappear from disk (a branch switch, `git clean`, another
 * tool); the editor still holds its text, and so must the server.
 */
describe('an open file deleted on disk', { timeout: 60_000 }, () => {
    let session: StdioSession;

    beforeAll(async () => {
        session = await startStdioSession({
            files: {
                'services.svcdef': SERVICES,
                'slas.svcdef': 'customer Finance\nsla FinanceEmail { customer Finance services Email, Network }\n',
                'infra/network.svcdef': INFRASTRUCTURE
            }
        });
    }, 60_000);

    afterAll(() => session?.dispose());

    /** Deletes a file or folder on disk, tells the server, and waits until the server has handled it. */
    async function deleteOnDisk(relativePath: string): Promise<void> {
        const { connection, folder, uriOf } = session;
        rmSync(path.join(folder, relativePath), { recursive: true });
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: uriOf(relativePath), type: FileChangeType.Deleted }]
        });
        // Updates run one after the other: once a later file is checked, the deletion has been handled.
        const later = `after-${relativePath.replace(/\W/g, '-')}.svcdef`;
        writeFileSync(path.join(folder, later), 'sla Later { services Nothing }\n');
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: uriOf(later), type: FileChangeType.Created }]
        });
        await session.diagnosticsFor(uriOf(later), params => params.diagnostics.length > 0);
    }

    async function open(relativePath: string, text: string): Promise<string> {
        const uri = session.uriOf(relativePath);
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text }
        });
        await session.diagnosticsFor(uri, () => true);
        return uri;
    }

    it('keeps answering references and rename from the editor\'s text', async () => {
        const { connection } = session;
        const uri = await open('services.svcdef', SERVICES);
        await deleteOnDisk('services.svcdef');

        const position = { line: 1, character: 'service Em'.length };
        const references = await connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri }, position, context: { includeDeclaration: true }
        }) ?? [];
        expect(references.map(reference => path.basename(reference.uri)).sort()).toEqual(['services.svcdef', 'slas.svcdef']);
        const rename = await connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'Mail' });
        expect(Object.keys(rename?.changes ?? {}).map(changed => path.basename(changed)).sort()).toEqual(['services.svcdef', 'slas.svcdef']);
        expect(session.exitCode()).toBeUndefined();
    });

    it('keeps an open file of a folder deleted on disk', async () => {
        const uri = await open('infra/network.svcdef', INFRASTRUCTURE);
        await deleteOnDisk('infra');

        const references = await session.connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri }, position: { line: 0, character: 'service Net'.length }, context: { includeDeclaration: true }
        }) ?? [];
        expect(references.map(reference => path.basename(reference.uri)).sort()).toEqual(['network.svcdef', 'slas.svcdef']);
    });
});
