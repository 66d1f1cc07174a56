import { UriUtils, type FileSystemProvider, type URI } from 'langium';
import { parseWorkspaceConfiguration, WORKSPACE_CONFIGURATION_FILE, type WorkspaceConfiguration } from './workspace-configuration.js';
import { WorkspaceConfigurationError } from './workspace-configuration-error.js';

/**
 * The `svcdef.json` that governs a folder: the one in the folder itself or, failing that,
 * in the nearest folder above it. The search stops at the root of the repository (a
 * folder holding `.git`), so a stray `svcdef.json` in a home folder does not reach into
 * every project below it. Undefined when there is none: the defaults apply.
 *
 * Throws WorkspaceConfigurationError when the file found cannot be read or used.
 */
export async function findWorkspaceConfiguration(fileSystem: FileSystemProvider, folder: URI): Promise<WorkspaceConfiguration | undefined> {
    for (let current = folder; ;) {
        const candidate = UriUtils.joinPath(current, WORKSPACE_CONFIGURATION_FILE);
        if (await isFile(fileSystem, candidate)) {
            let text: string;
            try {
                text = await fileSystem.readFile(candidate);
            } catch (error) {
                throw new WorkspaceConfigurationError(candidate, undefined,
                    `the file cannot be read (${error instanceof Error ? error.message : String(error)})`,
                    'Check its permissions, or delete it to use the defaults.');
            }
            return parseWorkspaceConfiguration(text, candidate);
        }
        if (await fileSystem.exists(UriUtils.joinPath(current, '.git'))) {
            return undefined;
        }
        const parent = UriUtils.dirname(current);
        if (parent.path === current.path) {
            return undefined;
        }
        current = parent;
    }
}

async function isFile(fileSystem: FileSystemProvider, uri: URI): Promise<boolean> {
    try {
        return (await fileSystem.stat(uri)).isFile;
    } catch {
        return false;
    }
}
