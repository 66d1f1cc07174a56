import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSides, type DiffSide } from '../../src/cli/diff-sides.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { testRepository, type TestRepository } from './diff-git-repository.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).reverse().map(cleanup => cleanup()));
});

async function repository(options?: { init?: boolean }): Promise<TestRepository> {
    const repo = await testRepository(options);
    cleanups.push(repo.dispose);
    return repo;
}

async function sides(options: Parameters<typeof resolveSides>[0]): Promise<{ base: DiffSide; head: DiffSide }> {
    const resolved = await resolveSides(options);
    cleanups.push(() => resolved.base.dispose(), () => resolved.head.dispose());
    return resolved;
}

function read(side: DiffSide, file: string): string {
    return readFileSync(path.join(side.folder, ...file.split('/')), 'utf8');
}

async function failure(options: Parameters<typeof resolveSides>[0]): Promise<string> {
    const error = await resolveSides(options).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
}

describe('svcdef diff sides', () => {
    it('takes a value that names a folder as that folder, with no git needed', async () => {
        const repo = await repository({ init: false });
        await repo.write({ 'old/a.svcdef': 'customer A\n', 'new/a.svcdef': 'customer B\n' });
        const { base, head } = await sides({ cwd: repo.root, base: 'old', head: 'new' });
        expect([base.name, base.folder, base.shownFolder, base.fromGit]).toEqual(['old', path.join(repo.root, 'old'), 'old', false]);
        expect([head.name, head.folder, head.shownFolder]).toEqual(['new', path.join(repo.root, 'new'), 'new']);
    });

    it('reads a git ref into a temporary folder, leaving the working tree, index and HEAD alone, and removes the folder afterwards', async () => {
        const repo = await repository();
        const first = await repo.commit('first', { 'services/a.svcdef': 'customer A\n', 'README.md': 'not svcdef\n' });
        await repo.commit('second', { 'services/a.svcdef': 'customer B\n' });
        await repo.write({ 'services/a.svcdef': 'customer C\n', 'services/draft.svcdef': 'customer D\n' });
        const status = repo.git('status', '--porcelain');

        const resolved = await resolveSides({ cwd: repo.root, base: 'HEAD~1', workspace: 'services' });
        const { base, head } = resolved;
        expect(base).toMatchObject({ name: 'HEAD~1', shownFolder: 'services', fromGit: true, svcdefFiles: 1 });
        expect(read(base, 'a.svcdef')).toBe('customer A\n');
        expect(existsSync(path.join(base.folder, '..', 'README.md'))).toBe(false);
        expect(head).toMatchObject({ name: 'working tree', folder: path.join(repo.root, 'services'), shownFolder: 'services', fromGit: false });
        expect(read(head, 'a.svcdef')).toBe('customer C\n');

        expect(repo.git('status', '--porcelain')).toBe(status);
        expect(repo.git('rev-parse', 'HEAD~1')).toBe(first);
        await resolved.base.dispose();
        expect(existsSync(base.folder)).toBe(false);
    });

    it('takes a ref for --head too, and names every file of the commit that a load can read', async () => {
        const repo = await repository();
        await repo.commit('workspace', {
            'svcdef.json': '{ "today": "2026-06-01" }\n',
            'calendars/berlin.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
            'services/svcdef.json': '{}\n',
            'services/café met spaties.svcdef': 'customer A\n',
            'services/deep/b.svcdef': 'customer B\n',
            'other/c.svcdef': 'customer C\n'
        });
        repo.git('tag', 'v1');
        const { head } = await sides({ cwd: repo.root, base: 'v1', head: 'v1', workspace: 'services' });
        const root = path.join(head.folder, '..');
        const files = (await readdir(root, { recursive: true })).map(file => file.split(path.sep).join('/')).sort();
        expect(files).toEqual([
            '.git', 'calendars', 'calendars/berlin.ics', 'services', 'services/café met spaties.svcdef', 'services/deep',
            'services/deep/b.svcdef', 'services/svcdef.json', 'svcdef.json'
        ]);
        expect(read(head, 'café met spaties.svcdef')).toBe('customer A\n');
    });

    it('compares by default with the merge base of HEAD and main, not main\'s newest commit', async () => {
        const repo = await repository();
        await repo.commit('start', { 'a.svcdef': 'customer Start\n' });
        const forkPoint = await repo.commit('fork point', { 'a.svcdef': 'customer ForkPoint\n' });
        repo.git('checkout', '--quiet', '-b', 'feature');
        await repo.commit('feature work', { 'a.svcdef': 'customer Feature\n' });
        repo.git('checkout', '--quiet', 'main');
        await repo.commit('main moves on', { 'a.svcdef': 'customer Later\n' });
        repo.git('checkout', '--quiet', 'feature');

        const { base, head } = await sides({ cwd: repo.root });
        expect(base.name).toBe(`main (merge base ${forkPoint.slice(0, 12)})`);
        expect(read(base, 'a.svcdef')).toBe('customer ForkPoint\n');
        expect(read(head, 'a.svcdef')).toBe('customer Feature\n');
    });

    it('takes the default branch from origin/HEAD when the clone has one, then main, then master', async () => {
        const repo = await repository();
        const trunk = await repo.commit('trunk', { 'a.svcdef': 'customer Trunk\n' });
        await repo.commit('later', { 'a.svcdef': 'customer Later\n' });
        repo.git('update-ref', 'refs/remotes/origin/trunk', trunk);
        repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk');
        expect((await sides({ cwd: repo.root })).base.name).toBe(`origin/trunk (merge base ${trunk.slice(0, 12)})`);

        const master = await repository();
        master.git('checkout', '--quiet', '-b', 'master');
        const only = await master.commit('only', { 'a.svcdef': 'customer A\n' });
        expect((await sides({ cwd: master.root })).base.name).toBe(`master (merge base ${only.slice(0, 12)})`);
    });

    it('gives an empty side for a commit from before the workspace existed', async () => {
        const repo = await repository();
        await repo.commit('before svcdef', { 'README.md': 'hello\n' });
        await repo.write({ 'services/a.svcdef': 'customer A\n' });
        const { base } = await sides({ cwd: repo.root, base: 'main', workspace: 'services' });
        expect(base).toMatchObject({ fromGit: true, svcdefFiles: 0 });
        expect(existsSync(base.folder)).toBe(true);
    });

    it('finds the repository from the workspace folder, wherever svcdef runs', async () => {
        const repo = await repository();
        await repo.commit('first', { 'services/a.svcdef': 'customer A\n' });
        const { base } = await sides({ cwd: path.join(repo.root, 'services'), base: 'main' });
        expect(base.shownFolder).toBe('');
        expect(read(base, 'a.svcdef')).toBe('customer A\n');
    });
});

describe('svcdef diff sides that cannot be had', () => {
    it('names a base ref that does not exist, and what to do', async () => {
        const repo = await repository();
        await repo.commit('first', { 'a.svcdef': 'customer A\n' });
        expect(await failure({ cwd: repo.root, base: 'origin/nope' })).toBe(
            '--base origin/nope: no such folder, and no branch, tag or commit of that name in the repository at .. '
            + 'Check the name (git branch -a, git tag), fetch it (git fetch origin origin/nope), or pass a folder.');
        expect(await failure({ cwd: repo.root, head: 'nope' })).toMatch(/^--head nope: no such folder, and no branch, tag or commit/);
    });

    it('says when there is no git repository', async () => {
        const folder = await mkdtemp(path.join(tmpdir(), 'svcdef-no-repo-'));
        cleanups.push(() => rm(folder, { recursive: true, force: true }));
        expect(await failure({ cwd: folder, base: 'main' })).toBe(
            '--base main: not a folder, and . is not inside a git repository to read it from. Run svcdef diff inside a git checkout, or pass folders to --base and --head.');
        expect(await failure({ cwd: folder })).toMatch(/^the default --base: not a folder, and \. is not inside a git repository/);
    });

    it('says when the repository has no history yet', async () => {
        const repo = await repository();
        await repo.write({ 'a.svcdef': 'customer A\n' });
        const message = 'the repository at . has no commits yet, so there is nothing to compare with. Commit first, or pass folders to --base and --head.';
        expect(await failure({ cwd: repo.root })).toBe(`the default --base: ${message}`);
        expect(await failure({ cwd: repo.root, base: 'main' })).toBe(`--base main: ${message}`);
    });

    it('says when there is no default branch to compare with', async () => {
        const repo = await repository();
        repo.git('checkout', '--quiet', '-b', 'trunk');
        await repo.commit('first', { 'a.svcdef': 'customer A\n' });
        expect(await failure({ cwd: repo.root })).toBe(
            'cannot tell the default branch of the repository at .: no origin/HEAD, main or master. Pass --base REF (the branch the changes would go into).');
    });

    it('says when HEAD and the default branch share no history', async () => {
        const repo = await repository();
        await repo.commit('main', { 'a.svcdef': 'customer A\n' });
        repo.git('checkout', '--quiet', '--orphan', 'unrelated');
        await repo.commit('unrelated', { 'a.svcdef': 'customer B\n' });
        expect(await failure({ cwd: repo.root })).toMatch(/^HEAD and main have no common history here \(a shallow clone\?\)\. .*fetch-depth: 0.*--base REF\.$/);
    });

    it('refuses a workspace outside every repository, a missing workspace folder and an empty side', async () => {
        const repo = await repository();
        await repo.commit('first', { 'services/a.svcdef': 'customer A\n' });
        expect(await failure({ cwd: path.join(repo.root, 'services'), base: 'main', workspace: '../..' }))
            .toMatch(/^--base main: not a folder, and \.\.\/\.\. is not inside a git repository to read it from\./);
        expect(await failure({ cwd: repo.root, base: 'main', workspace: 'missing' }))
            .toBe('missing: no such folder. Pass the workspace folder with --workspace, or a --head folder or ref.');
        expect(await failure({ cwd: repo.root, base: ' ' })).toBe('--base is empty. Give a git ref (a branch, tag or commit) or a folder.');
    });
});
