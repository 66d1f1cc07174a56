import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType, WorkspaceSymbolRequest, type FileEvent } from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

/** Files outside the workspace folder; svcdef text, so that reading them would show among the workspace's symbols. */
const SECRETS = 'service LeakedSecret { status live }\n';
const OTHER = 'service LeakedOther { status live }\n';

/**
 * The server reads no file that a symbolic link leads to: not in its scan of the workspace
 * folder (Langium's reads a link as neither file nor folder), and not when the editor
 * reports a new link, which Langium looked up with a `stat` that followed it.
 */
describe('symbolic links out of the workspace folder', { timeout: 60_000 }, () => {
    let session: StdioSession;
    let base: string;

    beforeAll(async () => {
        base = mkdtempSync(path.join(tmpdir(), 'svcdef-links-'));
        mkdirSync(path.join(base, 'outside', 'folder'), { recursive: true });
        writeFileSync(path.join(base, 'outside', 'secrets.env'), SECRETS);
        writeFileSync(path.join(base, 'outside', 'folder', 'other.svcdef'), OTHER);
        const folder = path.join(base, 'ws');
        mkdirSync(folder);
        symlinkSync('../outside/secrets.env', path.join(folder, 'leak.svcdef'));
        symlinkSync('../outside/folder', path.join(folder, 'shared'));
        session = await startStdioSession({ folder, files: { 'parties.svcdef': 'provider CentralIT\n' } });
    }, 60_000);

    afterAll(() => {
        session?.dispose();
        rmSync(base, { recursive: true, force: true });
    });

    /** Reports changes with a new file after them, and waits until that file has been checked. */
    async function report(changes: Array<{ file: string; type: FileEvent['type'] }>): Promise<void> {
        const later = `later-${changes.length}-${Date.now()}.svcdef`;
        writeFileSync(path.join(session.folder, later), 'sla Later { services Nothing }\n');
        await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [...changes, { file: later, type: FileChangeType.Created as FileEvent['type'] }]
                .map(({ file, type }): FileEvent => ({ uri: session.uriOf(file), type }))
        });
        await session.diagnosticsFor(session.uriOf(later), params => params.diagnostics.length > 0);
    }

    /** The workspace's symbols from outside it; the request waits until the workspace is indexed. */
    async function leaked(): Promise<string[]> {
        const symbols = await session.whileRunning(session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Leaked' })) ?? [];
        return [
            ...symbols.map(symbol => symbol.name).filter(name => name.startsWith('Leaked')),
            ...[...session.published.keys()].filter(uri => uri.includes('leak') || uri.includes('shared'))
        ];
    }

    it('reads neither the file nor the folder it leads to at start-up', async () => {
        await report([]);
        expect(await leaked()).toEqual([]);
    });

    it('reads neither the file nor the folder it leads to when the editor reports the links', async () => {
        await report([{ file: 'leak.svcdef', type: FileChangeType.Created }, { file: 'shared', type: FileChangeType.Created }]);
        expect(await leaked()).toEqual([]);
    });

    it('reads neither when the editor reports a change to them', async () => {
        await report([{ file: 'leak.svcdef', type: FileChangeType.Changed }, { file: 'shared/other.svcdef', type: FileChangeType.Changed }]);
        expect(await leaked()).toEqual([]);
        expect(session.exitCode()).toBeUndefined();
    });
});
