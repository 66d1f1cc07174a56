/**
 * Starts the svcdef language server (the bundled `out/language-server.cjs`) in a Node
 * process of its own, spoken to over IPC. The client forwards the `svcdef` settings the
 * server asks for, file events for `.svcdef` files the editor has not opened and for
 * `svcdef.json`, and the `svcdef.trace.server` setting (read by vscode-languageclient from
 * the client id).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const CLIENT_ID = 'svcdef';
export const SERVER_MODULE = 'out/language-server.cjs';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath(SERVER_MODULE);
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    // svcdef.json decides which files the server reads; it re-reads the workspace when one changes.
    // Calendars read holidays from iCalendar files: a changed one is read again.
    const watchers = ['**/*.svcdef', '**/svcdef.json', '**/*.ics'].map(glob => vscode.workspace.createFileSystemWatcher(glob));
    context.subscriptions.push(...watchers);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'svcdef' },
            { scheme: 'untitled', language: 'svcdef' }
        ],
        synchronize: { fileEvents: watchers },
        diagnosticCollectionName: 'svcdef',
        outputChannelName: 'svcdef Language Server'
    };
    return new LanguageClient(CLIENT_ID, 'svcdef Language Server', serverOptions, clientOptions);
}
