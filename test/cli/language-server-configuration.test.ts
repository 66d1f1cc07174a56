import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    ConfigurationRequest, createProtocolConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
    ExitNotification, FileChangeType, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
    RegistrationRequest, ShowMessageNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type ProtocolConnection, type ShowMessageParams
} from 'vscode-languageserver/node';
import { ensureBundles, LANGUAGE_SERVER_BIN, NODE } from './built-cli.js';
import { CLEAN_FILES, tempWorkspace, TODAY_AFTER_VALIDITY, TODAY_IN_VALIDITY } from './temp-workspace.js';

/**
 * The bundled language server and a workspace folder's svcdef.json: read at start-up,
 * read again when the client reports it changed, below the client's svcdef.today.
 */
describe('svcdef-language-server with svcdef.json', () => {
    let root: string;
    let dispose: () => Promise<void>;
    let server: ChildProcess;
    let connection: ProtocolConnection;
    const diagnostics = new Map<string, Diagnostic[]>();
    const messages: ShowMessageParams[] = [];

    const uriOf = (name: string) => pathToFileURL(path.join(root, name)).toString();
    const messagesOf = (name: string) => diagnostics.get(uriOf(name))?.map(diagnostic => String(diagnostic.message)) ?? [];

    async function until(condition: () => boolean, what: string): Promise<void> {
        const deadline = Date.now() + 20_000;
        while (!condition()) {
            if (Date.now() > deadline) {
                throw new Error(`Timed out waiting for ${what}; diagnostics: ${JSON.stringify([...diagnostics])}`);
            }
            await new Promise(resolve => setTimeout(resolve, 50));
        }
    }

    async function changeConfiguration(text: string): Promise<void> {
        await writeFile(path.join(root, 'svcdef.json'), text);
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: uriOf('svcdef.json'), type: FileChangeType.Changed }]
        });
    }

    beforeAll(async () => {
        await ensureBundles();
        ({ root, dispose } = await tempWorkspace({
            ...CLEAN_FILES,
            'legacy/fax.svcdef': 'service Fax { status live owner Nobody }\n',
            'svcdef.json': JSON.stringify({ exclude: ['legacy'], today: TODAY_AFTER_VALIDITY })
        }));
        await mkdir(path.join(root, '.git'));
        server = spawn(NODE, [LANGUAGE_SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => (item.section === 'svcdef' ? { today: '' } : null)));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onNotification(PublishDiagnosticsNotification.type, params => { diagnostics.set(params.uri, params.diagnostics); });
        connection.onNotification(ShowMessageNotification.type, params => { messages.push(params); });
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(root).toString(),
            workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'workspace' }],
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
    }, 120_000);

    afterAll(async () => {
        if (connection) {
            await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
            await connection.sendNotification(ExitNotification.type).catch(() => undefined);
            connection.dispose();
        }
        server?.kill();
        await dispose?.();
    });

    it('checks dates against its "today" and leaves out what it excludes', async () => {
        await until(() => messagesOf('services/mail.svcdef').some(message => message.includes(`today is ${TODAY_AFTER_VALIDITY}`)), 'expired-sla under svcdef.json\'s date');
        await until(() => diagnostics.has(uriOf('parties.svcdef')), 'the other file');
        expect(diagnostics.has(uriOf('legacy/fax.svcdef'))).toBe(false);
    });

    it('lets the client\'s svcdef.today win, and falls back to svcdef.json when it is cleared', async () => {
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { svcdef: { today: TODAY_IN_VALIDITY } } });
        await until(() => messagesOf('services/mail.svcdef').length === 0, 'the warning to go under the client\'s date');
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { svcdef: { today: '' } } });
        await until(() => messagesOf('services/mail.svcdef').some(message => message.includes(`today is ${TODAY_AFTER_VALIDITY}`)), 'svcdef.json\'s date again');
    });

    it('reads svcdef.json again when the client reports it changed', async () => {
        await changeConfiguration(JSON.stringify({ today: '2028-06-01' }));
        await until(() => messagesOf('services/mail.svcdef').some(message => message.includes('today is 2028-06-01')), 'the new date');
        await until(() => messagesOf('legacy/fax.svcdef').some(message => message.includes('Nobody')), 'the file no longer excluded');
    });

    it('warns about an unusable svcdef.json, marks the spot, and keeps serving with the defaults', async () => {
        await changeConfiguration('{ "today": "someday" }');
        await until(() => messages.length > 0, 'a warning');
        expect(messages.map(message => message.message)).toEqual([
            `${path.join(root, 'svcdef.json')}:1:12: "today" cannot be "someday". Write the date as YYYY-MM-DD, e.g. 2026-06-01. Or leave "today" out to check against the real date. Until it is fixed, the workspace folder 'workspace' is read with the defaults.`
        ]);
        await until(() => diagnostics.get(uriOf('svcdef.json'))?.length === 1, 'a diagnostic on svcdef.json');
        expect(diagnostics.get(uriOf('svcdef.json'))![0].range.start).toEqual({ line: 0, character: 11 });
        await until(() => messagesOf('services/mail.svcdef').every(message => !message.includes('2028-06-01')), 'the real date');

        await changeConfiguration('{}');
        await until(() => diagnostics.get(uriOf('svcdef.json'))?.length === 0, 'the diagnostic to go');
        expect(messages).toHaveLength(1);
    });
});
