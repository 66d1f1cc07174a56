/**
 * The local branches offered by "Compare Commitments with Branch…": what
 * `git branch --format=%(refname:short)` lists, the current branch left out (comparing a
 * branch with itself says nothing) and the usual targets of a pull request first.
 */
import { execFile } from 'node:child_process';

/** Branches the picker puts first, in this order, when they exist. */
const USUAL_TARGETS = ['main', 'master', 'develop'];

/** The branch names of `git branch --format=%(refname:short)` output, in git's order, without a detached HEAD. */
export function parseBranchList(output: string): string[] {
    return output.split(/\r?\n/).map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('(') && !line.startsWith('HEAD'));
}

/** The branches to offer: the usual pull-request targets first, the current branch not at all. */
export function branchChoices(branches: readonly string[], current: string | undefined): string[] {
    const others = branches.filter(branch => branch !== current);
    const usual = USUAL_TARGETS.filter(branch => others.includes(branch));
    return [...usual, ...others.filter(branch => !usual.includes(branch))];
}

/** The local branches and the current one; none when `folder` is not in a git repository or git is missing. */
export async function localBranches(folder: string): Promise<{ branches: string[]; current: string | undefined }> {
    const [list, current] = await Promise.all([
        git(folder, ['branch', '--format=%(refname:short)']),
        git(folder, ['branch', '--show-current'])
    ]);
    return { branches: parseBranchList(list ?? ''), current: current?.trim() || undefined };
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
    return new Promise(resolve => {
        execFile('git', args, { cwd, encoding: 'utf8', windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout));
    });
}
