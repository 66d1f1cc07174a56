import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader,
    StreamMessageWriter, type ClientCapabilities, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { ensureBundles, LANGUAGE_SERVER_BIN, NODE } from '../cli/built-cli.js';

/** A bundled language server on stdio, over a temporary workspace folder, as an editor starts it. */
export interface StdioSession {
    readonly connection: ProtocolConnection;
    readonly folder: string;
    /** The diagnostics last published, by URI. */
    readonly published: ReadonlyMap<string, PublishDiagnosticsParams>;
    /** Everything the server wrote to stderr so far. */
    stderr(): string;
    /** The exit code once the server process has ended; undefined while it runs. */
    exitCode(): number | null | undefined;
    /** The outcome of a request, or a failure naming the exit code if the server dies first. */
    whileRunning<T>(request: Promise<T>): Promise<T>;
    uriOf(file: string): string;
    /** The diagnostics last published for a URI, once they satisfy `predicate`. */
    diagnosticsFor(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
    dispose(): void;
}

export interface SessionOptions {
    /** Files of the workspace folder by relative path. */
    readonly files?: Record<string, string>;
    /** A folder whose contents are copied into the workspace first. */
    readonly copyOf?: string;
    /** An existing folder to serve instead of a new temporary one; it is left in place on dispose. */
    readonly folder?: string;
    /** What the client announces at `initialize` (nothing by default, as a minimal client). */
    readonly capabilities?: ClientCapabilities;
    /** Variables set for the server process besides the test's own. */
    readonly env?: Record<string, string>;
}

export async function startStdioSession(options: SessionOptions): Promise<StdioSession> {
    const ownFolder = options.folder === undefined;
    const folder = options.folder ?? mkdtempSync(path.join(tmpdir(), 'svcdef-stdio-'));
    if (options.copyOf) {
        cpSync(options.copyOf, folder, { recursive: true });
    }
    for (const [file, text] of Object.entries(options.files ?? {})) {
        mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
        writeFileSync(path.join(folder, file), text);
    }
    await ensureBundles();
    const server: ChildProcessWithoutNullStreams = spawn(NODE, [LANGUAGE_SERVER_BIN, '--stdio'], {
        cwd: folder,
        env: { ...process.env, ...options.env }
    });
    let stderr = '';
    server.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>(resolve => server.on('exit', code => {
        exitCode = code;
        resolve(code);
    }));
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const published = new Map<string, PublishDiagnosticsParams>();
    const waiters: Array<() => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params);
        waiters.splice(0).forEach(wake => wake());
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(folder).toString(),
        workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
        capabilities: options.capabilities ?? {}
    });
    await connection.sendNotification(InitializedNotification.type, {});

    return {
        connection,
        folder,
        published,
        stderr: () => stderr,
        exitCode: () => exitCode,
        whileRunning: request => Promise.race([
            request,
            exited.then(code => { throw new Error(`The server exited with code ${code}: ${stderr}`); })
        ]),
        uriOf: file => pathToFileURL(path.join(folder, file)).toString(),
        async diagnosticsFor(uri, predicate) {
            const deadline = Date.now() + 20_000;
            for (;;) {
                const params = published.get(uri);
                if (params && predicate(params)) return params;
                if (exitCode !== undefined) throw new Error(`The server exited with code ${exitCode}: ${stderr}`);
                if (Date.now() > deadline) throw new Error(`No matching diagnostics for ${uri}; the last were ${JSON.stringify(params)}`);
                await new Promise<void>(resolve => { waiters.push(resolve); setTimeout(resolve, 200); });
            }
        },
        dispose() {
            connection.dispose();
            server.kill();
            if (ownFolder) rmSync(folder, { recursive: true, force: true });
        }
    };
}
