import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    ConfigurationRequest, createProtocolConnection, DidChangeConfigurationNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest,
    ShowMessageNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type ProtocolConnection, type ShowMessageParams
} from 'vscode-languageserver/node';
import { ensureBundles, LANGUAGE_SERVER_BIN, NODE } from './built-cli.js';
import { CLEAN_FILES, tempWorkspace, TODAY_AFTER_VALIDITY, TODAY_IN_VALIDITY } from './temp-workspace.js';

/**
 * The bundled language server over stdio, driven the way VS Code drives it: the client
 * answers `workspace/configuration` with its `svcdef` section and pushes changes.
 */
describe('svcdef-language-server', () => {
    let root: string;
    let dispose: () => Promise<void>;
    let server: ChildProcess;
    let connection: ProtocolConnection;
    let clientToday = TODAY_AFTER_VALIDITY;
    const diagnostics = new Map<string, Diagnostic[]>();
    const messages: ShowMessageParams[] = [];

    const mailUri = () => pathToFileURL(path.join(root, 'services', 'mail.svcdef')).toString();
    const mailCodes = () => diagnostics.get(mailUri())?.map(diagnostic => String(diagnostic.code));

    async function until(condition: () => boolean, what: string): Promise<void> {
        const deadline = Date.now() + 20_000;
        while (!condition()) {
            if (Date.now() > deadline) {
                throw new Error(`Timed out waiting for ${what}; diagnostics: ${JSON.stringify([...diagnostics])}`);
            }
            await new Promise(resolve => setTimeout(resolve, 50));
        }
    }

    beforeAll(async () => {
        await ensureBundles();
        ({ root, dispose } = await tempWorkspace(CLEAN_FILES));
        server = spawn(NODE, [LANGUAGE_SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => (item.section === 'svcdef' ? { today: clientToday } : null)));
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

    it('checks dates against svcdef.today from the client at startup', async () => {
        await until(() => mailCodes()?.includes('expired-sla') === true, 'expired-sla under the configured date');
        const expired = diagnostics.get(mailUri())!.find(diagnostic => diagnostic.code === 'expired-sla')!;
        expect(messageOf(expired)).toContain(`today is ${TODAY_AFTER_VALIDITY}`);
    });

    it('re-validates when the setting changes', async () => {
        clientToday = TODAY_IN_VALIDITY;
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { svcdef: { today: TODAY_IN_VALIDITY } } });
        await until(() => mailCodes()?.length === 0, 'the warning to go');
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { svcdef: { today: '2031-01-01' } } });
        await until(() => diagnostics.get(mailUri())?.some(diagnostic => messageOf(diagnostic).includes('today is 2031-01-01')) === true, 'the new date');
    });

    it('warns about a setting that is not a date', async () => {
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { svcdef: { today: '2026-02-30' } } });
        await until(() => messages.length > 0, 'a warning');
        expect(messages[0].message).toBe('svcdef.today: 2026-02-30 is not a date that exists. Date checks use the real date until it is fixed.');
        // Back on the real date, which lies somewhere; the fixed 2031 date is gone either way.
        await until(() => diagnostics.get(mailUri())?.every(diagnostic => !messageOf(diagnostic).includes('2031-01-01')) === true, 'the real date');
    });
});

function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
