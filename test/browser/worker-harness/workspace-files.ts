import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';


/** The folder URI under which the harness serves a workspace, as github.dev names a repository's: an in-memory copy, never the disk. */
export const WORKSPACE_URI = 'vscode-vfs://github/svcdef/acme';

/** Every file under `folder`, as the harness's in-memory workspace: URI under WORKSPACE_URI → text. */
export async function workspaceFiles(folder: string): Promise<Record<string, string>> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const files: Record<string, string> = {};
    for (const entry of entries.filter(candidate => candidate.isFile())) {
        const file = path.join(entry.parentPath, entry.name);
        files[workspaceUri(path.relative(folder, file))] = await readFile(file, 'utf8');
    }
    return files;
}

/** The harness URI of a path relative to the workspace folder. */
export function workspaceUri(relative: string): string {
    return `${WORKSPACE_URI}/${relative.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** The same for an in-memory workspace given as relative path → text. */
export function asWorkspaceFiles(files: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(files).map(([relative, text]) => [workspaceUri(relative), text]));
}

