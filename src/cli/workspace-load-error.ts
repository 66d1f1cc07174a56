/**
 * A path the CLI cannot use: missing, unreadable, or not svcdef. The message names the
 * path, what is wrong and what to do; the CLI prints it on one line and exits with 2.
 */
export class WorkspaceLoadError extends Error {
    override readonly name = 'WorkspaceLoadError';

    constructor(
        /** The path as the user wrote it, or relative to the working directory. */
        readonly path: string,
        readonly problem: string,
        readonly remedy: string
    ) {
        super(`${path}: ${problem}. ${remedy}`);
    }
}

/** The problem of a path that holds no `.svcdef` file, for callers that word it for their own context. */
export const NOTHING_FOUND = 'no .svcdef files found';

/** Turns a file-system error on `path` into a WorkspaceLoadError that says what to do. */
export function loadErrorFrom(path: string, error: unknown, reading: 'file' | 'folder'): WorkspaceLoadError {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
    switch (code) {
        case 'ENOENT':
            return new WorkspaceLoadError(path, 'no such file or folder', 'Check the path, or run svcdef from the folder that holds your .svcdef files.');
        case 'EACCES':
        case 'EPERM':
            return new WorkspaceLoadError(path, `the ${reading} cannot be read (permission denied)`, 'Grant read access, or leave it out with --exclude.');
        case 'ENOTDIR':
            return new WorkspaceLoadError(path, 'a part of the path is not a folder', 'Check the path.');
        case 'ELOOP':
            return new WorkspaceLoadError(path, 'the path is a symbolic link that points back at itself', 'Fix the link, or leave it out with --exclude.');
        case 'EISDIR':
            return new WorkspaceLoadError(path, 'a folder where a file was expected', 'Check the path.');
        default: {
            const detail = error instanceof Error ? error.message : String(error);
            return new WorkspaceLoadError(path, `the ${reading} cannot be read (${detail})`, 'Check the path and its permissions.');
        }
    }
}
