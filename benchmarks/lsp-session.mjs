/**
 * A language client for measuring: starts `svcdef-language-server --stdio` in a process
 * of its own, speaks LSP JSON-RPC to it, records when diagnostics are published for each
 * file, and can tell when the server has gone idle (no CPU used for a while), so that one
 * measured operation does not overlap the tail of the previous one.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { nodeArguments, peakRssProbe } from './measure-process.mjs';

// A CommonJS package: its names are read from the default export.
const {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter
} = protocol;

/** CPU time (ms) the process has used, from /proc; undefined where /proc is not available. */
function cpuTimeMs(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name, which is in parentheses and may contain spaces.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        return ticks * 10; // USER_HZ is 100 on Linux.
    } catch {
        return undefined;
    }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

export class LspSession {
    /** Publications per URI, in arrival order: `{ at, diagnostics }`. */
    published = new Map();
    #waiters = new Set();
    #stderr = [];
    #exited;

    constructor(serverScript, { cwd, cpuProfileDir } = {}) {
        this.folder = cwd;
        this.probe = peakRssProbe();
        this.process = spawn(process.execPath, [...nodeArguments(serverScript, ['--stdio'], { cpuProfileDir })], {
            cwd,
            env: { ...process.env, ...this.probe.env },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        this.#exited = new Promise(resolve => this.process.on('exit', (code, signal) => resolve({ code, signal })));
        this.process.stderr.on('data', chunk => {
            this.#stderr.push(chunk);
        });
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const at = performance.now();
            const list = this.published.get(params.uri);
            const entry = { at, diagnostics: params.diagnostics };
            if (list) list.push(entry); else this.published.set(params.uri, [entry]);
            for (const waiter of [...this.#waiters]) waiter();
        });
        // A server that asks the client for configuration or to register capabilities gets a plain answer.
        this.connection.onRequest('workspace/configuration', params => (params.items ?? []).map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.onNotification('window/showMessage', () => undefined);
        this.connection.listen();
    }

    get stderr() {
        return Buffer.concat(this.#stderr).toString('utf8');
    }

    uriOf(file) {
        return pathToFileURL(file).toString();
    }

    async initialize() {
        const root = this.uriOf(this.folder);
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: root,
            workspaceFolders: [{ uri: root, name: 'bench' }],
            capabilities: {
                textDocument: {
                    synchronization: { didSave: false },
                    completion: { completionItem: { snippetSupport: false } },
                    publishDiagnostics: {}
                }
            }
        });
        const at = performance.now();
        await this.connection.sendNotification(InitializedNotification.type, {});
        return at;
    }

    /** Resolves when `condition()` holds, re-checked after every publication; rejects after `timeoutMs`. */
    waitFor(condition, { timeoutMs, what }) {
        return new Promise((resolve, reject) => {
            const check = () => {
                let value;
                try {
                    value = condition();
                } catch (error) {
                    finish();
                    reject(error);
                    return;
                }
                if (value) {
                    finish();
                    resolve(value);
                }
            };
            const timer = setTimeout(() => {
                finish();
                reject(new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}.${this.#stderrHint()}`));
            }, timeoutMs);
            const exitCheck = () => {
                finish();
                reject(new Error(`The language server exited while waiting for ${what}.${this.#stderrHint()}`));
            };
            const finish = () => {
                clearTimeout(timer);
                this.#waiters.delete(check);
                this.process.off('exit', exitCheck);
            };
            this.#waiters.add(check);
            this.process.on('exit', exitCheck);
            check();
        });
    }

    #stderrHint() {
        const text = this.stderr.trim();
        return text ? ` Server stderr: ${text.slice(-2000)}` : '';
    }

    /** The first publication for `uri` that arrived after `since`. */
    publicationAfter(uri, since) {
        return this.published.get(uri)?.find(entry => entry.at > since);
    }

    /**
     * Waits until the server has used (almost) no CPU for `quietMs`: the end of a build
     * cannot be seen in the protocol, since Langium publishes no "done" message.
     */
    async waitUntilIdle({ quietMs = 250, timeoutMs = 30 * 60_000 } = {}) {
        const pid = this.process.pid;
        const deadline = performance.now() + timeoutMs;
        let last = cpuTimeMs(pid);
        if (last === undefined) {
            await sleep(Math.max(quietMs, 2000));
            return;
        }
        let quietSince = performance.now();
        while (performance.now() < deadline) {
            await sleep(100);
            const now = cpuTimeMs(pid);
            if (now === undefined) return;
            // Up to 2 ticks per 100 ms are timers and GC housekeeping, not a build.
            if (now - last > 20) quietSince = performance.now();
            last = now;
            if (performance.now() - quietSince >= quietMs) return;
        }
        throw new Error(`The language server stayed busy for ${Math.round(timeoutMs / 1000)} s.`);
    }

    async open(file, text) {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: this.uriOf(file), languageId: 'svcdef', version: 1, text }
        });
    }

    /** Sends the whole new text, as editors without incremental sync do; returns the time it was sent. */
    async change(file, version, text) {
        const at = performance.now();
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: this.uriOf(file), version },
            contentChanges: [{ text }]
        });
        return at;
    }

    /** Completion at a position; resolves to the latency in ms and the number of items. */
    async complete(file, position) {
        const started = performance.now();
        const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: this.uriOf(file) }, position });
        const latencyMs = performance.now() - started;
        const items = Array.isArray(result) ? result : result?.items ?? [];
        return { latencyMs, items: items.length, labels: items.slice(0, 5).map(item => item.label) };
    }

    /** Shuts the server down politely and resolves to its peak RSS and CPU time (`{ peakRssBytes, cpuMs }`), when it reported them. */
    async shutdown() {
        try {
            await Promise.race([this.connection.sendRequest(ShutdownRequest.type), sleep(10_000)]);
            await this.connection.sendNotification(ExitNotification.type);
        } catch {
            // A server that is already gone needs no shutdown.
        }
        const exited = await Promise.race([this.#exited, sleep(15_000).then(() => undefined)]);
        if (!exited) {
            this.process.kill('SIGKILL');
            await this.#exited;
        }
        this.connection.dispose();
        const usage = this.probe.read();
        this.probe.dispose();
        return usage;
    }
}
