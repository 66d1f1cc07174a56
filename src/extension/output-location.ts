/**
 * Where the catalog commands write: the folder of the `svcdef.catalog.outputFolder`
 * setting (relative to the workspace folder unless absolute), and each generated file's
 * place inside it. Generated paths come from constants and slugs; they are still checked
 * here, so that no file is ever written outside the chosen folder.
 */
import path from 'node:path';

export const DEFAULT_OUTPUT_FOLDER = 'out';

export class OutputLocationError extends Error {}

/** The absolute output folder for a setting value and the workspace folder it belongs to. */
export function resolveOutputFolder(setting: string | undefined, workspaceFolder: string): string {
    const value = (setting ?? '').trim() || DEFAULT_OUTPUT_FOLDER;
    if (value.includes('\0')) {
        throw new OutputLocationError('svcdef.catalog.outputFolder contains a NUL character; set it to a folder path.');
    }
    return path.resolve(workspaceFolder, value);
}

/** The absolute path of a generated file; throws when the relative path would leave the folder. */
export function outputFilePath(folder: string, relativePath: string): string {
    const parts = relativePath.split('/');
    if (relativePath === '' || path.isAbsolute(relativePath) || relativePath.includes('\\')
        || parts.some(part => part === '' || part === '.' || part === '..')) {
        throw new OutputLocationError(`Refusing to write the generated file '${relativePath}': it is not a plain relative path.`);
    }
    return path.join(folder, ...parts);
}
