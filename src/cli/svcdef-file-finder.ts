import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { loadErrorFrom, WorkspaceLoadError } from './workspace-load-error.js';

export const SVCDEF_EXTENSION = '.svcdef';

export interface FindOptions {
    /** Folder that relative paths and exclude globs start from. */
    readonly cwd: string;
    /** Files or folders; none means the working directory. */
    readonly paths: readonly string[];
    /** Globs of files or folders to leave out. */
    readonly exclude: readonly string[];
}

/**
 * Every `.svcdef` file under the given paths, as sorted absolute paths without duplicates.
 *
 * Folders are searched recursively; below the given folders, `node_modules` and folders
 * whose name starts with a dot are not entered (dependencies and tool state, not
 * workspace content). A file named explicitly is taken even inside such a folder, but it
 * must be a `.svcdef` file.
 *
 * An exclude glob without a slash matches a file or folder name at any depth (`drafts`,
 * `*.draft.svcdef`); one with a slash matches the path relative to `cwd` (`legacy/**`).
 * A matching folder is not entered; a matching file is left out even when named explicitly,
 * so that shell globs and excludes combine.
 */
export async function findSvcdefFiles(options: FindOptions): Promise<string[]> {
    const excluded = excludeMatcher(options.cwd, options.exclude);
    const found = new Set<string>();
    const visitedFolders = new Set<string>();
    const roots = options.paths.length > 0 ? options.paths : ['.'];

    const walk = async (folder: string, shown: string): Promise<void> => {
        const real = await realpath(folder).catch(error => { throw loadErrorFrom(shown, error, 'folder'); });
        // Symbolic links can make a folder its own descendant; each real folder is read once.
        if (visitedFolders.has(real)) {
            return;
        }
        visitedFolders.add(real);
        const entries = await readdir(folder, { withFileTypes: true }).catch(error => { throw loadErrorFrom(shown, error, 'folder'); });
        for (const entry of entries) {
            const child = path.join(folder, entry.name);
            const childShown = displayPath(options.cwd, child);
            let isFolder = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const target = await stat(child).catch(() => undefined);
                // A dangling link is not workspace content; skipping it matches what editors do.
                isFolder = target?.isDirectory() ?? false;
                isFile = target?.isFile() ?? false;
            }
            if (isFolder) {
                if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && !excluded(child)) {
                    await walk(child, childShown);
                }
            } else if (isFile && entry.name.endsWith(SVCDEF_EXTENSION) && !excluded(child)) {
                found.add(child);
            }
        }
    };

    for (const root of roots) {
        const absolute = path.resolve(options.cwd, root);
        const info = await stat(absolute).catch(error => { throw loadErrorFrom(root, error, 'file'); });
        if (info.isDirectory()) {
            // A folder the user names is searched even if a name glob matches it (the
            // working directory may well be called `drafts`); excludes apply below it.
            await walk(absolute, root);
        } else if (!absolute.endsWith(SVCDEF_EXTENSION)) {
            throw new WorkspaceLoadError(root, 'not a .svcdef file', 'Pass .svcdef files, or folders that contain them.');
        } else if (!excluded(absolute)) {
            found.add(absolute);
        }
    }
    return [...found].sort(compareCodeUnits);
}

/** A path for messages: relative to `cwd` when it lies inside it. */
export function displayPath(cwd: string, absolute: string): string {
    const relative = path.relative(cwd, absolute);
    if (relative === '') {
        return '.';
    }
    const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
    return outside ? absolute : relative;
}

/** Forward-slash path relative to `cwd`, as reports and globs use it. */
export function reportPath(cwd: string, absolute: string): string {
    return path.relative(cwd, absolute).split(path.sep).join('/');
}

function excludeMatcher(cwd: string, globs: readonly string[]): (absolute: string) => boolean {
    if (globs.length === 0) {
        return () => false;
    }
    const nameGlobs: string[] = [];
    const pathGlobs: string[] = [];
    for (const raw of globs) {
        const glob = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
        if (glob === '') {
            continue;
        }
        (glob.includes('/') ? pathGlobs : nameGlobs).push(glob);
    }
    const matchesName = nameGlobs.length > 0 ? picomatch(nameGlobs, { dot: true }) : () => false;
    const matchesPath = pathGlobs.length > 0 ? picomatch(pathGlobs, { dot: true }) : () => false;
    return absolute => {
        const slashed = absolute.split(path.sep).join('/');
        return matchesName(path.basename(absolute))
            || matchesPath(reportPath(cwd, absolute))
            || matchesPath(slashed);
    };
}

function compareCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
