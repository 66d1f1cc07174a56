import { UriUtils, type FileSystemNode, type URI } from 'langium';

/**
 * A file or folder with the place it really is, symbolic links resolved. The language
 * server's file system gives `stat` results one (see src/language-server/with-real-paths.ts);
 * other file systems do not, and then nothing is known about links.
 */
export interface LocatedFileSystemNode extends FileSystemNode {
    readonly realUri?: URI;
}

/**
 * Whether a file or folder is reached through a symbolic link that leads out of the root
 * it was found under (both with links resolved). Such a link is not followed: it would put
 * a file the user never chose into the workspace (`leak.svcdef -> ../secrets.env`).
 */
export function leadsOutOf(realRoot: URI | undefined, node: FileSystemNode): boolean {
    const realUri = (node as LocatedFileSystemNode).realUri;
    return realRoot !== undefined && realUri !== undefined && !UriUtils.contains(realRoot, realUri);
}
