import { UriUtils, type URI } from 'langium';
import { PathGlobs } from './path-globs.js';
import type { WorkspaceConfiguration } from './workspace-configuration.js';

export const SVCDEF_FILE_EXTENSION = '.svcdef';

/**
 * Folders that hold someone else's files or a build's output, never workspace content:
 * dependencies, and `out/`, where Langium-based tools and svcdef's own generate commands
 * write by default. Deliberately short: a folder skipped by mistake silently loses
 * definitions, while one read by mistake shows up as duplicate names and is one
 * `exclude` away from gone.
 */
const SKIPPED_FOLDER_NAMES: ReadonlySet<string> = new Set(['node_modules', 'out']);

/**
 * Which files below a root folder belong to the workspace: the one rule that the CLI's
 * file finder and the language server's workspace scan both follow.
 *
 * - Only `.svcdef` files.
 * - Folders named `node_modules` or `out`, and folders whose name starts with a dot, are
 *   not entered. Files whose name starts with a dot are read: only folders hide tool state.
 * - The governing `svcdef.json` narrows this with `include` and `exclude` (paths relative
 *   to its folder, read by PathGlobs). A folder matched by an `include` pattern takes every
 *   `.svcdef` file inside it; an `exclude` match leaves a file or a whole folder out.
 * - The root itself was chosen by the user (a path on the command line, a folder opened
 *   in the editor), so it is always read: none of these applies to it or the folders
 *   above it. An `exclude` pattern that covers the root is set aside below it, and so is
 *   `include` when none of its patterns can match anything inside the root; otherwise
 *   `svcdef validate examples/broken/expired-sla` would find nothing to check.
 *
 * Paths are relative to the root, `/`-separated.
 */
export class WorkspaceInclusionRule {
    private constructor(
        /** The folder the rule applies below. */
        readonly root: URI,
        /** The root's path from the configuration's folder, with a trailing slash; empty when they are one. */
        private readonly prefix: string,
        private readonly include: PathGlobs | undefined,
        private readonly exclude: PathGlobs,
        /** The configuration the rule comes from, if any. */
        readonly configuration: WorkspaceConfiguration | undefined
    ) {}

    static forRoot(root: URI, configuration?: WorkspaceConfiguration): WorkspaceInclusionRule {
        if (!configuration) {
            return new WorkspaceInclusionRule(root, '', undefined, new PathGlobs([]), undefined);
        }
        const rootPath = UriUtils.relative(configuration.folder, root);
        // A configuration is found in the root or above it; anything else governs nothing here.
        const inside = rootPath === '' || !(rootPath === '..' || rootPath.startsWith('../'));
        const relevant = inside ? rootPath : '';
        const exclude = configuration.exclude.filter(glob => relevant === '' || !new PathGlobs([glob]).covers(relevant));
        const includeGlobs = configuration.include ? new PathGlobs(configuration.include) : undefined;
        const include = includeGlobs && (relevant === '' || includeGlobs.covers(relevant) || includeGlobs.mayMatchInside(relevant))
            ? includeGlobs
            : undefined;
        return new WorkspaceInclusionRule(root, relevant === '' ? '' : `${relevant}/`, include, new PathGlobs(exclude), configuration);
    }

    /** Whether to enter a folder that lies directly inside the root or inside a folder this rule enters. */
    admitsFolder(path: string): boolean {
        const name = path.slice(path.lastIndexOf('/') + 1);
        if (name.startsWith('.') || SKIPPED_FOLDER_NAMES.has(name)) {
            return false;
        }
        return !this.exclude.matches(this.prefix + path);
    }

    /** Whether to read a file that lies directly inside the root or inside a folder this rule enters. */
    admitsFile(path: string): boolean {
        if (!path.endsWith(SVCDEF_FILE_EXTENSION)) {
            return false;
        }
        const fromConfiguration = this.prefix + path;
        if (this.exclude.matches(fromConfiguration)) {
            return false;
        }
        return this.include === undefined || this.include.covers(fromConfiguration);
    }

    /** Whether a file or folder anywhere below the root belongs to the workspace, the folders on its way included. */
    admitsPath(path: string, isFolder: boolean): boolean {
        if (path === '') {
            return isFolder;
        }
        for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (!this.admitsFolder(path.slice(0, slash))) {
                return false;
            }
        }
        return isFolder ? this.admitsFolder(path) : this.admitsFile(path);
    }

    /** Whether the URI is the root or lies below it. */
    contains(uri: URI): boolean {
        return UriUtils.contains(this.root, uri);
    }

    /** The path of a URI below the root. */
    pathOf(uri: URI): string {
        return UriUtils.relative(this.root, uri);
    }
}
