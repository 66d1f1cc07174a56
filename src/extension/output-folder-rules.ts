/**
 * Whether the catalog commands may write into a folder, by what is in it: the rules of the
 * CLI's output folder guard (src/cli/output-folder-guard.ts) for a writer that adds and
 * overwrites files but deletes none. A folder is svcdef's to write into when it is new,
 * empty, or carries svcdef's marker file; never when it is the workspace folder or a parent
 * of it, or holds the workspace's sources.
 */
import { OUTPUT_MARKER } from '../cli/output-marker.js';
import { isInside } from './output-location.js';

export { MARKER_TEXT, OUTPUT_MARKER } from '../cli/output-marker.js';

export interface FolderEntry {
    readonly name: string;
    readonly isFolder: boolean;
}

/**
 * Why the folder may not be written into, or undefined when it may.
 * @param folder URI path of the output folder, `shown` as the user knows it
 * @param workspaceFolder URI path of the workspace folder
 * @param entries what the folder holds now; undefined when it does not exist yet
 */
export function refusalToWrite(folder: string, shown: string, workspaceFolder: string, entries: readonly FolderEntry[] | undefined): string | undefined {
    if (isInside(workspaceFolder, folder)) {
        return `${shown} is the workspace folder or one of its parents, so the generated files would mix with the .svcdef sources. `
            + 'Set svcdef.catalog.outputFolder to a folder of its own, such as out.';
    }
    if (entries === undefined || entries.length === 0) {
        return undefined;
    }
    const source = entries.find(entry => !entry.isFolder && (entry.name.endsWith('.svcdef') || entry.name === 'svcdef.json'));
    if (source) {
        return `${shown} holds ${source.name}, a source of the workspace, and svcdef overwrites what is in its output folder. `
            + 'Move the sources out, or set svcdef.catalog.outputFolder to another folder.';
    }
    if (!entries.some(entry => entry.name === OUTPUT_MARKER)) {
        return `${shown} is not empty and was not written by svcdef, and svcdef overwrites what is in its output folder. `
            + 'Empty it, or set svcdef.catalog.outputFolder to a new folder.';
    }
    return undefined;
}
