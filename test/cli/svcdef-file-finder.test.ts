import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { displayPath, findSvcdefFiles, reportPath } from '../../src/cli/svcdef-file-finder.js';
import { loadErrorFrom, WorkspaceLoadError } from '../../src/cli/workspace-load-error.js';
import { tempWorkspace } from './temp-workspace.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

async function workspace(names: string[]): Promise<string> {
    const { root, dispose } = await tempWorkspace(Object.fromEntries(names.map(name => [name, ''])));
    cleanups.push(dispose);
    return root;
}

async function find(root: string, paths: string[] = [], exclude: string[] = []): Promise<string[]> {
    const { files } = await findSvcdefFiles({ cwd: root, paths, exclude });
    return files.map(file => reportPath(root, file));
}

describe('findSvcdefFiles', () => {
    it('finds .svcdef files recursively, sorted, outside node_modules, out and dot-folders', async () => {
        const root = await workspace([
            'z.svcdef', 'b/a.svcdef', 'a/deep/er/x.svcdef', 'a/notes.md', 'a/x.svcdef.bak',
            'node_modules/lib/dep.svcdef', '.git/x.svcdef', 'a/.cache/y.svcdef', '.hidden.svcdef',
            'out/generated.svcdef', 'b/out/generated.svcdef'
        ]);
        expect(await find(root)).toEqual(['.hidden.svcdef', 'a/deep/er/x.svcdef', 'b/a.svcdef', 'z.svcdef']);
    });

    it('searches a folder or takes a file the user names, even a skipped kind', async () => {
        const root = await workspace(['.config/a.svcdef', 'node_modules/p/b.svcdef', 'c.svcdef', 'out/x.svcdef']);
        expect(await find(root, ['.config'])).toEqual(['.config/a.svcdef']);
        expect(await find(root, ['node_modules/p/b.svcdef', '.config'])).toEqual(['.config/a.svcdef', 'node_modules/p/b.svcdef']);
        expect(await find(root, ['out/x.svcdef'])).toEqual(['out/x.svcdef']);
        expect(await find(root, ['out'])).toEqual(['out/x.svcdef']);
    });

    it('lists a file once however often it is reached', async () => {
        const root = await workspace(['a/x.svcdef']);
        expect(await find(root, ['a/x.svcdef', '.', 'a', path.join(root, 'a', 'x.svcdef')])).toEqual(['a/x.svcdef']);
    });

    it('excludes by name at any depth, by path from the working directory, and folders whole', async () => {
        const root = await workspace([
            'keep.svcdef', 'x.draft.svcdef', 'sub/y.draft.svcdef', 'drafts/a.svcdef', 'sub/drafts/b.svcdef',
            'legacy/old.svcdef', 'sub/legacy/kept.svcdef'
        ]);
        expect(await find(root, [], ['*.draft.svcdef'])).not.toContain('sub/y.draft.svcdef');
        expect(await find(root, [], ['drafts', '*.draft.svcdef', 'legacy/**'])).toEqual(['keep.svcdef', 'sub/legacy/kept.svcdef']);
        // `./` in front and `/` behind are how people write folders; both mean the same.
        expect(await find(root, [], ['./legacy/', 'sub/'])).toEqual(['drafts/a.svcdef', 'keep.svcdef', 'x.draft.svcdef']);
    });

    it('leaves out an explicitly named file that an exclude matches, but searches a named folder', async () => {
        const root = await workspace(['drafts/a.svcdef', 'drafts/b.draft.svcdef']);
        expect(await find(root, ['drafts'], ['drafts', '*.draft.svcdef'])).toEqual(['drafts/a.svcdef']);
        expect(await find(root, ['drafts/b.draft.svcdef'], ['*.draft.svcdef'])).toEqual([]);
    });

    it('follows symbolic links without looping', async () => {
        const root = await workspace(['real/a.svcdef']);
        await symlink(path.join(root, 'real'), path.join(root, 'real', 'loop'));
        await symlink(path.join(root, 'real', 'a.svcdef'), path.join(root, 'alias.svcdef'));
        await symlink(path.join(root, 'missing.svcdef'), path.join(root, 'dangling.svcdef'));
        expect(await find(root)).toEqual(['alias.svcdef', 'real/a.svcdef']);
    });

    it('names a missing path and says what to do', async () => {
        const root = await workspace(['a.svcdef']);
        const error = await findSvcdefFiles({ cwd: root, paths: ['a.svcdef', 'nowhere/x.svcdef'], exclude: [] }).catch(e => e);
        expect(error).toBeInstanceOf(WorkspaceLoadError);
        expect(error.path).toBe('nowhere/x.svcdef');
        expect(error.message).toBe('nowhere/x.svcdef: no such file or folder. Check the path, or run svcdef from the folder that holds your .svcdef files.');
    });

    it('refuses a named file that is not svcdef', async () => {
        const root = await workspace(['notes.md']);
        await expect(findSvcdefFiles({ cwd: root, paths: ['notes.md'], exclude: [] }))
            .rejects.toThrow('notes.md: not a .svcdef file. Pass .svcdef files, or folders that contain them.');
    });

    it('turns file-system errors into messages with a remedy', () => {
        expect(loadErrorFrom('a/b', Object.assign(new Error('x'), { code: 'EACCES' }), 'folder').message)
            .toBe('a/b: the folder cannot be read (permission denied). Grant read access, or leave it out with --exclude.');
        expect(loadErrorFrom('a/b', new Error('disk on fire'), 'file').message)
            .toBe('a/b: the file cannot be read (disk on fire). Check the path and its permissions.');
    });

    it('shows paths inside the working directory relative, others absolute', async () => {
        const root = await workspace([]);
        await mkdir(path.join(root, 'in'));
        await writeFile(path.join(root, 'in', 'x.svcdef'), '');
        expect(displayPath(root, path.join(root, 'in', 'x.svcdef'))).toBe(path.join('in', 'x.svcdef'));
        expect(displayPath(root, root)).toBe('.');
        expect(displayPath(path.join(root, 'in'), path.join(root, 'other.svcdef'))).toBe(path.join(root, 'other.svcdef'));
        expect(displayPath(root, path.join(root, '..hidden'))).toBe('..hidden');
    });
});
