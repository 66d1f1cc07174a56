import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerDiffCommand } from '../../src/cli/diff-command.js';
import { runCapturing, type CapturedRun } from './captured-cli-run.js';
import { testRepository, type TestRepository } from './diff-git-repository.js';
import { CLEAN_FILES, TODAY_IN_VALIDITY } from './temp-workspace.js';

/** `svcdef diff` end to end, in process: sides from folders and git, formats, exit codes. */

const MAIL = 'services/mail.svcdef';
const LOWERED = { [MAIL]: CLEAN_FILES[MAIL].replace('99.9%', '99.5%') };
const RAISED = { [MAIL]: CLEAN_FILES[MAIL].replace('99.9%', '99.95%') };
const ACKNOWLEDGED = {
    [MAIL]: CLEAN_FILES[MAIL].replace('99.9%', '99.5%').replace('sla FinanceEmail {', '/** @weaker Mail moves to the cloud, agreed with Finance */\nsla FinanceEmail {')
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

async function repository(): Promise<TestRepository> {
    const repo = await testRepository();
    cleanups.push(repo.dispose);
    return repo;
}

/** A repository whose main has CLEAN_FILES, on a branch `change` whose working tree holds `files` on top. */
async function pullRequest(files: Record<string, string | null>): Promise<TestRepository> {
    const repo = await repository();
    await repo.commit('the commitments', CLEAN_FILES);
    repo.git('checkout', '--quiet', '-b', 'change');
    await repo.write(files);
    return repo;
}

function svcdef(cwd: string, ...args: string[]): Promise<CapturedRun> {
    return runCapturing(cwd, args, [registerDiffCommand]);
}

const today = ['--today', TODAY_IN_VALIDITY];

describe('svcdef diff', () => {
    it('compares the working tree with where the branch left main, and fails on a weaker target', async () => {
        const repo = await pullRequest(LOWERED);
        const run = await svcdef(repo.root, 'diff', ...today);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^Comparing main \(merge base [0-9a-f]{12}\) → working tree\n/);
        expect(run.stdout).toMatch(/services\/mail\.svcdef:\d+ weaker changed sla FinanceEmail/);
        expect(run.stdout).toContain('99.9%');
        expect(run.stdout).toContain('99.5%');
        expect(run.stdout).toMatch(/\n1 weaker, 0 stronger, 0 neutral\n$/);
    }, 30_000);

    it('writes the issue\'s JSON for two refs, with files relative to the workspace folder', async () => {
        const repo = await repository();
        await repo.commit('before', Object.fromEntries(Object.entries(CLEAN_FILES).map(([file, text]) => [`catalog/${file}`, text])));
        await repo.commit('after', { [`catalog/${MAIL}`]: LOWERED[MAIL] });
        const run = await svcdef(repo.root, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--workspace', 'catalog', '--format', 'json', ...today);
        expect(run.code).toBe(1);
        const output = JSON.parse(run.stdout);
        expect(output).toMatchObject({ base: 'HEAD~1', head: 'HEAD', summary: { weaker: 1, stronger: 0, neutral: 0 } });
        expect(output.changes).toHaveLength(1);
        expect(output.changes[0]).toMatchObject({ effect: 'weaker', kind: 'changed', element: { kind: 'sla', name: 'FinanceEmail' }, file: MAIL, acknowledged: null });
    }, 30_000);

    it('shows annotations where the files are in the repository, for a workspace below its root', async () => {
        const repo = await repository();
        await repo.commit('before', Object.fromEntries(Object.entries(CLEAN_FILES).map(([file, text]) => [`catalog/${file}`, text])));
        await repo.write({ [`catalog/${MAIL}`]: LOWERED[MAIL] });
        const run = await svcdef(repo.root, 'diff', '--base', 'main', '--workspace', 'catalog', '--format', 'github', ...today);
        expect(run.stdout).toMatch(/^::error file=catalog\/services\/mail\.svcdef,line=\d+,title=weaker commitment::Weaker: sla FinanceEmail: /);
    }, 30_000);

    it('compares two folders without git', async () => {
        const repo = await repository();
        await repo.write(Object.fromEntries([
            ...Object.entries(CLEAN_FILES).map(([file, text]) => [`old/${file}`, text]),
            ...Object.entries({ ...CLEAN_FILES, ...RAISED }).map(([file, text]) => [`new/${file}`, text])
        ]));
        const run = await svcdef(repo.root, 'diff', '--base', 'old', '--head', 'new', '--format', 'json', ...today);
        expect(run.code).toBe(0);
        const output = JSON.parse(run.stdout);
        expect(output.summary).toEqual({ weaker: 0, stronger: 1, neutral: 0 });
        expect(output.base).toBe('old');
    }, 30_000);

    it('passes a weakening acknowledged with @weaker, and lists its reason', async () => {
        const repo = await pullRequest(ACKNOWLEDGED);
        const run = await svcdef(repo.root, 'diff', '--format', 'markdown', ...today);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('Mail moves to the cloud, agreed with Finance');
        expect(run.stdout.split('\n')[1]).toMatch(/^\*\*⚠️ svcdef diff: weaker commitments, each acknowledged\*\*/);
    }, 30_000);

    it('follows --fail-on: weaker by default, any change, or none', async () => {
        const stronger = await pullRequest(RAISED);
        expect((await svcdef(stronger.root, 'diff', ...today)).code).toBe(0);
        expect((await svcdef(stronger.root, 'diff', '--fail-on', 'any', ...today)).code).toBe(1);
        const weaker = await pullRequest(LOWERED);
        expect((await svcdef(weaker.root, 'diff', '--fail-on', 'none', ...today)).code).toBe(0);
        expect((await svcdef(weaker.root, 'diff', '--fail-on', 'weaker', ...today)).code).toBe(1);
    }, 60_000);

    it('finds nothing when files are only moved and reformatted', async () => {
        const repo = await pullRequest({
            [MAIL]: null,
            'agreements/all.svcdef': CLEAN_FILES[MAIL].replace(/\n {2}/g, '\n    ')
        });
        const run = await svcdef(repo.root, 'diff', ...today);
        expect(run).toMatchObject({ code: 0, stderr: '' });
        expect(run.stdout).toMatch(/\nNo change to the commitments\n$/);
    }, 30_000);

    it('takes a base from before the workspace existed as empty: everything is new', async () => {
        const repo = await repository();
        await repo.commit('before svcdef', { 'README.md': 'hello\n' });
        await repo.write(CLEAN_FILES);
        const run = await svcdef(repo.root, 'diff', '--base', 'main', '--format', 'json', ...today);
        expect(run.stderr).toBe('');
        const output = JSON.parse(run.stdout);
        expect(output.changes.length).toBeGreaterThan(0);
        expect(output.changes.every((change: { kind: string }) => change.kind === 'added')).toBe(true);
    }, 30_000);

    it('gives an example of use in its --help', async () => {
        const help = await svcdef(process.cwd(), 'diff', '--help');
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/\nExamples?:\n {2}svcdef diff( |\n)/);
        expect(help.stdout).toContain('@weaker <reason>');
    });
});

describe('svcdef diff with bad input', () => {
    it('prints the syntax errors of a side that does not parse, names the side, and exits with 2', async () => {
        const repo = await pullRequest({ [MAIL]: `${CLEAN_FILES[MAIL]}sla Broken {{\n` });
        const run = await svcdef(repo.root, 'diff', ...today);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^services\/mail\.svcdef:10:\d+ error syntax-error /);
        expect(run.stderr).toMatch(/\nsvcdef: the head side \(working tree\) does not parse: \d+ syntax errors?\. Fix (it|them), or compare with another --head\.\n$/);
    }, 30_000);

    it('stops at a side holding a file that is not UTF-8, rather than comparing its bad bytes as U+FFFD', async () => {
        const repo = await pullRequest({});
        // "Télex" as Windows-1252 writes it: 0xE9 is not UTF-8.
        await writeFile(path.join(repo.root, 'services', 'telex.svcdef'), Buffer.concat([Buffer.from('provider Telex "T'), Buffer.from([0xe9]), Buffer.from('lex"\n')]));
        const run = await svcdef(repo.root, 'diff', ...today);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^services\/telex\.svcdef:1:18 error not-utf8 The file is not valid UTF-8/);
        expect(run.stderr).toMatch(/\nsvcdef: the head side \(working tree\) cannot be read: 1 file not saved as UTF-8\. Fix it, or compare with another --head\.\n$/);
    }, 30_000);

    it('names a broken base side by its ref', async () => {
        const repo = await repository();
        await repo.commit('broken', { ...CLEAN_FILES, 'parties.svcdef': 'customer {\n' });
        await repo.write(CLEAN_FILES);
        const run = await svcdef(repo.root, 'diff', '--base', 'main', ...today);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^parties\.svcdef:1:\d+ error syntax-error /);
        expect(run.stderr).toContain('svcdef: the base side (main) does not parse');
    }, 30_000);

    it.each([
        ['a base ref that does not exist', ['--base', 'origin/nope'], /^svcdef: --base origin\/nope: no such folder, and no branch, tag or commit of that name/],
        ['an unknown format', ['--format', 'html'], /^svcdef: option '--format <format>' argument 'html' is invalid\. Allowed choices are .*See 'svcdef diff --help'\.\n$/],
        ['an unknown --fail-on', ['--fail-on', 'stronger'], /^svcdef: option '--fail-on <effect>' argument 'stronger' is invalid\..*See 'svcdef diff --help'\.\n$/],
        ['a date that does not exist', ['--today', '2026-02-30'], /^svcdef: option '--today <date>' argument '2026-02-30' is invalid\. 2026-02-30 is not a date that exists\./]
    ])('refuses %s with one line and exit 2', async (_, args, message) => {
        const repo = await pullRequest(LOWERED);
        const run = await svcdef(repo.root, 'diff', ...args);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')).toHaveLength(2);
        expect(run.stderr).toMatch(message);
    }, 30_000);

    it('names the folder and the side when a folder given as a side holds no .svcdef file', async () => {
        const repo = await pullRequest(LOWERED);
        await repo.write({ 'empty/README.md': 'nothing here\n' });
        const run = await svcdef(repo.root, 'diff', '--base', 'empty', ...today);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("svcdef: empty: the --base folder has no .svcdef files. Pass as --base the folder that holds the workspace's .svcdef files, or a git ref.\n");
    }, 30_000);

    it('says what to do outside a git repository, and in one without history', async () => {
        const repo = await testRepository({ init: false });
        cleanups.push(repo.dispose);
        await repo.write(CLEAN_FILES);
        const outside = await svcdef(repo.root, 'diff');
        expect(outside.code).toBe(2);
        expect(outside.stderr).toMatch(/^svcdef: the default --base: not a folder, and \. is not inside a git repository to read it from\. .*\n$/);
        repo.git('init', '--quiet');
        const empty = await svcdef(repo.root, 'diff');
        expect(empty.code).toBe(2);
        expect(empty.stderr).toMatch(/^svcdef: the default --base: the repository at \. has no commits yet.*\n$/);
        expect(path.isAbsolute(repo.root)).toBe(true);
    }, 30_000);
});
