/**
 * Keeps a `CatalogWorkspace` of the open workspace folders in step with the files on
 * disk: it is read on first use, updated from file events (saves included) in small
 * batches, and read again from scratch when folders are added or removed. Listeners hear
 * once per batch, after the update is built.
 */
import { NodeFileSystem } from 'langium/node';
import * as vscode from 'vscode';
import { CatalogWorkspace } from './catalog-workspace.js';

/** Saves often come in bursts (Save All, a formatter, a branch switch); one rebuild per burst. */
const BATCH_DELAY_MS = 250;

export class WorkspaceSession implements vscode.Disposable {
    private workspace: Promise<CatalogWorkspace> | undefined;
    private readonly changed = new Set<string>();
    private readonly deleted = new Set<string>();
    private timer: NodeJS.Timeout | undefined;
    private readonly changeEmitter = new vscode.EventEmitter<void>();
    private readonly disposables: vscode.Disposable[] = [];

    /** Fires after the workspace changed on disk and the change is built. */
    readonly onDidChange = this.changeEmitter.event;

    constructor() {
        const watcher = vscode.workspace.createFileSystemWatcher('**/*.svcdef');
        // svcdef.json can change which files belong to the workspace: read it all again.
        const configuration = vscode.workspace.createFileSystemWatcher('**/svcdef.json');
        this.disposables.push(
            watcher,
            watcher.onDidCreate(uri => this.queue(uri, 'changed')),
            watcher.onDidChange(uri => this.queue(uri, 'changed')),
            watcher.onDidDelete(uri => this.queue(uri, 'deleted')),
            configuration,
            configuration.onDidCreate(() => this.reopen()),
            configuration.onDidChange(() => this.reopen()),
            configuration.onDidDelete(() => this.reopen()),
            vscode.workspace.onDidChangeWorkspaceFolders(() => this.reopen()),
            this.changeEmitter
        );
    }

    /** The workspace, read from disk the first time it is asked for. */
    get(): Promise<CatalogWorkspace> {
        if (!this.workspace) {
            const opening = CatalogWorkspace.open(folders(), NodeFileSystem);
            // A failed read is not cached: the next request tries again.
            opening.catch(() => {
                if (this.workspace === opening) this.workspace = undefined;
            });
            this.workspace = opening;
        }
        return this.workspace;
    }

    private queue(uri: vscode.Uri, kind: 'changed' | 'deleted'): void {
        if (uri.scheme !== 'file') {
            return;
        }
        const key = uri.toString();
        (kind === 'changed' ? this.deleted : this.changed).delete(key);
        (kind === 'changed' ? this.changed : this.deleted).add(key);
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), BATCH_DELAY_MS);
    }

    private async flush(): Promise<void> {
        this.timer = undefined;
        const changed = [...this.changed];
        const deleted = [...this.deleted];
        this.changed.clear();
        this.deleted.clear();
        if (!this.workspace) {
            // Nothing read yet: the first read will see the files as they are now.
            return;
        }
        try {
            const workspace = await this.workspace;
            await workspace.update(changed, deleted);
        } catch (error) {
            void vscode.window.showErrorMessage(`svcdef: could not re-read the workspace after a change: ${messageOf(error)}`);
            this.workspace = undefined;
        }
        this.changeEmitter.fire();
    }

    private reopen(): void {
        this.workspace = undefined;
        this.changed.clear();
        this.deleted.clear();
        this.changeEmitter.fire();
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.disposables.forEach(disposable => disposable.dispose());
    }
}

function folders(): { name: string; uri: string }[] {
    return (vscode.workspace.workspaceFolders ?? [])
        .filter(folder => folder.uri.scheme === 'file')
        .map(folder => ({ name: folder.name, uri: folder.uri.toString() }));
}

export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
