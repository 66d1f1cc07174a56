import { spawn } from 'node:child_process';

/**
 * `git` as `svcdef diff` uses it: read-only plumbing commands, run without a shell (a ref
 * or path from the command line is one argument, never shell text), output as bytes.
 */

/** git did not run, or ran and refused; `stderr` is what it said. */
export class GitFailure extends Error {
    override readonly name = 'GitFailure';

    constructor(readonly args: readonly string[], readonly stderr: string, readonly notInstalled = false) {
        super(notInstalled ? 'git is not installed' : `git ${args.join(' ')}: ${stderr.trim()}`);
    }
}

export interface GitRun {
    /** The folder git runs in: it finds the repository from there. */
    readonly cwd: string;
    readonly args: readonly string[];
    /** Written to git's stdin, which is then closed. */
    readonly input?: string;
}

/** Runs git and resolves to its stdout; rejects with GitFailure on a non-zero exit. */
export function git(run: GitRun): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const child = spawn('git', [...run.args], {
            cwd: run.cwd,
            // The user's pager, editor and locale have no say in plumbing output; messages stay English.
            env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.on('error', (error: NodeJS.ErrnoException) => {
            reject(new GitFailure(run.args, error.message, error.code === 'ENOENT'));
        });
        child.on('close', code => {
            if (code === 0) {
                resolve(Buffer.concat(out));
            } else {
                reject(new GitFailure(run.args, Buffer.concat(err).toString('utf8')));
            }
        });
        // git may exit before reading all of stdin (a bad object in a batch); that is its answer, not ours.
        child.stdin.on('error', () => undefined);
        child.stdin.end(run.input ?? '');
    });
}

/** Like git(), as trimmed text; undefined instead of a rejection when git says no. */
export async function gitText(run: GitRun): Promise<string | undefined> {
    try {
        return (await git(run)).toString('utf8').trim();
    } catch (error) {
        if (error instanceof GitFailure && !error.notInstalled) {
            return undefined;
        }
        throw error;
    }
}
