import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, LANGUAGE_SERVER_BIN, NODE } from '../cli/built-cli.js';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
    StreamMessageReader, StreamMessageWriter, WorkspaceSymbolRequest, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

/**
 * Closing a file without saving it throws its unsaved text away, so the server must too:
 * the file is what is on disk again, or no file at all if it never was saved, and the
 * files that read the discarded text are checked again.
 */
describe('closing a document without saving', { timeout: 60_000 }, () => {
    let server: ChildProcessWithoutNullStreams;
    let connection: ProtocolConnection;
    let folder: string;
    const published = new Map<string, PublishDiagnosticsParams>();
    const waiters: Array<() => void> = [];
    const uriOf = (file: string) => pathToFileURL(path.join(folder, file)).toString();

    const ON_DISK = 'service Email { status live owner Nobody }\n';

    beforeAll(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'svcdef-close-'));
        writeFileSync(path.join(folder, 'parties.svcdef'), 'provider CentralIT\ncustomer Finance\n');
        writeFileSync(path.join(folder, 'slas.svcdef'), 'sla FinanceErp { customer Finance services Erp }\n');
        writeFileSync(path.join(folder, 'crm.svcdef'), 'sla FinanceCrm { customer Finance services Crm }\n');
        writeFileSync(path.join(folder, 'services.svcdef'), ON_DISK);
        await ensureBundles();
        server = spawn(NODE, [LANGUAGE_SERVER_BIN, '--stdio'], { cwd: folder });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            published.set(params.uri, params);
            waiters.splice(0).forEach(wake => wake());
        });
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(folder).toString(),
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
            capabilities: {}
        });
        await connection.sendNotification(InitializedNotification.type, {});
        await codesOf('slas.svcdef', codes => codes.includes('unresolved-reference'));
        await codesOf('crm.svcdef', codes => codes.includes('unresolved-reference'));
    }, 60_000);

    afterAll(() => {
        connection?.dispose();
        server?.kill();
        rmSync(folder, { recursive: true, force: true });
    });

    /** The codes of the diagnostics last published for `file`, once they satisfy `predicate`. */
    async function codesOf(file: string, predicate: (codes: string[]) => boolean): Promise<string[]> {
        const deadline = Date.now() + 15_000;
        for (;;) {
            const codes = published.get(uriOf(file))?.diagnostics.map(diagnostic => String(diagnostic.code));
            if (codes && predicate(codes)) return codes;
            if (Date.now() > deadline) throw new Error(`${file} never got the expected diagnostics; the last ones were ${JSON.stringify(codes)}`);
            await new Promise<void>(resolve => { waiters.push(resolve); setTimeout(resolve, 200); });
        }
    }

    it('takes an edited file back to its text on disk, and checks the files that read the edit again', async () => {
        const uri = uriOf('services.svcdef');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: ON_DISK }
        });
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: 'service Email { status live owner CentralIT }\nservice Erp { status live owner CentralIT }\n' }]
        });
        expect(await codesOf('slas.svcdef', codes => codes.length === 0)).toEqual([]);
        expect(await codesOf('services.svcdef', codes => codes.length === 0)).toEqual([]);

        await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        expect(await codesOf('slas.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);
        expect(await codesOf('services.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);
    });

    it('forgets a file that was never saved', async () => {
        const uri = uriOf('draft.svcdef');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: 'service Crm { status live owner Nobody }\n' }
        });
        expect(await codesOf('crm.svcdef', codes => codes.length === 0)).toEqual([]);
        expect(await codesOf('draft.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);

        await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        expect(await codesOf('crm.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);
        expect(await codesOf('draft.svcdef', codes => codes.length === 0)).toEqual([]);
        const symbols = await connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Crm' }) ?? [];
        expect(symbols.map(symbol => symbol.name)).not.toContain('Crm');
    });
});
