/**
 * The svcdef language server in a web worker (the web extension on vscode.dev and
 * github.dev, or any page that starts `out/language-server-worker.js`), spoken to with
 * LSP messages posted to and from the worker.
 *
 * It has no file system: a client that offers the workspace's files (see
 * src/protocol/workspace-files-requests.ts) has them listed and read through it, so the
 * initial build covers every file of the workspace; any other client gets a server that
 * knows the documents it opens.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import {
    ListWorkspaceFilesRequest, ReadWorkspaceFilesRequest, offersWorkspaceFiles
} from '../protocol/workspace-files-requests.js';
import { BridgedFileSystem } from './bridged-file-system.js';
import { withFileEventsFirst } from './file-events-first.js';
import { startSvcdefLanguageServer } from './svcdef-language-server.js';

// The worker's global scope; the project compiles without the DOM and WebWorker libraries.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const files = new BridgedFileSystem();
const messages = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const connection = withFileEventsFirst(messages, params => files.applyChanges(params.changes));
const { shared } = startSvcdefLanguageServer(connection, () => files);

shared.lsp.LanguageServer.onInitialize(params => {
    if (!offersWorkspaceFiles(params.initializationOptions)) {
        return;
    }
    const folders = params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    files.connect({
        list: async folderUris => (await connection.sendRequest(ListWorkspaceFilesRequest, { folders: folderUris })).files,
        read: async uris => (await connection.sendRequest(ReadWorkspaceFilesRequest, { uris })).files
    }, folders);
});
