/**
 * Where the catalog commands write: the folder of the `svcdef.catalog.outputFolder`
 * setting (relative to the workspace folder unless absolute), and each generated file's
 * place inside it. Paths here are the POSIX paths of URIs (`/home/ann/catalog`,
 * `/c:/Users/ann/catalog`), so the same rules hold on the desktop and in the browser, for
 * `file:` folders and virtual ones alike. Generated paths come from constants and slugs;
 * they are still checked here, so that no file is ever written outside the chosen folder.
 */

export const DEFAULT_OUTPUT_FOLDER = 'out';

export class OutputLocationError extends Error {}

/** The URI path of the output folder for a setting value and the URI path of the workspace folder. */
export function resolveOutputFolder(setting: string | undefined, workspaceFolder: string): string {
    const value = (setting ?? '').trim() || DEFAULT_OUTPUT_FOLDER;
    if (value.includes('\0')) {
        throw new OutputLocationError('svcdef.catalog.outputFolder contains a NUL character; set it to a folder path.');
    }
    // A Windows path (C:\site or C:/site) is absolute; its URI path is /c:/site.
    const drive = /^([a-zA-Z]):[\\/]/.exec(value);
    if (drive) {
        return normalized(`/${drive[1].toLowerCase()}:/${value.slice(3).replace(/\\/g, '/')}`);
    }
    return value.startsWith('/') ? normalized(value) : normalized(`${workspaceFolder}/${value}`);
}

/** The URI path of a generated file; throws when the relative path would leave the folder. */
export function outputFilePath(folder: string, relativePath: string): string {
    const parts = relativePath.split('/');
    if (relativePath === '' || relativePath.startsWith('/') || relativePath.includes('\\') || /^[a-zA-Z]:/.test(relativePath)
        || parts.some(part => part === '' || part === '.' || part === '..')) {
        throw new OutputLocationError(`Refusing to write the generated file '${relativePath}': it is not a plain relative path.`);
    }
    return `${folder.replace(/\/+$/, '')}/${parts.join('/')}`;
}

/** Whether the URI path `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
    const base = parent.replace(/\/+$/, '');
    return child === base || child.startsWith(`${base}/`) || base === '';
}

/** `a/./b/../c` → `a/c`; never climbs above the root. */
function normalized(value: string): string {
    const parts: string[] = [];
    for (const part of value.split('/')) {
        if (part === '' || part === '.') continue;
        if (part === '..') parts.pop();
        else parts.push(part);
    }
    return `/${parts.join('/')}`;
}
