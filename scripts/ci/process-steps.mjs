// What the CI scripts in this folder share: run a shell line as a user types it, and say
// plainly which step failed. Kept to what the machine's own Node (20) runs, since these
// scripts check what a user meets before anything is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The Node 22 a source checkout brings (the devDependency `node`). */
export const CHECKOUT_NODE_BIN = path.join(ROOT, 'node_modules', 'node', 'bin');

export class StepFailure extends Error {}

/** Runs `script` with bash, as GitHub Actions and a terminal do (-e, pipefail); returns the exit code. */
export function bash(script, { cwd, env = process.env, quiet = false } = {}) {
    const result = spawnSync('bash', ['-eo', 'pipefail', '-c', script], {
        cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'], encoding: 'utf8'
    });
    if (result.error) {
        throw new StepFailure(`could not start bash: ${result.error.message}`);
    }
    return { code: result.status ?? 2, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Runs `script` and fails the whole check unless it exits with `expected` (0 by default). */
export function expectBash(what, script, options = {}) {
    const expected = options.expected ?? 0;
    console.log(`\n$ ${script.trim().split('\n').join('\n  ')}`);
    const result = bash(script, options);
    if (result.code !== expected) {
        throw new StepFailure(`${what}: exited ${result.code}, expected ${expected}.\n${result.stdout}${result.stderr}`);
    }
    return result;
}

/** A scratch folder removed when `body` is done, whatever happens. */
export async function withScratch(prefix, body) {
    const scratch = mkdtempSync(path.join(tmpdir(), prefix));
    try {
        return await body(scratch);
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}

/** Runs a check's main function: one line naming the failure, exit 1; never a stack trace for a failed step. */
export function runCheck(name, main) {
    main().then(
        () => console.log(`\n${name}: passed`),
        error => {
            console.error(`\n${name}: FAILED: ${error instanceof StepFailure ? error.message : error?.stack ?? error}`);
            process.exit(1);
        }
    );
}
