/**
 * The file system with each `stat` result telling where the file or folder really is,
 * symbolic links resolved (see LocatedFileSystemNode).
 *
 * Langium's workspace scan reads a link as neither file nor folder and passes it over, but
 * when the editor reports a file or folder as created or changed, Langium looks it up with
 * a `stat` that follows links: a link out of the workspace folder (`leak.svcdef ->
 * ../secrets.env`), or a file below a linked folder, was read as a workspace file. With
 * the real path at hand the workspace manager leaves such links out, as the CLI does.
 */
import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { URI, type FileSystemProvider } from 'langium';
import type { LocatedFileSystemNode } from '../language/workspace/real-location.js';
import { decorateFileSystem } from './file-system-decorator.js';

export function withRealPaths(files: FileSystemProvider): FileSystemProvider {
    return decorateFileSystem(files, {
        stat: async (uri: URI): Promise<LocatedFileSystemNode> => {
            const [node, real] = await Promise.all([files.stat(uri), realpath(uri.fsPath).catch(() => undefined)]);
            return { ...node, realUri: real === undefined ? undefined : URI.file(real) };
        },
        statSync: (uri: URI): LocatedFileSystemNode => {
            const node = files.statSync(uri);
            let real: string | undefined;
            try {
                real = realpathSync(uri.fsPath);
            } catch {
                real = undefined;
            }
            return { ...node, realUri: real === undefined ? undefined : URI.file(real) };
        }
    });
}
