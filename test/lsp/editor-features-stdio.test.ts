import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CodeLensRequest, createProtocolConnection, DidOpenTextDocumentNotification, DocumentFormattingRequest, HoverRequest,
    InitializedNotification, InitializeRequest, InlayHintRequest, SemanticTokensRequest, StreamMessageReader,
    StreamMessageWriter, WorkspaceSymbolRequest, type InitializeResult, type MarkupContent, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { ensureBundles, LANGUAGE_SERVER_BIN, NODE } from '../cli/built-cli.js';
import { ACME_FILES } from './acme-workspace.js';

/**
 * The editor features as a client meets them: the bundled server started over stdio,
 * the capabilities it announces and one request per feature on a real folder.
 */
describe('editor features over stdio', { timeout: 60_000 }, () => {
    let server: ChildProcessWithoutNullStreams;
    let connection: ProtocolConnection;
    let folder: string;
    let capabilities: InitializeResult['capabilities'];
    const uriOf = (file: string) => pathToFileURL(path.join(folder, file)).toString();

    beforeAll(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'svcdef-editor-'));
        for (const [name, text] of Object.entries(ACME_FILES)) {
            writeFileSync(path.join(folder, name), text);
        }
        await ensureBundles();
        server = spawn(NODE, [LANGUAGE_SERVER_BIN, '--stdio'], { cwd: folder });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.listen();
        const result = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(folder).toString(),
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'acme' }],
            capabilities: {}
        });
        capabilities = result.capabilities;
        await connection.sendNotification(InitializedNotification.type, {});
        for (const name of ['services.svcdef', 'agreements.svcdef', 'bindings.svcdef']) {
            await connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri: uriOf(name), languageId: 'svcdef', version: 1, text: ACME_FILES[name] }
            });
        }
    }, 60_000);

    afterAll(() => {
        connection?.dispose();
        server?.kill();
        rmSync(folder, { recursive: true, force: true });
    });

    it('announces every editor feature', () => {
        expect(capabilities).toMatchObject({
            hoverProvider: true,
            definitionProvider: true,
            referencesProvider: true,
            documentHighlightProvider: true,
            documentSymbolProvider: true,
            workspaceSymbolProvider: expect.anything(),
            foldingRangeProvider: true,
            documentFormattingProvider: true,
            documentRangeFormattingProvider: true,
            inlayHintProvider: expect.anything(),
            codeLensProvider: {},
            renameProvider: { prepareProvider: true }
        });
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.completionProvider?.triggerCharacters).toContain('"');
        expect(capabilities.semanticTokensProvider?.legend.tokenModifiers).toEqual(expect.arrayContaining(['percent', 'duration', 'date', 'money', 'unit']));
        expect(capabilities.workspace?.textDocumentContent).toMatchObject({ schemes: ['builtin'] });
    });

    it('answers hover, symbols, hints, lenses, tokens and formatting', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriOf('bindings.svcdef') }, position: { line: 0, character: 34 }
        });
        expect((hover?.contents as MarkupContent).value).toContain('**A243** Create and Maintain Service Level Agreements');

        const symbols = await connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'FinanceEmail' });
        expect(symbols?.map(symbol => symbol.name)).toContain('FinanceEmail');

        const hints = await connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: uriOf('bindings.svcdef') }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } }
        });
        expect(hints?.map(hint => hint.label)).toEqual(['Create and Maintain Service Level Agreements', 'Publish Service Catalog']);

        const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf('services.svcdef') } });
        expect(lenses?.[0].command).toMatchObject({ title: '1 SLA covers it · 1 binding produces it', command: 'svcdef.showReferences' });

        const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf('agreements.svcdef') } });
        expect(tokens?.data.length).toBeGreaterThan(0);

        const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: uriOf('services.svcdef') }, options: { tabSize: 4, insertSpaces: true }
        });
        expect(edits).toEqual([]);
    });
});
