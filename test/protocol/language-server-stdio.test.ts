import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, LANGUAGE_SERVER_BIN, NODE } from '../cli/built-cli.js';
import {
    CompletionRequest, createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
    type CompletionItem, type CompletionList, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

/**
 * The language server as an editor meets it: `svcdef-language-server --stdio` started as
 * a child process, spoken to over LSP JSON-RPC.
 */

describe('svcdef-language-server over stdio', { timeout: 30_000 }, () => {
    let server: ChildProcessWithoutNullStreams;
    let connection: ProtocolConnection;
    let folder: string;
    const published = new Map<string, PublishDiagnosticsParams>();
    const waiters: Array<() => void> = [];

    beforeAll(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'svcdef-lsp-'));
        writeFileSync(path.join(folder, 'parties.svcdef'), 'provider CentralIT\ncustomer Finance\nservice Email { status live owner CentralIT }\nservice Erp { status live owner CentralIT }\n');
        writeFileSync(path.join(folder, 'slas.svcdef'), 'sla FinanceEmail { customer Finance services Emial }\n');
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
    }, 30_000);

    afterAll(() => {
        connection?.dispose();
        server?.kill();
        rmSync(folder, { recursive: true, force: true });
    });

    async function diagnosticsFor(file: string, predicate: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
        const uri = pathToFileURL(path.join(folder, file)).toString();
        const deadline = Date.now() + 20_000;
        for (;;) {
            const params = published.get(uri);
            if (params && predicate(params)) return params;
            if (Date.now() > deadline) throw new Error(`No matching diagnostics for ${file}; last: ${JSON.stringify(params)}`);
            await new Promise<void>(resolve => { waiters.push(resolve); setTimeout(resolve, 200); });
        }
    }

    it('publishes diagnostics with public codes for the workspace files', async () => {
        const params = await diagnosticsFor('slas.svcdef', p => p.diagnostics.length > 0);
        expect(params.diagnostics.map(d => d.code)).toEqual(['unresolved-reference']);
        expect(params.diagnostics[0].message).toContain("Did you mean 'Email'?");
    });

    it('validates an opened document and completes workspace names in it', async () => {
        const uri = pathToFileURL(path.join(folder, 'new.svcdef')).toString();
        const text = 'sla FinanceErp { customer Finance services Erp }\nuc Broken { contract "C-1" }\n';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text }
        });
        const params = await diagnosticsFor('new.svcdef', p => p.diagnostics.some(d => d.code === 'missing-party'));
        expect(params.diagnostics.map(d => d.code)).toEqual(['missing-party']);

        const result = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri },
            position: { line: 0, character: text.indexOf('Erp }') }
        }) as CompletionList | CompletionItem[] | null;
        const items = Array.isArray(result) ? result : result?.items ?? [];
        const labels = items.map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['Email', 'Erp']));
        expect(labels).not.toContain('Finance');
    });
});
