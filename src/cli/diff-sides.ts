import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeCommitTree } from './diff-git-tree.js';
import { GitFailure, gitText } from './diff-git.js';
import { reportPath } from './svcdef-file-finder.js';
import { UsageError } from './usage-error.js';

/**
 * One side of `svcdef diff`, ready to load: a folder on disk, either the user's own or a
 * temporary copy of a commit's workspace.
 */
export interface DiffSide {
    /** How reports name the side: the ref or folder as given, `working tree`, or the merge base. */
    readonly name: string;
    /** The workspace folder to load. */
    readonly folder: string;
    /** Where the side's files are shown from, relative to the current folder with `/` ('' for itself). */
    readonly shownFolder: string;
    /** Read from git: a commit may well predate the workspace, so no `.svcdef` file there is an empty side, not an error. */
    readonly fromGit: boolean;
    /** How many `.svcdef` files a side from git has (undefined for a folder, which the loader searches). */
    readonly svcdefFiles?: number;
    /** Removes a temporary copy; nothing for the user's folders. */
    dispose(): Promise<void>;
}

export interface SideOptions {
    readonly cwd: string;
    /** `--base`: a folder or a git ref; default the merge base of HEAD with the default branch. */
    readonly base?: string;
    /** `--head`: a folder or a git ref; default the working tree. */
    readonly head?: string;
    /** `--workspace`: the workspace folder inside the repository, for the sides read from git (default: cwd). */
    readonly workspace?: string;
}

/**
 * Settles both sides. A value that names an existing folder is that folder; anything else
 * is a git ref, read from the repository around the workspace folder without touching its
 * working tree. Throws UsageError, with what to do, when a side cannot be had.
 */
export async function resolveSides(options: SideOptions): Promise<{ base: DiffSide; head: DiffSide }> {
    const workspace = path.resolve(options.cwd, options.workspace ?? '.');
    const repository = new LazyRepository(options.cwd, workspace);
    const head = await resolveSide('head', options.head, options, workspace, repository);
    try {
        const base = await resolveSide('base', options.base, options, workspace, repository);
        return { base, head };
    } catch (error) {
        await head.dispose();
        throw error;
    }
}

async function resolveSide(which: 'base' | 'head', given: string | undefined, options: SideOptions, workspace: string,
    repository: LazyRepository): Promise<DiffSide> {
    if (given === undefined && which === 'head') {
        if (!await isFolder(workspace)) {
            throw new UsageError(`${displayed(options.cwd, workspace)}: no such folder. Pass the workspace folder with --workspace, or a --head folder or ref.`);
        }
        return folderSide('working tree', workspace, options.cwd);
    }
    if (given !== undefined) {
        if (given.trim() === '') {
            throw new UsageError(`--${which} is empty. Give a git ref (a branch, tag or commit) or a folder.`);
        }
        const folder = path.resolve(options.cwd, given);
        if (await isFolder(folder)) {
            return folderSide(given, folder, options.cwd);
        }
        if (given.startsWith('-')) {
            throw new UsageError(`--${which} ${given}: not a folder, and a git ref cannot start with '-'. Give a branch, tag, commit or folder.`);
        }
        const repo = await repository.get(`--${which} ${given}`);
        const commit = await repo.commit(given, which);
        return gitSide(given, commit, repo, options.cwd, workspace);
    }
    const repo = await repository.get('the default --base');
    const { branch, commit } = await repo.defaultBase();
    return gitSide(`${branch} (merge base ${commit.slice(0, 12)})`, commit, repo, options.cwd, workspace);
}

function folderSide(name: string, folder: string, cwd: string): DiffSide {
    return { name, folder, shownFolder: reportPath(cwd, folder), fromGit: false, dispose: async () => undefined };
}

async function gitSide(name: string, commit: string, repo: Repository, cwd: string, workspace: string): Promise<DiffSide> {
    const tree = await writeCommitTree(repo.root, commit, await repo.workspacePath(workspace));
    return {
        name,
        folder: tree.workspace,
        // A file of a commit is shown where it would be in the working tree.
        shownFolder: reportPath(cwd, workspace),
        fromGit: true,
        svcdefFiles: tree.svcdefFiles,
        dispose: tree.dispose
    };
}

async function isFolder(candidate: string): Promise<boolean> {
    return (await stat(candidate).catch(() => undefined))?.isDirectory() ?? false;
}

function displayed(cwd: string, absolute: string): string {
    return reportPath(cwd, absolute) || '.';
}

/** The repository is looked for only when a side needs git, so two folders work anywhere. */
class LazyRepository {
    private found?: Promise<Repository>;

    constructor(private readonly cwd: string, private readonly workspace: string) {}

    get(forWhat: string): Promise<Repository> {
        this.found ??= this.find(forWhat);
        return this.found;
    }

    private async find(forWhat: string): Promise<Repository> {
        // From the workspace folder when it exists (it may be a checkout of its own), else from here.
        const from = await isFolder(this.workspace) ? this.workspace : this.cwd;
        let root: string | undefined;
        try {
            root = await gitText({ cwd: from, args: ['rev-parse', '--show-toplevel'] });
        } catch (error) {
            if (error instanceof GitFailure && error.notInstalled) {
                throw new UsageError(`${forWhat} needs git, which is not installed (or not on PATH). Install git, or pass folders to --base and --head.`);
            }
            throw error;
        }
        if (!root) {
            throw new UsageError(`${forWhat}: not a folder, and ${displayed(this.cwd, from)} is not inside a git repository to read it from. `
                + 'Run svcdef diff inside a git checkout, or pass folders to --base and --head.');
        }
        return new Repository(root, this.cwd);
    }
}

class Repository {
    constructor(readonly root: string, private readonly cwd: string) {}

    private text(...args: string[]): Promise<string | undefined> {
        return gitText({ cwd: this.root, args });
    }

    /** The commit `ref` names; a ref that names none is a usage error that says why. */
    async commit(ref: string, which: 'base' | 'head'): Promise<string> {
        const commit = await this.text('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
        if (commit) {
            return commit;
        }
        await this.requireHistory(`--${which} ${ref}`);
        throw new UsageError(`--${which} ${ref}: no such folder, and no branch, tag or commit of that name in the repository at `
            + `${displayed(this.cwd, this.root)}. Check the name (git branch -a, git tag), fetch it (git fetch origin ${ref}), or pass a folder.`);
    }

    /**
     * The merge base of HEAD with the default branch: what a pull request from HEAD would
     * be compared with. The default branch is origin/HEAD's target, else main, else master.
     */
    async defaultBase(): Promise<{ branch: string; commit: string }> {
        await this.requireHistory('the default --base');
        const remoteHead = await this.text('symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD');
        const candidates = [
            ...(remoteHead ? [remoteHead.replace(/^refs\/remotes\//, '')] : []),
            'main', 'master', 'origin/main', 'origin/master'
        ];
        for (const branch of candidates) {
            if (await this.text('rev-parse', '--verify', '--quiet', `${branch}^{commit}`)) {
                const commit = await this.text('merge-base', 'HEAD', branch);
                if (!commit) {
                    throw new UsageError(`HEAD and ${branch} have no common history here (a shallow clone?). Fetch the whole history `
                        + '(git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0), or pass --base REF.');
                }
                return { branch, commit };
            }
        }
        throw new UsageError(`cannot tell the default branch of the repository at ${displayed(this.cwd, this.root)}: `
            + 'no origin/HEAD, main or master. Pass --base REF (the branch the changes would go into).');
    }

    /** The workspace folder from the repository's root, with `/`; outside the repository is a usage error. */
    async workspacePath(workspace: string): Promise<string> {
        const real = async (candidate: string) => realpath(candidate).catch(() => candidate);
        const relative = path.relative(await real(this.root), await real(workspace));
        if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
            throw new UsageError(`--workspace ${displayed(this.cwd, workspace)}: outside the repository at ${displayed(this.cwd, this.root)}. `
                + 'Pass a folder inside it.');
        }
        return relative.split(path.sep).join('/');
    }

    private async requireHistory(forWhat: string): Promise<void> {
        if (!await this.text('rev-parse', '--verify', '--quiet', 'HEAD^{commit}')) {
            throw new UsageError(`${forWhat}: the repository at ${displayed(this.cwd, this.root)} has no commits yet, so there is nothing `
                + 'to compare with. Commit first, or pass folders to --base and --head.');
        }
    }
}
