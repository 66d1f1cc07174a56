/**
 * The file system as the workspace scan sees it: without the cache folders that hold copies
 * of the built-in library (see library-copy.ts).
 *
 * An editor that opens such a copy may start a second server with the copy's folder as its
 * workspace (Neovim does, for a file outside every project). That server must not read the
 * copy as a user file: it holds the library already, and every built-in name would be
 * declared twice.
 */
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import path from 'node:path';
import { decorateFileSystem } from './file-system-decorator.js';

export function withoutLibraryCopies(files: FileSystemProvider, cacheFolders: readonly string[]): FileSystemProvider {
    const visible = (node: FileSystemNode): boolean => {
        const file = path.resolve(node.uri.fsPath);
        return !cacheFolders.some(folder => file === folder || file.startsWith(folder + path.sep));
    };
    return decorateFileSystem(files, {
        readDirectory: async (uri: URI) => (await files.readDirectory(uri)).filter(visible),
        readDirectorySync: (uri: URI) => files.readDirectorySync(uri).filter(visible)
    });
}
