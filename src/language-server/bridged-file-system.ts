/**
 * The file system of a language server without one (the web worker): the workspace's
 * files as the client lists and reads them (see src/protocol/workspace-files-requests.ts).
 *
 * - The workspace folders are listed in one request, the first time anything asks; the
 *   folder tree Langium walks at start-up is answered from that list, without a round trip
 *   per folder.
 * - Reads that come in together (Langium opens every document of the initial build at
 *   once) travel in one request per {@link READ_BATCH} files.
 * - Holiday calendars (`.ics`) are read while validating, synchronously: they are fetched
 *   with the list and kept, and fetched again when the client reports them changed.
 *   `svcdef.json` files are fetched with the list as well, since start-up reads them first.
 *
 * A client that does not offer the files (a plain LSP client driving the worker) gets an
 * empty file system at once: the server then works on the documents the editor opens,
 * and nothing waits for an answer that will not come.
 */
import { URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import type { WorkspaceFileContent } from '../protocol/workspace-files-requests.js';

/** How the bridged file system reaches the client. */
export interface WorkspaceFilesBridge {
    list(folders: readonly string[]): Promise<readonly string[]>;
    read(uris: readonly string[]): Promise<readonly WorkspaceFileContent[]>;
}

/** Files per read request: large enough for few round trips, small enough for messages of a few megabytes. */
export const READ_BATCH = 1000;

/** Files whose text is kept: read synchronously (holidays) or first thing at start-up (configuration). */
const KEPT = /(\.ics|(^|\/)svcdef\.json)$/i;

interface PendingRead {
    readonly uri: string;
    readonly resolve: (text: string) => void;
    readonly reject: (error: Error) => void;
}

export class BridgedFileSystem implements FileSystemProvider {
    private bridge: WorkspaceFilesBridge | undefined;
    /** The initial workspace folders, listed together the first time they are needed. */
    private initialFolders: string[] = [];
    private initialListing: Promise<void> | undefined;
    /** Folders listed so far (URI strings), each with the listing that covers it. */
    private readonly roots = new Map<string, Promise<void>>();
    /** Every known file and folder (URI strings) under the listed roots. */
    private readonly files = new Set<string>();
    private readonly folders = new Map<string, Map<string, FileSystemNode>>();
    private readonly kept = new Map<string, string>();
    private pending: PendingRead[] = [];
    private flushScheduled = false;

    /**
     * Starts answering from `bridge` for the workspace folders `folders` (URIs as strings);
     * until then, and for ever without it, the file system is empty.
     */
    connect(bridge: WorkspaceFilesBridge, folders: readonly string[]): void {
        this.bridge = bridge;
        this.initialFolders = folders.map(folder => key(URI.parse(folder)));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        await this.listed(uri);
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const node = this.nodeOf(uri);
        if (!node) {
            throw new Error(`${uri.toString()} is not a file or folder of the workspace.`);
        }
        return node;
    }

    async exists(uri: URI): Promise<boolean> {
        await this.listed(uri);
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.nodeOf(uri) !== undefined;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        await this.listed(uri);
        const kept = this.kept.get(key(uri));
        if (kept !== undefined) {
            return kept;
        }
        if (!this.bridge) {
            throw new Error(`${uri.toString()} cannot be read: the editor did not offer the workspace's files.`);
        }
        return new Promise<string>((resolve, reject) => {
            this.pending.push({ uri: uri.toString(), resolve, reject });
            this.scheduleFlush();
        });
    }

    readFileSync(uri: URI): string {
        const kept = this.kept.get(key(uri));
        if (kept === undefined) {
            throw new Error(`${uri.toString()} is not a file of the workspace.`);
        }
        return kept;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        if (this.bridge && this.rootOf(uri) === undefined) {
            // A folder added to the workspace later: listed on its own.
            this.roots.set(key(uri), this.list([key(uri)]));
        }
        await this.listed(uri);
        return this.readDirectorySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return [...(this.folders.get(key(uri))?.values() ?? [])];
    }

    /**
     * Brings the list and the kept texts up to date with the client's file events. Called
     * before Langium hears of them, so that what it reads next is what changed.
     */
    async applyChanges(changes: readonly FileEvent[]): Promise<void> {
        if (!this.bridge) {
            return;
        }
        const refetch: string[] = [];
        for (const change of changes) {
            const uri = URI.parse(change.uri);
            if (change.type === FileChangeType.Deleted) {
                this.forget(uri);
                continue;
            }
            if (this.rootOf(uri) !== undefined && !this.folders.has(key(uri))) {
                this.addFile(uri);
            }
            if (KEPT.test(uri.path)) {
                this.kept.delete(key(uri));
                refetch.push(uri.toString());
            }
        }
        await this.keep(refetch);
    }

    private nodeOf(uri: URI): FileSystemNode | undefined {
        const uriKey = key(uri);
        if (this.files.has(uriKey)) {
            return { isFile: true, isDirectory: false, uri };
        }
        if (this.folders.has(uriKey)) {
            return { isFile: false, isDirectory: true, uri };
        }
        return undefined;
    }

    /** Resolves once the listing that covers `uri` (if any) has arrived. */
    private listed(uri: URI): Promise<void> {
        if (!this.bridge) {
            return Promise.resolve();
        }
        if (!this.initialListing) {
            const folders = this.initialFolders;
            this.initialListing = folders.length === 0 ? Promise.resolve() : this.list(folders);
            for (const folder of folders) {
                this.roots.set(folder, this.initialListing);
            }
        }
        const root = this.rootOf(uri);
        return root === undefined ? this.initialListing : (this.roots.get(root) ?? Promise.resolve());
    }

    private async list(folders: readonly string[]): Promise<void> {
        for (const folder of folders) {
            this.folders.set(folder, this.folders.get(folder) ?? new Map());
        }
        const bridge = this.bridge;
        if (!bridge) {
            return;
        }
        const files = await bridge.list(folders);
        for (const file of files) {
            this.addFile(URI.parse(file));
        }
        await this.keep(files.filter(file => KEPT.test(URI.parse(file).path)));
    }

    /** Fetches and keeps the texts of `uris`; one that cannot be read is left out, and reads as missing. */
    private async keep(uris: readonly string[]): Promise<void> {
        const bridge = this.bridge;
        if (!bridge || uris.length === 0) {
            return;
        }
        for (let start = 0; start < uris.length; start += READ_BATCH) {
            for (const content of await bridge.read(uris.slice(start, start + READ_BATCH))) {
                if ('text' in content) {
                    this.kept.set(key(URI.parse(content.uri)), content.text);
                }
            }
        }
    }

    private addFile(uri: URI): void {
        const root = this.rootOf(uri);
        if (root === undefined) {
            return;
        }
        this.files.add(key(uri));
        // Enter the file in its folder, and each folder in its parent, up to the root.
        let child: FileSystemNode = { isFile: true, isDirectory: false, uri };
        let parent = UriUtils.dirname(uri);
        while (key(parent).length >= root.length) {
            const entries = this.folders.get(key(parent));
            if (entries) {
                entries.set(key(child.uri), child);
                break;
            }
            this.folders.set(key(parent), new Map([[key(child.uri), child]]));
            child = { isFile: false, isDirectory: true, uri: parent };
            parent = UriUtils.dirname(parent);
        }
    }

    /** Drops a deleted file, or a deleted folder with everything below it. */
    private forget(uri: URI): void {
        const gone = key(uri);
        const below = (candidate: string) => candidate === gone || candidate.startsWith(`${gone}/`);
        for (const file of [...this.files].filter(below)) {
            this.files.delete(file);
            this.kept.delete(file);
        }
        for (const folder of [...this.folders.keys()].filter(below)) {
            if (!this.roots.has(folder)) {
                this.folders.delete(folder);
            }
        }
        this.folders.get(key(UriUtils.dirname(uri)))?.delete(gone);
    }

    /** The listed (or initial) root folder `uri` lies in, as its URI string. */
    private rootOf(uri: URI): string | undefined {
        const uriKey = key(uri);
        const roots = [...this.roots.keys(), ...this.initialFolders];
        return roots.find(root => uriKey === root || uriKey.startsWith(root.endsWith('/') ? root : `${root}/`));
    }

    private scheduleFlush(): void {
        if (this.flushScheduled) {
            return;
        }
        this.flushScheduled = true;
        // A macrotask, not a microtask: Langium asks for all documents of a build within one
        // turn of the event loop, but with awaits in between.
        setTimeout(() => {
            this.flushScheduled = false;
            const batch = this.pending;
            this.pending = [];
            for (let start = 0; start < batch.length; start += READ_BATCH) {
                void this.readBatch(batch.slice(start, start + READ_BATCH));
            }
        }, 0);
    }

    private async readBatch(batch: readonly PendingRead[]): Promise<void> {
        try {
            const contents = await this.bridge!.read(batch.map(read => read.uri));
            const byUri = new Map(contents.map(content => [content.uri, content]));
            for (const read of batch) {
                const content = byUri.get(read.uri);
                if (content && 'text' in content) {
                    read.resolve(content.text);
                } else {
                    read.reject(new Error(content?.error ?? `The editor did not return ${read.uri}.`));
                }
            }
        } catch (error) {
            const reason = error instanceof Error ? error : new Error(String(error));
            batch.forEach(read => read.reject(reason));
        }
    }
}

/** The one spelling of a URI the maps use. */
function key(uri: URI): string {
    const text = uri.toString();
    return text.endsWith('/') && uri.path !== '/' ? text.slice(0, -1) : text;
}
