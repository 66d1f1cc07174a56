/**
 * Starts the svcdef language server of the web extension: the bundled
 * `out/language-server-worker.js` in a web worker. The client offers the server the
 * workspace's files (it has no file system of its own, see workspace-files-answers.ts) and,
 * as on the desktop, forwards the `svcdef` settings and the file events for `.svcdef`,
 * `svcdef.json` and `.ics` files.
 */
import * as vscode from 'vscode';
import {
    BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type ServerOptions
} from 'vscode-languageclient/browser';
import { WORKSPACE_FILES_OPTION } from '../protocol/workspace-files-requests.js';

// As the desktop client's (language-client.ts, which the web build cannot load): it names the
// `svcdef.trace.server` setting.
const CLIENT_ID = 'svcdef';

export const WORKER_MODULE = 'out/language-server-worker.js';

/** The scheme of the server's built-in library (BUILTIN_SCHEME in the language core, which the extension does not bundle). */
const BUILTIN_SCHEME = 'builtin';


export function createWebLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const watchers = ['**/*.svcdef', '**/svcdef.json', '**/*.ics'].map(glob => vscode.workspace.createFileSystemWatcher(glob));
    context.subscriptions.push(...watchers);
    const clientOptions: LanguageClientOptions = {
        // Any scheme: a workspace on the web is `vscode-vfs:` (github.dev), `vscode-test-web:` and the like.
        documentSelector: [{ language: 'svcdef' }],
        synchronize: { fileEvents: watchers },
        initializationOptions: { [WORKSPACE_FILES_OPTION]: true },
        middleware: {
            // The read-only built-in library is the server's own document, not one the editor owns.
            didOpen: (document, next) => (document.uri.scheme === BUILTIN_SCHEME ? Promise.resolve() : next(document))
        },
        diagnosticCollectionName: 'svcdef',
        outputChannelName: 'svcdef Language Server'
    };
    const script = vscode.Uri.joinPath(context.extensionUri, WORKER_MODULE);
    // A worker per start: a server that was shut down (Restart Language Server) has exited.
    let worker: Worker | undefined;
    let scriptUrl: Promise<string> | undefined;
    const serverOptions: ServerOptions = async () => {
        worker?.terminate();
        // Fetched once; a failed fetch is tried again on the next start (Restart Language Server).
        scriptUrl ??= workerScriptUrl(script).catch(error => {
            scriptUrl = undefined;
            throw error;
        });
        worker = new Worker(await scriptUrl);
        // The transports, not the worker: the client tells the two apart with `instanceof Worker`,
        // which is false in VS Code's web extension host, whose `Worker` is a wrapper function
        // returning the browser's worker (the client then took the worker for transports).
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    context.subscriptions.push({
        dispose: () => {
            worker?.terminate();
            void scriptUrl?.then(url => URL.revokeObjectURL(url), () => undefined);
        }
    });
    return new LanguageClient(CLIENT_ID, 'svcdef Language Server', serverOptions, clientOptions);
}

/**
 * The worker script as a `blob:` URL of its text. The extension's own URI cannot start a
 * worker wherever the extension is installed on a remote (code-server, Codespaces, a VS Code
 * server opened in the browser): it is a `vscode-remote:` URI, and the web extension host
 * refuses workers from those ("Creating workers from remote extensions is currently not
 * supported"). Its `fetch` resolves `vscode-remote:` and `file:` URIs to the browser's URL of
 * the file, and plain `https:` ones (vscode.dev's extension CDN) load as they are, so one path
 * serves every host.
 */
async function workerScriptUrl(script: vscode.Uri): Promise<string> {
    const response = await fetch(script.toString(true));
    if (!response.ok) {
        throw new Error(`The svcdef language server (${WORKER_MODULE}) could not be loaded from ${script.toString(true)}: `
            + `HTTP ${response.status}. Reinstall the extension.`);
    }
    return URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
}
