// Runs README.md's Quick start block literally, line by line, in a fresh clone of this
// repository, with the PATH the caller has (on CI, the machine's Node 20 comes first: a new
// user's situation), and checks that the files the README tells the user to open exist.
// A README edit that breaks the first run fails CI.
//
//   node scripts/ci/readme-quickstart.mjs [--keep]
//
// --keep leaves the clone in place and prints its path.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { expectBash, ROOT, runCheck, StepFailure, withScratch } from './process-steps.mjs';

/** The first ```sh block under "## Quick start", and the paths the section says to open. */
export function quickStart(readme) {
    const start = readme.indexOf('\n## Quick start\n');
    if (start < 0) throw new StepFailure('README.md has no "## Quick start" section.');
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end < 0 ? undefined : end);
    const block = /```sh\n([\s\S]*?)```/.exec(section);
    if (!block) throw new StepFailure('the Quick start section of README.md has no ```sh block.');
    const commands = block[1].split('\n').map(line => line.trim()).filter(line => line !== '' && !line.startsWith('#'));
    const promised = [...section.matchAll(/open `([^`]+)`/g)].map(match => match[1]);
    return { commands, promised };
}

async function main() {
    const { commands, promised } = quickStart(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    if (promised.length === 0) throw new StepFailure('the Quick start names no file to open ("open `…`"), so there is nothing to check.');
    const keep = process.argv.includes('--keep');
    await withScratch('svcdef-quickstart-', async scratch => {
        const clone = path.join(scratch, 'svcdef');
        expectBash('cloning the repository', `git clone --quiet ${JSON.stringify(ROOT)} ${JSON.stringify(clone)}`);
        // The tests that read the reference text and the design contract find them beside the
        // repository, as in a developer's or CI's folder layout.
        const shared = path.join(ROOT, '..', 'shared');
        if (existsSync(shared)) symlinkSync(shared, path.join(scratch, 'shared'));
        for (const command of commands) {
            expectBash(`the README's command \`${command}\``, command, { cwd: clone });
        }
        for (const file of promised) {
            if (!existsSync(path.join(clone, file))) {
                throw new StepFailure(`the README says to open ${file}, but the Quick start did not produce it.`);
            }
            console.log(`found ${file}, as the README promises`);
        }
        const results = path.join(clone, 'test-artifacts', 'vitest-results.json');
        if (existsSync(results)) {
            const r = JSON.parse(readFileSync(results, 'utf8'));
            console.log(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
        }
        if (keep) {
            const kept = `${scratch}-kept`;
            expectBash('keeping the clone', `mv ${JSON.stringify(scratch)} ${JSON.stringify(kept)} && mkdir ${JSON.stringify(scratch)}`);
            console.log(`clone kept in ${path.join(kept, 'svcdef')}`);
        }
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
    runCheck('README Quick start', main);
}
