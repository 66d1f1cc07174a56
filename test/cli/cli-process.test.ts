import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { PROGRESS_MIN_FILES } from '../../src/cli/progress-indicator.js';
import { ensureBundles, NODE, ROOT, runSvcdef, SVCDEF_BIN } from './built-cli.js';
import { sarifValidator } from './sarif-schema.js';
import { CLEAN_FILES, tempWorkspace, TODAY_AFTER_VALIDITY, TODAY_IN_VALIDITY } from './temp-workspace.js';

/** One unresolved reference (an error) at 1:33-1:39. */
const BROKEN_FILE = 'service Fax { status live owner Nobody }\n';
const ANSI = /\u001b\[\d+m/;

const workspaces: Array<() => Promise<void>> = [];
async function workspace(files: Record<string, string>): Promise<string> {
    const { root, dispose } = await tempWorkspace(files);
    workspaces.push(dispose);
    return root;
}

let clean: string;
let broken: string;

beforeAll(async () => {
    await ensureBundles();
    clean = await workspace(CLEAN_FILES);
    broken = await workspace({ ...CLEAN_FILES, 'legacy/fax.svcdef': BROKEN_FILE });
}, 120_000);

afterAll(async () => {
    await Promise.all(workspaces.map(dispose => dispose()));
});

describe('svcdef validate', () => {
    it('exits 0 on a clean workspace and prints only the summary', async () => {
        const result = await runSvcdef(['validate', '--today', TODAY_IN_VALIDITY], { cwd: clean });
        expect(result).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 2 files\n', stderr: '' });
    });

    it('exits 1 on an error and keeps the report on stdout', async () => {
        const result = await runSvcdef(['validate', '--today', TODAY_IN_VALIDITY], { cwd: broken });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        expect(result.stdout.split('\n')[0]).toMatch(/^legacy\/fax\.svcdef:1:33 error unresolved-reference No party .*'Nobody'/);
        expect(result.stdout).toContain('  1 | service Fax { status live owner Nobody }\n    |                                 ^^^^^^\n');
        expect(result.stdout.endsWith('\n1 error, 0 warnings in 3 files\n')).toBe(true);
    });

    it('checks only the paths given, and leaves out --exclude matches', async () => {
        expect((await runSvcdef(['validate', 'parties.svcdef', 'services', '--today', TODAY_IN_VALIDITY], { cwd: broken })).code).toBe(0);
        const excluded = await runSvcdef(['validate', '--exclude', 'legacy', '--today', TODAY_IN_VALIDITY], { cwd: broken });
        expect(excluded).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 2 files\n', stderr: '' });
        const twice = await runSvcdef(['validate', '--exclude', 'nothing', '--exclude', 'fax.svcdef', '--today', TODAY_IN_VALIDITY], { cwd: broken });
        expect(twice.code).toBe(0);
    });

    it('lets warnings pass unless there are more than --max-warnings', async () => {
        const args = ['validate', '--today', TODAY_AFTER_VALIDITY];
        const unlimited = await runSvcdef(args, { cwd: clean });
        expect(unlimited.code).toBe(0);
        expect(unlimited.stdout).toContain('warning expired-sla');
        expect((await runSvcdef([...args, '--max-warnings', '1'], { cwd: clean })).code).toBe(0);
        const strict = await runSvcdef([...args, '--max-warnings', '0'], { cwd: clean });
        expect(strict.code).toBe(1);
        expect(strict.stderr).toBe('svcdef: 1 warning, more than --max-warnings 0 allows.\n');
    });

    it.each([
        [['validate', 'nowhere'], /^svcdef: nowhere: no such file or folder\. Check the path/],
        [['validate', '--today', '2026-02-30'], /^svcdef: option '--today <date>' argument '2026-02-30' is invalid\. 2026-02-30 is not a date that exists\. See 'svcdef validate --help'\.$/],
        [['validate', '--today', '1/6/2026'], /Write the date as YYYY-MM-DD/],
        [['validate', '--format', 'xml'], /Allowed choices are pretty, json, sarif, github/],
        [['validate', '--max-warnings', 'many'], /Give a whole number of 0 or more/],
        [['validate', '--bogus'], /^svcdef: unknown option '--bogus'\. See 'svcdef validate --help'\.$/],
        [['frobnicate'], /^svcdef: unknown command 'frobnicate'\. See 'svcdef --help'\.$/],
        [['help', 'nosuch'], /^svcdef: unknown command 'nosuch'\. See 'svcdef --help'\.$/],
        [[], /^svcdef: no command given\./],
        [['model', 'A2433'], /^svcdef: Unknown A2 node "A2433"\. Did you mean: A243/]
    ])('exits 2 with one line on stderr for %j', async (args, message) => {
        const result = await runSvcdef(args, { cwd: clean });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.endsWith('\n')).toBe(true);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr.trimEnd()).toMatch(message);
    });

    it('exits 2 when there is no .svcdef file', async () => {
        const empty = await workspace({ 'readme.md': 'nothing here' });
        const result = await runSvcdef(['validate'], { cwd: empty });
        expect(result).toEqual({ code: 2, stdout: '', stderr: 'svcdef: .: no .svcdef files found. Pass the folder that holds your .svcdef files.\n' });
    });

    it('prints the json report', async () => {
        const result = await runSvcdef(['validate', '--format', 'json', '--today', TODAY_IN_VALIDITY], { cwd: broken });
        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout);
        expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 0, infos: 0 });
        expect(report.diagnostics).toEqual([expect.objectContaining({
            file: 'legacy/fax.svcdef', line: 1, column: 33, endLine: 1, endColumn: 39, severity: 'error', code: 'unresolved-reference'
        })]);
    });

    it('prints valid sarif', async () => {
        const result = await runSvcdef(['validate', '--format', 'sarif', '--today', TODAY_IN_VALIDITY], { cwd: broken });
        expect(result.code).toBe(1);
        const log = JSON.parse(result.stdout) as Sarif.Log;
        expect(sarifValidator()(log)).toEqual([]);
        expect(log.runs[0].tool.driver.version).toBe(packageJson.version);
        expect(log.runs[0].tool.driver.informationUri).toBe(packageJson.homepage);
        const rule = log.runs[0].tool.driver.rules!.find(candidate => candidate.id === 'unresolved-reference')!;
        expect(rule.helpUri).toBe('https://github.com/svcdef/svcdef/blob/main/docs/language.md#unresolved-reference');
        expect(rule.fullDescription!.text).toMatch(/^A name that nothing in the workspace declares\. Declare the element/);
        expect(log.runs[0].results!.map(r => [r.ruleId, r.locations![0].physicalLocation!.artifactLocation!.uri])).toEqual([
            ['unresolved-reference', 'legacy/fax.svcdef']
        ]);
    });

    it('prints github annotations', async () => {
        const result = await runSvcdef(['validate', '--format', 'github', '--today', TODAY_IN_VALIDITY], { cwd: broken });
        expect(result.code).toBe(1);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toMatch(/^::error file=legacy\/fax\.svcdef,line=1,col=33,endLine=1,endColumn=38,title=unresolved-reference::No party/);
        expect(lines[1]).toBe('1 error, 0 warnings in 3 files');
    });

    it('colors only for a terminal or FORCE_COLOR, and never with NO_COLOR', async () => {
        const args = ['validate', '--today', TODAY_IN_VALIDITY];
        expect((await runSvcdef(args, { cwd: broken })).stdout).not.toMatch(ANSI);
        expect((await runSvcdef(args, { cwd: broken, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
        expect((await runSvcdef(args, { cwd: broken, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
        // Machine formats never carry colors.
        expect((await runSvcdef([...args, '--format', 'json'], { cwd: broken, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    });
});

const hasScript = existsSync('/usr/bin/script');

/** Runs a shell command under a pseudo-terminal (util-linux `script`), as if a person typed it. */
async function inTerminal(command: string, cwd: string, env: Record<string, string> = {}): Promise<string> {
    const { stdout } = await promisify(execFile)('/usr/bin/script', ['-qec', command, '/dev/null'], {
        cwd,
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', ...env },
        maxBuffer: 10 * 1024 * 1024
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    return stdout;
}

/** A clean workspace just big enough to get a progress line: the clean files and PROGRESS_MIN_FILES services. */
async function largeWorkspace(): Promise<string> {
    const files: Record<string, string> = { ...CLEAN_FILES };
    for (let i = 0; i < PROGRESS_MIN_FILES; i++) {
        files[`many/s${i}.svcdef`] = `service S${i} { status live owner CentralIT }\n`;
    }
    return workspace(files);
}

describe.skipIf(!hasScript)('svcdef validate at a terminal', () => {
    const command = (tail: string) => `'${NODE}' '${SVCDEF_BIN}' validate --today ${TODAY_IN_VALIDITY} ${tail}`;

    it('colors the report, unless NO_COLOR is set', async () => {
        expect(await inTerminal(command(''), broken)).toMatch(ANSI);
        expect(await inTerminal(command(''), broken, { NO_COLOR: '1' })).not.toMatch(ANSI);
    });

    it('shows progress on stderr for a large workspace, and none on stdout', async () => {
        const large = await largeWorkspace();
        const terminal = await inTerminal(`${command('')} > report.txt`, large);
        expect(terminal).toMatch(new RegExp(`Checking \\d+/${PROGRESS_MIN_FILES + 2} files`));
        expect(await readFile(path.join(large, 'report.txt'), 'utf8')).toBe(`0 errors, 0 warnings in ${PROGRESS_MIN_FILES + 2} files\n`);
        // A small workspace is done before a progress line would help.
        expect(await inTerminal(`${command('')} > report.txt`, broken)).not.toContain('Checking');
    }, 60_000);
});

describe.skipIf(!hasScript)('svcdef generate at a terminal', () => {
    it('shows checking and writing progress for a large workspace, erased before the summary', async () => {
        const large = await largeWorkspace();
        const terminal = await inTerminal(`'${NODE}' '${SVCDEF_BIN}' generate catalog --format html --out site`, large);
        expect(terminal).toMatch(new RegExp(`Checking \\d+/${PROGRESS_MIN_FILES + 2} files`));
        expect(terminal).toMatch(/Writing output: \d+ files?…/);
        const summary = /Wrote the service catalog to site: (\d+) files\./.exec(terminal);
        expect(Number(summary?.[1])).toBeGreaterThan(3 * PROGRESS_MIN_FILES);
        // The line was erased before the summary was printed on the same terminal.
        expect(terminal.slice(0, summary!.index).endsWith('\r\u001b[2K')).toBe(true);
        expect(await inTerminal(`'${NODE}' '${SVCDEF_BIN}' generate catalog --out site`, clean)).not.toMatch(/Checking|Writing output/);
    }, 60_000);
});

describe('svcdef --version, --help', () => {
    it('prints the package version on stdout', async () => {
        expect(await runSvcdef(['--version'], { cwd: ROOT })).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    });

    it('prints help on stdout', async () => {
        const top = await runSvcdef(['--help'], { cwd: ROOT });
        expect(top.code).toBe(0);
        expect(top.stderr).toBe('');
        expect(top.stdout).toMatch(/Usage: svcdef \[options\] \[command\]/);
        expect(top.stdout).toMatch(/validate \[options\] \[path\.\.\.\]/);
        const validate = await runSvcdef(['validate', '--help'], { cwd: ROOT });
        expect(validate.code).toBe(0);
        for (const option of ['--format <format>', '--exclude <glob>', '--today <date>', '--max-warnings <n>']) {
            expect(validate.stdout).toContain(option);
        }
    });

    it.each([
        'svcdef', 'svcdef validate', 'svcdef diff', 'svcdef generate', 'svcdef generate catalog', 'svcdef generate sla',
        'svcdef generate coverage', 'svcdef export', 'svcdef export openslo', 'svcdef export backstage', 'svcdef model'
    ])('gives an example of use in `%s --help`', async command => {
        const help = await runSvcdef([...command.split(' ').slice(1), '--help'], { cwd: ROOT });
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(new RegExp(`\\nExamples?:\\n  ${command}( |\\n)`));
    });
});

describe('svcdef\'s start-up', () => {
    it('keeps the compiled bundle in Node\'s compile cache, so later runs skip compiling it', async () => {
        // Node's default place for the cache is under the temporary folder. Setting
        // NODE_COMPILE_CACHE instead would turn the cache on by itself, launcher or not.
        const temporary = await mkdtemp(path.join(tmpdir(), 'svcdef-compile-cache-'));
        const env = { TMPDIR: temporary };
        try {
            const first = await runSvcdef(['--version'], { cwd: ROOT, env });
            expect(first.code).toBe(0);
            const cached = await readdir(path.join(temporary, 'node-compile-cache'), { recursive: true });
            expect(cached.length).toBeGreaterThan(0);
            const again = await runSvcdef(['--version'], { cwd: ROOT, env });
            expect(again.stdout).toBe(first.stdout);
        } finally {
            await rm(temporary, { recursive: true, force: true });
        }
    });
});

describe('svcdef model', () => {
    it('prints the whole A2 model as JSON', async () => {
        const result = await runSvcdef(['model', '--json'], { cwd: ROOT });
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        const { nodes } = JSON.parse(result.stdout) as { nodes: Array<Record<string, unknown>> };
        expect(nodes).toHaveLength(57);
        for (const node of nodes) {
            expect(Object.keys(node)).toEqual(['id', 'name', 'kind', 'parent', 'controls', 'inputs', 'outputs']);
        }
        expect(nodes.filter(node => node.kind === 'process').map(node => node.id)).toEqual(['A21', 'A22', 'A23', 'A24', 'A25', 'A26', 'A27']);
        expect(nodes.find(node => node.id === 'A243')).toMatchObject({ name: 'Create and Maintain Service Level Agreements', kind: 'activity', parent: 'A24' });
    });

    it('describes one node', async () => {
        const result = await runSvcdef(['model', 'A243'], { cwd: ROOT });
        expect(result.code).toBe(0);
        const lines = result.stdout.split('\n');
        expect(lines.slice(0, 3)).toEqual(['A243 Create and Maintain Service Level Agreements', 'Kind: activity', 'Parent: A24 (Service Level Management)']);
        const outputs = result.stdout.slice(result.stdout.indexOf('\nOutputs:\n'));
        expect(outputs).toContain('\n  - SLAs, OLAs, UCs: to A22 (Service Marketing and Sales), ');
    });

    it('prints one node as JSON, and an outline of all by default', async () => {
        const one = JSON.parse((await runSvcdef(['model', '--json', 'a243'], { cwd: ROOT })).stdout) as { id: string };
        expect(one.id).toBe('A243');
        const outline = (await runSvcdef(['model'], { cwd: ROOT })).stdout.trimEnd().split('\n');
        expect(outline).toHaveLength(57);
        expect(outline.slice(0, 3)).toEqual(['A2 Customer Relationships', '  A21 Stakeholder Requirements Management', '    A211 Establish Stakeholder Requirements Management Framework']);
    });
});
