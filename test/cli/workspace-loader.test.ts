import { afterEach, describe, expect, it } from 'vitest';
import { loadWorkspace, readTexts, type LoadProgress } from '../../src/cli/workspace-loader.js';
import { WorkspaceLoadError } from '../../src/cli/workspace-load-error.js';
import { workspaceReport } from '../../src/cli/workspace-report.js';
import { CLEAN_FILES, tempWorkspace, TODAY_AFTER_VALIDITY, TODAY_IN_VALIDITY } from './temp-workspace.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

async function workspace(files: Record<string, string>): Promise<string> {
    const { root, dispose } = await tempWorkspace(files);
    cleanups.push(dispose);
    return root;
}

describe('loadWorkspace', () => {
    it('links the files with each other and the built-in library, and returns only the user files', async () => {
        const cwd = await workspace(CLEAN_FILES);
        const loaded = await loadWorkspace({ cwd, today: TODAY_IN_VALIDITY });
        expect(loaded.files.map(file => file.path.slice(cwd.length + 1).replaceAll('\\', '/'))).toEqual(['parties.svcdef', 'services/mail.svcdef']);
        // No findings: `Finance` resolved across files, `availability` into the built-in library.
        expect(loaded.files.flatMap(file => file.diagnostics)).toEqual([]);
        expect(loaded.files[1].document.parseResult.value.elements.map(element => element.$type)).toEqual(['Service', 'Sla']);
        expect(loaded.shared.workspace.LangiumDocuments.all.filter(document => document.uri.scheme === 'builtin').count()).toBe(1);
    });

    it('finds name clashes as an editor does, in a workspace with one and in one without', async () => {
        const clashing = await workspace({
            'a.svcdef': 'namespace acme.a\nprovider IT\nservice Mail { status live owner IT }\n',
            'b.svcdef': 'namespace acme.b\nprovider IT\nservice Mail { status live owner acme.b.IT }\n',
            'c.svcdef': 'customer C\nsla S { customer C provider acme.a.IT services Mail }\n',
            'd.svcdef': 'namespace acme.a\ncustomer D\n',
            'e.svcdef': 'namespace acme.a\ncustomer D\n'
        });
        const report = workspaceReport(await loadWorkspace({ cwd: clashing, today: TODAY_IN_VALIDITY }));
        expect(report.diagnostics.map(d => `${d.file}:${d.line} ${d.code}`)).toEqual([
            'c.svcdef:2 ambiguous-reference',
            'd.svcdef:2 duplicate-name',
            'e.svcdef:2 duplicate-name'
        ]);
        const distinct = await workspace({
            'a.svcdef': 'namespace acme.a\nprovider IT\nservice Mail { status live owner IT }\n',
            'c.svcdef': 'customer C\nsla S { customer C provider acme.a.IT services Mail }\n'
        });
        expect(workspaceReport(await loadWorkspace({ cwd: distinct, today: TODAY_IN_VALIDITY })).diagnostics).toEqual([]);
    });

    it('checks dates against --today', async () => {
        const cwd = await workspace(CLEAN_FILES);
        const late = await loadWorkspace({ cwd, today: TODAY_AFTER_VALIDITY });
        expect(workspaceReport(late).diagnostics.map(d => [d.file, d.line, d.code, d.severity]))
            .toEqual([['services/mail.svcdef', 7, 'expired-sla', 'warning']]);
    });

    it('reports each finding in the file it is in, 1-based, sorted', async () => {
        const cwd = await workspace({
            ...CLEAN_FILES,
            'b.svcdef': 'service Fax { status live owner Nobody }\n',
            'a.svcdef': '\uFEFFservice Telex { status live owner Nobody }\n'
        });
        const report = workspaceReport(await loadWorkspace({ cwd, today: TODAY_IN_VALIDITY }));
        expect(report.fileCount).toBe(4);
        expect(report.diagnostics.map(d => `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code}`)).toEqual([
            // The byte order mark is not counted, as in an editor.
            'a.svcdef:1:35-1:41 error unresolved-reference',
            'b.svcdef:1:33-1:39 error unresolved-reference'
        ]);
        expect(report.sources.get('a.svcdef')).toBe('service Telex { status live owner Nobody }\n');
    });

    it('reads many files at once and keeps them in path order', async () => {
        const files: Record<string, string> = { ...CLEAN_FILES };
        for (let i = 0; i < 100; i++) {
            files[`many/s${String(i).padStart(3, '0')}.svcdef`] = `service S${i} { status live owner CentralIT }\n`;
        }
        const cwd = await workspace(files);
        const loaded = await loadWorkspace({ cwd, today: TODAY_IN_VALIDITY });
        const many = loaded.files.filter(file => file.path.includes('many'));
        expect(many.map(file => file.text)).toEqual(Array.from({ length: 100 }, (_, i) => `service S${i} { status live owner CentralIT }\n`));
    });

    it('names the first file in path order that cannot be read, after trying them all', async () => {
        const tried: string[] = [];
        const read = async (file: string) => {
            tried.push(file);
            if (file.endsWith('b.svcdef') || file.endsWith('d.svcdef')) {
                throw Object.assign(new Error('gone'), { code: 'EIO' });
            }
            return 'text';
        };
        const files = ['/w/a.svcdef', '/w/b.svcdef', '/w/c.svcdef', '/w/d.svcdef'];
        const error = await readTexts(files, '/w', () => undefined, read).catch(e => e);
        expect(error).toBeInstanceOf(WorkspaceLoadError);
        expect(error.path).toBe('b.svcdef');
        expect(tried.sort()).toEqual(files);
    });

    it('tells how far it has got', async () => {
        const cwd = await workspace(CLEAN_FILES);
        const progress: LoadProgress[] = [];
        await loadWorkspace({ cwd, today: TODAY_IN_VALIDITY, onProgress: update => progress.push(update) });
        expect(progress[0]).toEqual({ stage: 'reading', done: 0, total: 2 });
        expect(progress.at(-1)).toEqual({ stage: 'checking', done: 2, total: 2 });
    });

    it('fails with a remedy when there is nothing to check', async () => {
        const cwd = await workspace({ 'readme.md': '' });
        await expect(loadWorkspace({ cwd })).rejects.toThrow(new WorkspaceLoadError('.', 'no .svcdef files found', 'Pass the folder that holds your .svcdef files.'));
        await expect(loadWorkspace({ cwd: await workspace(CLEAN_FILES), exclude: ['*.svcdef'] }))
            .rejects.toThrow('.: no .svcdef files found. Pass the folder that holds your .svcdef files, or loosen --exclude.');
    });
});
