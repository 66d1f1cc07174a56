import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
    GenerationError, NODE_FILE_SYSTEM, OUTPUT_MARKER, OutputPathError, planFiles, writeOutputTree,
    type WriterFileSystem
} from '../../src/cli/output-writer.js';
import type { Recovery } from '../../src/cli/interrupted-runs.js';
import type { GeneratedFile, OutputFile } from '../../src/generator/generated-file.js';

/** Every file under a folder, relative, with its content. */
function tree(folder: string): Record<string, string> {
    const result: Record<string, string> = {};
    const walk = (current: string) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) {
                walk(full);
            } else {
                result[path.relative(folder, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
            }
        }
    };
    walk(folder);
    return result;
}

const nodeFileSystem: WriterFileSystem = NODE_FILE_SYSTEM;

/** The id of a process that has ended: a process that ran nothing and is gone. */
function deadProcessId(): number {
    return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** Renames this process's folders among `names` (in `folder`) as if a process now gone had left them. */
function asLeftByDeadProcess(folder: string, names: readonly string[]): void {
    const dead = deadProcessId();
    for (const name of names) {
        renameSync(path.join(folder, name), path.join(folder, name.replace(`-${process.pid}-`, `-${dead}-`)));
    }
}

async function waitFor(condition: () => boolean): Promise<void> {
    while (!condition()) {
        await new Promise(resolve => setTimeout(resolve, 5));
    }
}

/** A fresh temporary folder for each test of the suite, removed after it; read it through the getter. */
function temporaryFolderPerTest(): () => string {
    let folder = '';
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'svcdef-writer-'));
    });
    afterEach(() => {
        rmSync(folder, { recursive: true, force: true });
    });
    return () => folder;
}

describe('output writer', () => {
    const folder = temporaryFolderPerTest();
    let root: string;
    beforeEach(() => {
        root = folder();
    });

    const first: GeneratedFile[] = [
        { path: 'customer/index.html', content: 'first index' },
        { path: 'customer/services/email.html', content: 'first email' },
        { path: 'support/catalog.md', content: 'first md' }
    ];
    const second: GeneratedFile[] = [
        { path: 'customer/index.html', content: 'second index' },
        { path: 'customer/services/chat.html', content: 'second chat' },
        { path: 'customer/services/email.html', content: 'second email' }
    ];

    it('writes a new tree with its marker, and replaces it whole on the next run', async () => {
        const result = await writeOutputTree('site', first, { cwd: root });
        expect(result).toEqual({ outDir: path.join(root, 'site'), fileCount: 3 });
        expect(Object.keys(tree(path.join(root, 'site'))).sort())
            .toEqual([OUTPUT_MARKER, 'customer/index.html', 'customer/services/email.html', 'support/catalog.md']);
        await writeOutputTree('site', second, { cwd: root });
        const after = tree(path.join(root, 'site'));
        expect(after['customer/index.html']).toBe('second index');
        expect(after['support/catalog.md']).toBeUndefined();
        expect(readdirSync(root)).toEqual(['site']);
    });

    it('leaves the previous output intact when writing fails part-way', async () => {
        await writeOutputTree('site', first, { cwd: root });
        const before = tree(path.join(root, 'site'));
        let writes = 0;
        const failing: WriterFileSystem = {
            ...nodeFileSystem,
            writeFile: async (target, data, options) => {
                if (++writes === 3) {
                    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
                }
                await nodeFs.writeFile(target, data, options);
            }
        };
        await expect(writeOutputTree('site', second, { cwd: root, fileSystem: failing })).rejects.toThrow('ENOSPC');
        expect(tree(path.join(root, 'site'))).toEqual(before);
        // The half-written staging folder is gone, and nothing else appeared beside --out.
        expect(readdirSync(root)).toEqual(['site']);
    });

    it('puts the previous output back when the final swap fails', async () => {
        await writeOutputTree('site', first, { cwd: root });
        const before = tree(path.join(root, 'site'));
        let renames = 0;
        const failing: WriterFileSystem = {
            ...nodeFileSystem,
            rename: async (from, to) => {
                // The first rename moves the old output aside; the second would bring the new one in.
                if (++renames === 2) {
                    throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
                }
                await nodeFs.rename(from, to);
            }
        };
        await expect(writeOutputTree('site', second, { cwd: root, fileSystem: failing })).rejects.toThrow('EXDEV');
        expect(tree(path.join(root, 'site'))).toEqual(before);
        expect(readdirSync(root)).toEqual(['site']);
    });

    it('refuses a folder it did not write, and leaves it untouched', async () => {
        mkdirSync(path.join(root, 'src'));
        writeFileSync(path.join(root, 'src', 'main.svcdef'), 'service Email {}');
        await expect(writeOutputTree('src', first, { cwd: root })).rejects.toThrow(OutputPathError);
        await expect(writeOutputTree('src', first, { cwd: root })).rejects.toThrow(/not empty and was not written by svcdef/);
        expect(tree(path.join(root, 'src'))).toEqual({ 'main.svcdef': 'service Email {}' });
        expect(readdirSync(root)).toEqual(['src']);
    });

    it('accepts an empty existing folder', async () => {
        mkdirSync(path.join(root, 'site'));
        await writeOutputTree('site', first, { cwd: root });
        expect(tree(path.join(root, 'site'))['customer/index.html']).toBe('first index');
    });

    it.skipIf(!existsSync('/proc/self'))('refuses a folder on a kernel file system such as /proc at once, rather than waiting on it forever', async () => {
        await expect(writeOutputTree('/proc/svcdef-site', first, { cwd: root })).rejects.toThrow(
            '--out /proc/svcdef-site: this is on the kernel\'s proc file system, which holds no files. Name a folder on a disk, e.g. --out site.');
        await expect(writeOutputTree('/sys/svcdef/site', first, { cwd: root })).rejects.toThrow(/kernel's sysfs file system/);
    });

    it('refuses the current folder, its parents, a file and a symbolic link as --out', async () => {
        const cwd = path.join(root, 'work');
        mkdirSync(cwd);
        await expect(writeOutputTree('.', first, { cwd })).rejects.toThrow(/current folder or one of its parents/);
        await expect(writeOutputTree('..', first, { cwd })).rejects.toThrow(/current folder or one of its parents/);
        await expect(writeOutputTree('/', first, { cwd })).rejects.toThrow(/root of a file system/);
        writeFileSync(path.join(cwd, 'report.txt'), 'x');
        await expect(writeOutputTree('report.txt', first, { cwd })).rejects.toThrow(/a file of that name exists/);
        mkdirSync(path.join(root, 'elsewhere'));
        symlinkSync(path.join(root, 'elsewhere'), path.join(cwd, 'linked'));
        await expect(writeOutputTree('linked', first, { cwd })).rejects.toThrow(/symbolic link/);
        expect(readdirSync(path.join(root, 'elsewhere'))).toEqual([]);
    });

    it.each([
        '../escape.html', 'a/../../escape.html', '/etc/passwd', 'C:/Windows/x.html', 'c:evil', 'a\\..\\b.html',
        'a//b.html', './a.html', '', 'a/./b.html', `${OUTPUT_MARKER}`, 'nul\0byte'
    ])('refuses to write the path %j, before writing anything', async unsafe => {
        await expect(writeOutputTree('site', [...first, { path: unsafe, content: 'x' }], { cwd: root })).rejects.toThrow(OutputPathError);
        expect(existsSync(path.join(root, 'site'))).toBe(false);
        expect(readdirSync(root)).toEqual([]);
        expect(existsSync(path.join(root, 'escape.html'))).toBe(false);
    });

    it('refuses two files that would collide on a case-insensitive file system', () => {
        expect(() => planFiles(path.join(root, 'site'), [
            { path: 'a/Email.html', content: '1' }, { path: 'a/email.html', content: '2' }
        ])).toThrow(/twice/);
    });

    it('writes a file that comes in pieces as the pieces joined, however large', async () => {
        const piece = `${'x'.repeat(4095)}—`;
        const pieces = Array.from({ length: 600 }, (_, index) => `${index}:${piece}\n`);
        await writeOutputTree('site', [
            { path: 'support/catalog.json', chunks: pieces },
            { path: 'support/empty.md', chunks: [] },
            { path: 'support/blank.md', chunks: ['', ''] }
        ], { cwd: root });
        const written = tree(path.join(root, 'site'));
        expect(written['support/catalog.json']).toBe(pieces.join(''));
        expect(written['support/empty.md']).toBe('');
        expect(written['support/blank.md']).toBe('');
    });

    it('writes each file before it asks the generator for the next, on Node\'s file system', async () => {
        const staged = () => readdirSync(root).filter(name => name.startsWith('.site.svcdef-new-'));
        const onDisk: string[][] = [];
        function* files(): Generator<OutputFile> {
            for (let index = 0; index < 5; index++) {
                const [staging] = staged();
                onDisk.push(staging && existsSync(path.join(root, staging, 'pages')) ? readdirSync(path.join(root, staging, 'pages')).sort() : []);
                yield { path: `pages/${index}.html`, content: `page ${index}` };
            }
        }
        const result = await writeOutputTree('site', files(), { cwd: root });
        expect(onDisk).toEqual([[], ['0.html'], ['0.html', '1.html'], ['0.html', '1.html', '2.html'], ['0.html', '1.html', '2.html', '3.html']]);
        expect(result.fileCount).toBe(5);
        expect(readFileSync(path.join(root, 'site', 'pages', '4.html'), 'utf8')).toBe('page 4');
    });

    it('waits for a caller\'s asynchronous file system to finish each file before asking for the next', async () => {
        let written = 0;
        const counting: WriterFileSystem = {
            ...nodeFileSystem,
            writeFile: async (target, data, options) => {
                await nodeFs.writeFile(target, data, options);
                written++;
            }
        };
        const seen: number[] = [];
        function* files(): Generator<OutputFile> {
            for (let index = 0; index < 5; index++) {
                // The marker file is written first, so the count is one ahead of the files.
                seen.push(written - 1);
                yield { path: `pages/${index}.html`, content: `page ${index}` };
            }
        }
        const result = await writeOutputTree('site', files(), { cwd: root, fileSystem: counting });
        expect(seen).toEqual([0, 1, 2, 3, 4]);
        expect(result.fileCount).toBe(5);
    });

    it.each([
        ['between files', function* (): Generator<OutputFile> {
            yield* second;
            throw new TypeError('a page could not be rendered');
        }],
        ['inside a file that comes in pieces', function* (): Generator<OutputFile> {
            yield* second;
            yield { path: 'support/catalog.md', chunks: (function* () {
                yield '# Catalog\n';
                throw new TypeError('a page could not be rendered');
            })() };
        }]
    ])('reports a generator that fails %s as such, and leaves the previous output intact', async (_, failing) => {
        await writeOutputTree('site', first, { cwd: root });
        const before = tree(path.join(root, 'site'));
        const error = await writeOutputTree('site', failing(), { cwd: root }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(GenerationError);
        expect((error as GenerationError).cause).toBeInstanceOf(TypeError);
        expect((error as GenerationError).message).toBe('a page could not be rendered');
        expect(tree(path.join(root, 'site'))).toEqual(before);
        expect(readdirSync(root)).toEqual(['site']);
    });

    it('stops the generator when a write fails, and leaves the previous output intact', async () => {
        await writeOutputTree('site', first, { cwd: root });
        const before = tree(path.join(root, 'site'));
        let closed = false;
        let requested = 0;
        function* files(): Generator<OutputFile> {
            try {
                for (let index = 0; index < 10; index++) {
                    requested++;
                    yield { path: index === 2 ? '../escape.html' : `pages/${index}.html`, content: 'x' };
                }
            } finally {
                closed = true;
            }
        }
        await expect(writeOutputTree('site', files(), { cwd: root })).rejects.toThrow(OutputPathError);
        expect(requested).toBe(3);
        expect(closed).toBe(true);
        expect(tree(path.join(root, 'site'))).toEqual(before);
        expect(readdirSync(root)).toEqual(['site']);
        expect(existsSync(path.join(root, 'escape.html'))).toBe(false);
    });

    it('refuses the home folder and its parents as --out, and the current folder reached through a link', async () => {
        const home = path.join(root, 'home', 'someone');
        mkdirSync(home, { recursive: true });
        await expect(writeOutputTree('home', first, { cwd: root, home })).rejects.toThrow(/--out home: this is your home folder or one of its parents/);
        await expect(writeOutputTree(home, first, { cwd: root, home })).rejects.toThrow(/your home folder/);
        // An empty current folder would otherwise pass for an empty output folder, and be swapped away.
        const cwd = path.join(root, 'work');
        mkdirSync(cwd);
        symlinkSync(root, path.join(cwd, 'up'));
        await expect(writeOutputTree(path.join('up', 'work'), first, { cwd, home })).rejects.toThrow(/this is the current folder or one of its parents/);
        expect(readdirSync(cwd)).toEqual(['up']);
    });

    it('refuses to replace its own output once a .svcdef file or svcdef.json is put inside, naming it', async () => {
        await writeOutputTree('site', first, { cwd: root });
        mkdirSync(path.join(root, 'site', 'notes'));
        writeFileSync(path.join(root, 'site', 'notes', 'svcdef.json'), '{}');
        await expect(writeOutputTree('site', second, { cwd: root })).rejects.toThrow(
            '--out site: it holds site/notes/svcdef.json, a workspace configuration, and svcdef replaces the output folder as a whole.');
        writeFileSync(path.join(root, 'site', 'customer', 'draft.svcdef'), 'service Draft {}');
        await expect(writeOutputTree('site', second, { cwd: root })).rejects.toThrow('it holds site/customer/draft.svcdef, a .svcdef source,');
        await expect(writeOutputTree('site', second, { cwd: root, inputFiles: [path.join(root, 'site', 'customer', 'draft.svcdef')] }))
            .rejects.toThrow('it holds site/customer/draft.svcdef, an input of this run,');
        expect(readFileSync(path.join(root, 'site', 'customer', 'draft.svcdef'), 'utf8')).toBe('service Draft {}');
        expect(readFileSync(path.join(root, 'site', 'customer', 'index.html'), 'utf8')).toBe('first index');
    });

    it('stops when its signal is aborted, removing the staging folder and keeping the previous output', async () => {
        await writeOutputTree('site', first, { cwd: root });
        const before = tree(path.join(root, 'site'));
        const controller = new AbortController();
        const reason = new Error('interrupted by SIGTERM');
        function* files(): Generator<OutputFile> {
            for (let index = 0; index < 100; index++) {
                if (index === 10) {
                    controller.abort(reason);
                }
                yield { path: `pages/${index}.html`, content: `page ${index}` };
            }
        }
        const error = await writeOutputTree('site', files(), { cwd: root, signal: controller.signal }).catch((caught: unknown) => caught);
        expect(error).toBe(reason);
        expect(tree(path.join(root, 'site'))).toEqual(before);
        expect(readdirSync(root)).toEqual(['site']);
    });

    it('puts the previous output back, before anything else, when a run was killed between the two renames', async () => {
        await writeOutputTree('site', first, { cwd: root });
        const before = tree(path.join(root, 'site'));
        let renames = 0;
        const killedAtSecondRename: WriterFileSystem = {
            ...nodeFileSystem,
            // The process stops for good here: nothing after this rename ever runs.
            rename: (from, to) => (++renames === 2 ? new Promise<void>(() => undefined) : nodeFs.rename(from, to))
        };
        void writeOutputTree('site', second, { cwd: root, fileSystem: killedAtSecondRename });
        await waitFor(() => renames === 2);
        // What kill -9 at that moment leaves: no --out, the previous output under a hidden name.
        expect(existsSync(path.join(root, 'site'))).toBe(false);
        const left = readdirSync(root).sort();
        expect(left).toEqual([expect.stringMatching(/^\.site\.svcdef-new-\d+-[0-9a-f]{8}$/), expect.stringMatching(/^\.site\.svcdef-old-\d+-[0-9a-f]{8}$/)]);
        asLeftByDeadProcess(root, left);

        // The next run fails while rendering, yet --out is back as it was, and the leftovers are gone.
        const recoveries: Recovery[] = [];
        function* failing(): Generator<OutputFile> {
            throw new TypeError('a page could not be rendered');
        }
        await expect(writeOutputTree('site', failing(), { cwd: root, onRecovery: recovery => recoveries.push(recovery) })).rejects.toThrow(GenerationError);
        expect(tree(path.join(root, 'site'))).toEqual(before);
        expect(readdirSync(root)).toEqual(['site']);
        expect(recoveries).toEqual([{ restored: expect.stringMatching(/\.site\.svcdef-old-/), removed: [expect.stringMatching(/\.site\.svcdef-new-/)], stuck: [] }]);
    });

    it('removes staging folders that dead runs left, and nothing that is not certainly theirs', async () => {
        await writeOutputTree('site', first, { cwd: root });
        const hidden = (role: string, pid: number) => path.join(root, `.site.svcdef-${role}-${pid}-0123abcd`);
        const dead = deadProcessId();
        const staged = (folder: string, files: Record<string, string>) => {
            mkdirSync(folder);
            for (const [name, text] of Object.entries(files)) {
                writeFileSync(path.join(folder, name), text);
            }
        };
        staged(hidden('new', dead), { [OUTPUT_MARKER]: '', 'index.html': 'half written' });
        staged(hidden('gone', dead), { [OUTPUT_MARKER]: '' });
        mkdirSync(hidden('old', dead).replace('0123abcd', 'ffffffff'));
        // A run still going on (this test's parent process stands in for it) keeps its folder...
        staged(hidden('new', process.ppid), { [OUTPUT_MARKER]: '', 'index.html': 'being written' });
        // ...and what lacks the marker, or is not a folder, or is named otherwise, is not svcdef's to remove.
        staged(hidden('new', dead).replace('0123abcd', '00000000'), { 'notes.txt': 'mine' });
        writeFileSync(hidden('old', dead).replace('0123abcd', '11111111'), 'a file');
        staged(path.join(root, `.site.svcdef-new-${dead}-draft`), { [OUTPUT_MARKER]: '' });
        staged(path.join(root, `.other.svcdef-new-${dead}-0123abcd`), { [OUTPUT_MARKER]: '' });

        await writeOutputTree('site', second, { cwd: root });
        expect(readdirSync(root).sort()).toEqual([
            `.other.svcdef-new-${dead}-0123abcd`,
            `.site.svcdef-new-${dead}-00000000`,
            `.site.svcdef-new-${dead}-draft`,
            `.site.svcdef-new-${process.ppid}-0123abcd`,
            `.site.svcdef-old-${dead}-11111111`,
            'site'
        ].sort());
        expect(tree(path.join(root, 'site'))['customer/index.html']).toBe('second index');
    });

    it('writes text as UTF-8, whatever its characters', async () => {
        // An unpaired surrogate cannot be UTF-8 and becomes U+FFFD, as TextEncoder makes it.
        await writeOutputTree('site', [{ path: 'a.html', content: 'Zürich café' }, { path: 'b.md', chunks: ['Kraków — ', '東京 😀 \uD800!'] }], { cwd: root });
        expect(readFileSync(path.join(root, 'site', 'a.html'))).toEqual(Buffer.from('5ac3bc7269636820636166c3a9', 'hex'));
        expect(readFileSync(path.join(root, 'site', 'b.md'))).toEqual(Buffer.from(new TextEncoder().encode('Kraków — 東京 😀 \uD800!')));
    });

    it('writes only inside --out', async () => {
        await writeOutputTree(path.join('nested', 'deeper', 'site'), first, { cwd: root });
        expect(readdirSync(root)).toEqual(['nested']);
        expect(readdirSync(path.join(root, 'nested', 'deeper'))).toEqual(['site']);
        for (const relative of Object.keys(tree(root))) {
            expect(relative.startsWith('nested/deeper/site/'), relative).toBe(true);
        }
    });
});
