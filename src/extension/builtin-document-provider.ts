/**
 * Serves the `builtin` scheme as a read-only file system holding one file, the built-in
 * library, so that go-to-definition on `A243`, `availability` or `P1` opens readable text
 * that neither typing nor an edit through the API can change. The text is the language
 * server's, asked for once.
 */
import * as vscode from 'vscode';
import { a2DeclarationLine, BUILTIN_DOCUMENT_URI, BUILTIN_SCHEME } from './builtin-document.js';
import type { SvcdefServer } from './svcdef-server.js';

const READ_ONLY_MESSAGE = 'The svcdef built-in library (standard metrics, calendars, priorities and the PRM-IT A2 model) is part of the extension and cannot be edited.';

class BuiltinFileSystem implements vscode.FileSystemProvider {
    private readonly file = vscode.Uri.parse(BUILTIN_DOCUMENT_URI);
    private content: Promise<Uint8Array> | undefined;

    constructor(private readonly server: SvcdefServer) {}
    // The content never changes while the extension runs.
    readonly onDidChangeFile: vscode.Event<vscode.FileChangeEvent[]> = () => new vscode.Disposable(() => undefined);

    watch(): vscode.Disposable {
        return new vscode.Disposable(() => undefined);
    }

    async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
        if (this.isFile(uri)) {
            return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: (await this.bytes()).byteLength, permissions: vscode.FilePermission.Readonly };
        }
        if (this.isRoot(uri)) {
            return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
        }
        throw vscode.FileSystemError.FileNotFound(uri);
    }

    readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
        if (!this.isRoot(uri)) {
            throw vscode.FileSystemError.FileNotADirectory(uri);
        }
        return [[this.file.path.slice(1), vscode.FileType.File]];
    }

    readFile(uri: vscode.Uri): Promise<Uint8Array> {
        if (!this.isFile(uri)) {
            throw vscode.FileSystemError.FileNotFound(uri);
        }
        return this.bytes();
    }

    createDirectory(uri: vscode.Uri): never {
        throw vscode.FileSystemError.NoPermissions(uri);
    }

    writeFile(uri: vscode.Uri): never {
        throw vscode.FileSystemError.NoPermissions(uri);
    }

    delete(uri: vscode.Uri): never {
        throw vscode.FileSystemError.NoPermissions(uri);
    }

    rename(oldUri: vscode.Uri): never {
        throw vscode.FileSystemError.NoPermissions(oldUri);
    }

    private bytes(): Promise<Uint8Array> {
        if (!this.content) {
            const asked = this.server.builtinLibrary().then(library => new TextEncoder().encode(library.text));
            // A failed answer is not kept: the next read asks again.
            asked.catch(() => {
                if (this.content === asked) this.content = undefined;
            });
            this.content = asked;
        }
        return this.content;
    }

    async text(): Promise<string> {
        return new TextDecoder().decode(await this.bytes());
    }

    private isFile(uri: vscode.Uri): boolean {
        return uri.path === this.file.path;
    }

    private isRoot(uri: vscode.Uri): boolean {
        return uri.path === '/' || uri.path === '';
    }
}

export class BuiltinDocument implements vscode.Disposable {
    private readonly files: BuiltinFileSystem;
    private readonly registration: vscode.Disposable;

    constructor(server: SvcdefServer) {
        this.files = new BuiltinFileSystem(server);
        this.registration = vscode.workspace.registerFileSystemProvider(BUILTIN_SCHEME, this.files, {
            isCaseSensitive: true,
            isReadonly: new vscode.MarkdownString(READ_ONLY_MESSAGE)
        });
    }

    /** Opens the built-in document at an A2 node's declaration. */
    async showA2NodeDeclaration(nodeId: string): Promise<void> {
        await showA2NodeDeclaration(await this.files.text(), nodeId);
    }

    dispose(): void {
        this.registration.dispose();
    }
}

async function showA2NodeDeclaration(text: string, nodeId: string): Promise<void> {
    const line = a2DeclarationLine(text, nodeId);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(BUILTIN_DOCUMENT_URI));
    const position = new vscode.Position(line ?? 0, 0);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: true });
}
