// A minimal LSP client for the svcdef language server's web-worker bundle, driven by the
// tests through `window.harness`. It speaks JSON-RPC with the worker over postMessage (the
// worker's BrowserMessageReader/Writer post plain message objects), answers the server's
// requests as an editor would, and answers the workspace-files bridge from an in-memory
// copy of a workspace, counting the round trips.
'use strict';

class Harness {
    constructor() {
        this.nextId = 1;
        this.waiting = new Map();
        /** The latest diagnostics per URI, and when each URI first had some (ms since start). */
        this.diagnostics = new Map();
        this.firstDiagnosticsAt = new Map();
        this.diagnosticListeners = [];
        /** Every request and notification the server sent, by method. */
        this.fromServer = [];
        this.files = new Map();
        this.bridgeCalls = { list: 0, read: 0, filesRead: 0 };
        this.configuration = {};
    }

    /**
     * Starts the worker and initializes it on the workspace folder `folder` whose files
     * `files` (URI → text) hold. With `offerFiles` false the client is a plain LSP client
     * that never offers the bridge.
     */
    async start({ folder, files, offerFiles = true, configuration = {} }) {
        this.files = new Map(Object.entries(files));
        this.configuration = configuration;
        this.worker = new Worker('/out/language-server-worker.js');
        this.worker.onmessage = event => this.receive(event.data);
        this.worker.onerror = event => console.error(`worker: ${event.message}`);
        this.startedAt = performance.now();
        const result = await this.request('initialize', {
            processId: null,
            rootUri: folder,
            workspaceFolders: [{ uri: folder, name: 'workspace' }],
            initializationOptions: offerFiles ? { svcdefWorkspaceFiles: true } : undefined,
            capabilities: {
                workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, textDocumentContent: {} },
                textDocument: {
                    publishDiagnostics: { relatedInformation: true },
                    completion: { completionItem: { snippetSupport: true } },
                    rename: { prepareSupport: true }
                },
                window: { workDoneProgress: true }
            }
        });
        this.initializedAt = performance.now();
        this.notify('initialized', {});
        return result;
    }

    request(method, params) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject, method });
            this.worker.postMessage({ jsonrpc: '2.0', id, method, params });
        });
    }

    notify(method, params) {
        this.worker.postMessage({ jsonrpc: '2.0', method, params });
    }

    open(uri, text, version = 1) {
        this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'svcdef', version, text } });
    }

    change(uri, text, version) {
        this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Changes a file "on disk" and reports it as the extension's watcher would. */
    writeFile(uri, text) {
        const type = this.files.has(uri) ? 2 : 1;
        this.files.set(uri, text);
        this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
    }

    /**
     * Resolves with the time (ms since start) at which every URI of `uris` has had
     * diagnostics published after `since` that satisfy `accept`.
     */
    diagnosticsFor(uris, { since = 0, accept = () => true, timeout = 120000 } = {}) {
        return new Promise((resolve, reject) => {
            const pending = new Set(uris);
            const check = (uri, entry) => {
                if (pending.has(uri) && entry.at >= since && accept(entry.diagnostics, uri)) {
                    pending.delete(uri);
                }
                if (pending.size === 0) {
                    this.diagnosticListeners = this.diagnosticListeners.filter(listener => listener !== check);
                    clearTimeout(timer);
                    resolve(performance.now() - this.startedAt);
                    return true;
                }
                return false;
            };
            const timer = setTimeout(() => {
                this.diagnosticListeners = this.diagnosticListeners.filter(listener => listener !== check);
                reject(new Error(`No diagnostics within ${timeout} ms for ${[...pending].slice(0, 5).join(', ')}${pending.size > 5 ? ` and ${pending.size - 5} more` : ''}`));
            }, timeout);
            for (const [uri, entry] of this.diagnostics) {
                if (check(uri, entry)) return;
            }
            if (pending.size === 0) {
                check(undefined, undefined);
                return;
            }
            this.diagnosticListeners.push(check);
        });
    }

    now() {
        return performance.now() - this.startedAt;
    }

    receive(message) {
        if (message.id !== undefined && message.method === undefined) {
            const waiting = this.waiting.get(message.id);
            this.waiting.delete(message.id);
            if (!waiting) return;
            if (message.error) {
                waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
            } else {
                waiting.resolve(message.result);
            }
            return;
        }
        this.fromServer.push(message.method);
        if (message.id !== undefined) {
            Promise.resolve(this.answer(message.method, message.params)).then(
                result => this.worker.postMessage({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
                error => this.worker.postMessage({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } })
            );
            return;
        }
        if (message.method === 'textDocument/publishDiagnostics') {
            const entry = { diagnostics: message.params.diagnostics, at: this.now() };
            this.diagnostics.set(message.params.uri, entry);
            if (!this.firstDiagnosticsAt.has(message.params.uri)) this.firstDiagnosticsAt.set(message.params.uri, entry.at);
            for (const listener of [...this.diagnosticListeners]) listener(message.params.uri, entry);
        } else if (message.method === 'window/logMessage' && message.params.type === 1) {
            console.error(`server: ${message.params.message}`);
        }
    }

    /** What an editor answers to the server's requests. */
    answer(method, params) {
        switch (method) {
            case 'workspace/configuration':
                return params.items.map(item => (item.section ? this.configuration[item.section] ?? null : null));
            case 'svcdef/listWorkspaceFiles': {
                this.bridgeCalls.list++;
                const folders = params.folders.map(folder => (folder.endsWith('/') ? folder : `${folder}/`));
                return { files: [...this.files.keys()].filter(uri => folders.some(folder => uri.startsWith(folder))) };
            }
            case 'svcdef/readWorkspaceFiles':
                this.bridgeCalls.read++;
                this.bridgeCalls.filesRead += params.uris.length;
                return {
                    files: params.uris.map(uri => (this.files.has(uri) ? { uri, text: this.files.get(uri) } : { uri, error: `${uri} does not exist.` }))
                };
            default:
                // client/registerCapability, window/workDoneProgress/create and the like.
                return null;
        }
    }
}

window.harness = new Harness();
