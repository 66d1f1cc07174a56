import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/cli/output-writer.js';
import { ensureBundles, NODE, runSvcdef, SVCDEF_BIN, type RunResult } from './built-cli.js';
import { CLEAN_FILES, tempWorkspace } from './temp-workspace.js';

/** Services enough that writing their catalog takes a while: some 25,000 files. */
const SERVICES = 5000;
const PER_FILE = 50;

function largeWorkspace(): Record<string, string> {
    const files: Record<string, string> = { 'large/parties.svcdef': 'provider CentralIT\n' };
    for (let file = 0; file < SERVICES / PER_FILE; file++) {
        const services = Array.from({ length: PER_FILE }, (_, index) => {
            const number = file * PER_FILE + index;
            return `/** Service ${number}, described at some length so that its pages are not empty. */\nservice S${number} "Service ${number}" { status live owner CentralIT }\n`;
        });
        files[`large/part${file}.svcdef`] = services.join('');
    }
    return files;
}

/** Every file under a folder, relative, with its content. */
function tree(folder: string): Record<string, string> {
    const result: Record<string, string> = {};
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) {
            const full = path.join(entry.parentPath, entry.name);
            result[path.relative(folder, full)] = readFileSync(full, 'utf8');
        }
    }
    return result;
}

/** The folders a run keeps beside `site` while it works. */
function runFolders(root: string): string[] {
    return readdirSync(root).filter(name => name.startsWith('.site.svcdef-'));
}

/**
 * Runs `svcdef generate catalog` on the large workspace and sends it `signal` as soon as
 * its staging folder appears, that is, while it writes.
 */
function generateAndInterrupt(root: string, signal: NodeJS.Signals): Promise<RunResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(NODE, [SVCDEF_BIN, 'generate', 'catalog', '-w', 'large', '--out', 'site'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', chunk => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
        const watching = setInterval(() => {
            if (runFolders(root).length > 0) {
                clearInterval(watching);
                child.kill(signal);
            }
        }, 10);
        child.on('error', reject);
        child.on('close', code => {
            clearInterval(watching);
            resolve({ code, stdout, stderr });
        });
    });
}

let root: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
    await ensureBundles();
    ({ root, dispose } = await tempWorkspace({ ...CLEAN_FILES, ...largeWorkspace() }));
}, 120_000);

afterAll(async () => {
    await dispose();
});

describe('an interrupted generate', () => {
    it.each([
        ['SIGTERM', 143],
        ['SIGINT', 130]
    ] as const)('stops at %s, removes its staging folder, and leaves the previous output intact', async (signal, exitCode) => {
        const previous = await runSvcdef(['generate', 'catalog', '-w', 'services', '-w', 'parties.svcdef', '--out', 'site'], { cwd: root });
        expect(previous.code).toBe(0);
        const before = tree(path.join(root, 'site'));

        const interrupted = await generateAndInterrupt(root, signal);
        expect(interrupted).toEqual({
            code: exitCode,
            stdout: '',
            stderr: `svcdef: interrupted (${signal}); nothing was written, and site is as it was.\n`
        });
        expect(runFolders(root)).toEqual([]);
        expect(tree(path.join(root, 'site'))).toEqual(before);
    }, 120_000);

    it('is put right by the next run, even one that then writes nothing', async () => {
        expect((await runSvcdef(['generate', 'catalog', '-w', 'services', '-w', 'parties.svcdef', '--out', 'site'], { cwd: root })).code).toBe(0);
        const before = tree(path.join(root, 'site'));
        // What kill -9 between the two renames of the swap leaves: no site, the previous
        // output under its hidden name, the new output complete beside it.
        const dead = spawnSync(NODE, ['-e', '']).pid!;
        renameSync(path.join(root, 'site'), path.join(root, `.site.svcdef-old-${dead}-0123abcd`));
        mkdirSync(path.join(root, `.site.svcdef-new-${dead}-4567cdef`));
        writeFileSync(path.join(root, `.site.svcdef-new-${dead}-4567cdef`, OUTPUT_MARKER), '');

        // A workspace with an error publishes nothing; the previous output comes back all the same.
        writeFileSync(path.join(root, 'services', 'fax.svcdef'), 'service Fax { status live owner Nobody }\n');
        try {
            const next = await runSvcdef(['generate', 'catalog', '-w', 'services', '-w', 'parties.svcdef', '--out', 'site'], { cwd: root });
            expect(next.code).toBe(1);
            expect(next.stderr.split('\n').slice(0, 2)).toEqual([
                `svcdef: site was missing: put back the previous output from .site.svcdef-old-${dead}-0123abcd, where a run interrupted while replacing it had left it.`,
                `svcdef: removed .site.svcdef-new-${dead}-4567cdef, left by an interrupted run.`
            ]);
        } finally {
            renameSync(path.join(root, 'services', 'fax.svcdef'), path.join(root, 'fax.svcdef.removed'));
        }
        expect(tree(path.join(root, 'site'))).toEqual(before);
        expect(runFolders(root)).toEqual([]);
    }, 60_000);
});
