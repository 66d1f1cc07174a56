import picomatch from 'picomatch';

/**
 * Glob patterns over `/`-separated paths relative to a base folder, read the way
 * `.gitignore` reads them: a pattern without a slash matches a file or folder name at any
 * depth (`drafts`, `*.draft.svcdef`); one with a slash matches the path from the base
 * folder (`legacy/**`). `./` in front and `/` behind are how people write folders; both
 * are dropped. Names starting with a dot are matched like any other.
 *
 * The one glob reading of svcdef: `svcdef.json`'s `include` and `exclude` and the CLI's
 * `--exclude` all go through it.
 */
export class PathGlobs {
    /** The patterns as matched, without empty ones. */
    readonly patterns: readonly string[];
    private readonly matchesName: (name: string) => boolean;
    private readonly matchesPath: (path: string) => boolean;

    constructor(globs: readonly string[]) {
        this.patterns = globs.map(normalizeGlob).filter(glob => glob !== '');
        const nameGlobs = this.patterns.filter(glob => !glob.includes('/'));
        const pathGlobs = this.patterns.filter(glob => glob.includes('/'));
        this.matchesName = nameGlobs.length > 0 ? picomatch(nameGlobs, { dot: true }) : () => false;
        this.matchesPath = pathGlobs.length > 0 ? picomatch(pathGlobs, { dot: true }) : () => false;
    }

    get isEmpty(): boolean {
        return this.patterns.length === 0;
    }

    /** Whether a pattern matches the path or its last name. */
    matches(path: string): boolean {
        if (path === '') {
            return false;
        }
        const slash = path.lastIndexOf('/');
        return this.matchesName(slash < 0 ? path : path.slice(slash + 1)) || this.matchesPath(path);
    }

    /** Whether a pattern matches the path or one of the folders it lies in. */
    covers(path: string): boolean {
        if (this.matches(path)) {
            return true;
        }
        for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (this.matches(path.slice(0, slash))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pattern might match something inside the folder: a name pattern always
     * might; a path pattern when its fixed leading folders and the folder's path lie on
     * one line (`services/**` inside `services/mail`, and inside the whole of `.`).
     */
    mayMatchInside(folder: string): boolean {
        return this.patterns.some(glob => {
            if (!glob.includes('/') || folder === '') {
                return true;
            }
            const base = picomatch.scan(glob).base;
            return base === '' || base === folder || folder.startsWith(`${base}/`) || base.startsWith(`${folder}/`);
        });
    }
}

function normalizeGlob(raw: string): string {
    return raw.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}
