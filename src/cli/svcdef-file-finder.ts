import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { PathGlobs } from '../language/workspace/path-globs.js';
import type { WorkspaceConfiguration } from '../language/workspace/workspace-configuration.js';
import { findWorkspaceConfiguration } from '../language/workspace/workspace-configuration-discovery.js';
import { WorkspaceConfigurationError } from '../language/workspace/workspace-configuration-error.js';
import { SVCDEF_FILE_EXTENSION, WorkspaceInclusionRule } from '../language/workspace/workspace-inclusion-rule.js';
import { loadErrorFrom, WorkspaceLoadError } from './workspace-load-error.js';

export interface FindOptions {
    /** Folder that relative paths and exclude globs start from. */
    readonly cwd: string;
    /** Files or folders; none means the working directory. */
    readonly paths: readonly string[];
    /** Globs of files or folders to leave out. */
    readonly exclude: readonly string[];
    /** Follow symbolic links that lead out of every folder named (`--follow-symlinks`). */
    readonly followSymlinks?: boolean;
    /** Told of each symbolic link left out because it leads out of every folder named. */
    readonly onSkippedLink?: (link: SkippedLink) => void;
}

/** A symbolic link below a root whose target lies outside every root. */
export interface SkippedLink {
    /** The link, for messages (see displayPath). */
    readonly shown: string;
    /** Where it leads, symbolic links resolved. */
    readonly target: string;
}

export interface FoundFiles {
    /** Sorted absolute paths, without duplicates. */
    readonly files: string[];
    /** The `svcdef.json` files that govern the paths, each once, in the order of the paths. */
    readonly configurations: readonly WorkspaceConfiguration[];
}

/**
 * Every `.svcdef` file under the given paths, and the `svcdef.json` files that govern
 * them.
 *
 * Each folder given is a workspace root: it is searched recursively under
 * WorkspaceInclusionRule, the rule the language server follows too, with the `svcdef.json`
 * found in the folder or above it (see findWorkspaceConfiguration). A file named explicitly
 * is taken even where that rule would skip it (inside `out/`, or excluded by `svcdef.json`),
 * but it must be a `.svcdef` file.
 *
 * `--exclude` globs come on top and are read by PathGlobs from `cwd`: a glob without a
 * slash matches a file or folder name at any depth (`drafts`, `*.draft.svcdef`), one with
 * a slash the path relative to `cwd` (`legacy/**`). A matching folder is not entered; a
 * matching file is left out even when named explicitly, so that shell globs and excludes
 * combine.
 *
 * Symbolic links are followed, to files and folders alike, as long as they lead to a place
 * inside one of the folders named: a link `leak.svcdef -> ../secrets.env` would otherwise
 * put a file the user never chose into the run, and its lines into the report beside any
 * syntax error. A link that leads out is left out and reported to `onSkippedLink`, unless
 * `followSymlinks` asks for it. A file named as a path is read wherever it leads: naming it
 * is the choice.
 */
export async function findSvcdefFiles(options: FindOptions): Promise<FoundFiles> {
    const cwd = options.cwd;
    const globs = new PathGlobs(options.exclude);
    const excluded = (absolute: string) => !globs.isEmpty
        && (globs.matches(reportPath(cwd, absolute)) || globs.matches(absolute.split(path.sep).join('/')));
    const found = new Set<string>();
    const configurations = new ConfigurationLookup(cwd);
    const roots = options.paths.length > 0 ? options.paths : ['.'];
    const insideRoots = options.followSymlinks ? undefined : await realFolders(roots.map(root => path.resolve(cwd, root)));
    const leadsOut = (target: string) => insideRoots !== undefined
        && !insideRoots.some(root => target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep));

    const walk = async (folder: string, shown: string, relative: string, rule: WorkspaceInclusionRule, visited: Set<string>): Promise<void> => {
        const real = await realpath(folder).catch(error => { throw loadErrorFrom(shown, error, 'folder'); });
        // Symbolic links can make a folder its own descendant; each real folder is read once.
        if (visited.has(real)) {
            return;
        }
        visited.add(real);
        const entries = await readdir(folder, { withFileTypes: true }).catch(error => { throw loadErrorFrom(shown, error, 'folder'); });
        for (const entry of entries) {
            const child = path.join(folder, entry.name);
            const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
            let isFolder = entry.isDirectory();
            let isFile = entry.isFile();
            const isLink = entry.isSymbolicLink();
            if (isLink) {
                const target = await stat(child).catch(() => undefined);
                // A dangling link is not workspace content; skipping it matches what editors do.
                isFolder = target?.isDirectory() ?? false;
                isFile = target?.isFile() ?? false;
            }
            const admitted = isFolder ? rule.admitsFolder(childRelative) : isFile && rule.admitsFile(childRelative);
            if (!admitted || excluded(child)) {
                continue;
            }
            if (isLink) {
                const target = await realpath(child).catch(() => undefined);
                if (target === undefined) {
                    continue;
                }
                if (leadsOut(target)) {
                    options.onSkippedLink?.({ shown: displayPath(cwd, child), target });
                    continue;
                }
            }
            if (isFolder) {
                await walk(child, displayPath(cwd, child), childRelative, rule, visited);
            } else {
                found.add(child);
            }
        }
    };

    for (const root of roots) {
        const absolute = path.resolve(cwd, root);
        const info = await stat(absolute).catch(error => { throw loadErrorFrom(root, error, 'file'); });
        if (info.isDirectory()) {
            // A folder the user names is searched even if a name glob matches it (the
            // working directory may well be called `drafts`); excludes apply below it.
            const rule = WorkspaceInclusionRule.forRoot(URI.file(absolute), await configurations.governing(absolute));
            // Each root is walked under its own rule, so a folder another root passed over is still searched.
            await walk(absolute, root, '', rule, new Set());
        } else if (!info.isFile()) {
            // Reading a named pipe or a device would block or never end.
            throw new WorkspaceLoadError(root, `not a regular file but ${specialFileKind(info)}`, 'Pass .svcdef files, or folders that contain them.');
        } else if (!absolute.endsWith(SVCDEF_FILE_EXTENSION)) {
            throw new WorkspaceLoadError(root, 'not a .svcdef file', 'Pass .svcdef files, or folders that contain them.');
        } else {
            // Read for its `today`: the file is checked as part of the workspace it lies in.
            await configurations.governing(path.dirname(absolute));
            if (!excluded(absolute)) {
                found.add(absolute);
            }
        }
    }
    return { files: [...found].sort(compareCodeUnits), configurations: await configurations.found() };
}

/** The real paths of those of `paths` that are folders: the places symbolic links may lead to. */
async function realFolders(paths: readonly string[]): Promise<string[]> {
    const folders = await Promise.all(paths.map(async candidate => {
        const info = await stat(candidate).catch(() => undefined);
        return info?.isDirectory() ? await realpath(candidate).catch(() => undefined) : undefined;
    }));
    return folders.filter((folder): folder is string => folder !== undefined);
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

/** Finds each folder's `svcdef.json` once, and turns a bad one into a load error (exit 2). */
class ConfigurationLookup {
    private readonly byFolder = new Map<string, Promise<WorkspaceConfiguration | undefined>>();
    private readonly fileSystem = NodeFileSystem.fileSystemProvider();

    constructor(private readonly cwd: string) {}

    governing(folder: string): Promise<WorkspaceConfiguration | undefined> {
        let lookup = this.byFolder.get(folder);
        if (!lookup) {
            lookup = findWorkspaceConfiguration(this.fileSystem, URI.file(folder)).catch(error => {
                if (error instanceof WorkspaceConfigurationError) {
                    throw new WorkspaceLoadError(error.location(displayPath(this.cwd, error.uri.fsPath)), error.problem, error.remedy);
                }
                throw error;
            });
            this.byFolder.set(folder, lookup);
        }
        return lookup;
    }

    async found(): Promise<WorkspaceConfiguration[]> {
        const all = await Promise.all(this.byFolder.values());
        const seen = new Set<string>();
        return all.filter((configuration): configuration is WorkspaceConfiguration => {
            if (!configuration || seen.has(configuration.uri.fsPath)) {
                return false;
            }
            seen.add(configuration.uri.fsPath);
            return true;
        });
    }
}

function compareCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** What a path that is neither a file nor a folder is, for a message. */
function specialFileKind(info: Stats): string {
    if (info.isFIFO()) return 'a named pipe';
    if (info.isSocket()) return 'a socket';
    if (info.isCharacterDevice()) return 'a character device';
    if (info.isBlockDevice()) return 'a block device';
    return 'a special file';
}
