import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { registerExportCommands } from '../../src/cli/export-command.js';
import { loadCatalog, registerGenerateCommands, writeFiles } from '../../src/cli/generate-command.js';
import { OUTPUT_MARKER } from '../../src/cli/output-writer.js';
import { UsageError } from '../../src/cli/usage-error.js';
import type { OutputFile } from '../../src/generator/generated-file.js';
import { SITE_STYLE_PATH } from '../../src/generator/site-style.js';
import { runCli } from '../../src/cli/run-cli.js';
import { ensureBundles, runSvcdef } from '../cli/built-cli.js';
import { tempWorkspace } from '../cli/temp-workspace.js';
import { FIXTURE_FILES, INTERNAL_MARKERS } from './generator-fixture.js';

interface Captured {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

function quietIo(cwd: string, captured: { stdout: string; stderr: string } = { stdout: '', stderr: '' }): CliIo {
    return {
        cwd,
        env: { NO_COLOR: '1' },
        stdout: { write: text => { captured.stdout += text; }, isTTY: false },
        stderr: { write: text => { captured.stderr += text; }, isTTY: false }
    };
}

async function svcdef(cwd: string, ...args: string[]): Promise<Captured> {
    const captured = { stdout: '', stderr: '' };
    const code = await runCli(args, quietIo(cwd, captured), [registerGenerateCommands, registerExportCommands]);
    return { code, ...captured };
}

function listTree(folder: string): string[] {
    const result: string[] = [];
    const walk = (current: string) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) walk(full);
            else result.push(path.relative(folder, full).split(path.sep).join('/'));
        }
    };
    walk(folder);
    return result.sort();
}

/** Everything under a folder, for comparing two runs byte by byte. */
function snapshotTree(folder: string): Map<string, Buffer> {
    return new Map(listTree(folder).map(file => [file, readFileSync(path.join(folder, file))]));
}

/** The stylesheet SLA documents and the coverage report share, beside them. */
const STYLESHEET = SITE_STYLE_PATH;

const BROKEN = { 'broken.svcdef': 'service Fax { status live owner Nobody }\n' };

describe('svcdef generate and export', () => {
    const disposals: Array<() => Promise<void>> = [];
    let root: string;
    beforeAll(async () => {
        const workspace = await tempWorkspace(Object.fromEntries(Object.entries(FIXTURE_FILES).map(([name, text]) => [`ws/${name}`, text])));
        root = workspace.root;
        disposals.push(workspace.dispose);
    });
    afterAll(async () => {
        await Promise.all(disposals.map(dispose => dispose()));
    });

    it('writes every view and format of the catalog', async () => {
        const result = await svcdef(root, 'generate', 'catalog', '--workspace', 'ws', '--out', 'site');
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Wrote the service catalog to site: \d+ files\.\n$/);
        const files = listTree(path.join(root, 'site'));
        expect(files).toContain('customer/index.html');
        expect(files).toContain('customer/services/email.html');
        expect(files).toContain('customer/slas/finance-email.html');
        expect(files).toContain('user/catalog.md');
        expect(files).toContain('support/catalog.json');
        expect(files).toContain('support/coverage.html');
        expect(files).toContain(OUTPUT_MARKER);
        for (const file of files.filter(name => name.startsWith('customer/') || name.startsWith('user/'))) {
            const content = readFileSync(path.join(root, 'site', file), 'utf8');
            for (const marker of INTERNAL_MARKERS) {
                expect(content, file).not.toContain(marker);
            }
        }
    });

    it('writes byte-identical trees on repeated runs', async () => {
        await svcdef(root, 'generate', 'catalog', '-w', 'ws', '--out', 'again');
        const first = snapshotTree(path.join(root, 'again'));
        await svcdef(root, 'generate', 'catalog', '-w', 'ws', '--out', 'again');
        const second = snapshotTree(path.join(root, 'again'));
        expect([...second.keys()]).toEqual([...first.keys()]);
        for (const [file, bytes] of first) {
            expect(second.get(file)!.equals(bytes), file).toBe(true);
        }
        // Only the output folder itself, no leftovers of the swap.
        expect(readdirSync(root).filter(name => name.includes('svcdef-'))).toEqual([]);
    });

    it('notes the time only with --timestamp', async () => {
        await svcdef(root, 'generate', 'catalog', '-w', 'ws', '--out', 'stamped', '--view', 'customer', '--format', 'json', '--timestamp');
        expect(listTree(path.join(root, 'stamped'))).toEqual([OUTPUT_MARKER, 'customer/catalog.json']);
        const json = JSON.parse(readFileSync(path.join(root, 'stamped', 'customer', 'catalog.json'), 'utf8'));
        expect(json.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('writes SLA documents by name, and names the SLA it could not find', async () => {
        const ok = await svcdef(root, 'generate', 'sla', 'SalesErp', '-w', 'ws', '--out', 'slas', '--view', 'support');
        expect(ok.code).toBe(0);
        expect(ok.stdout).toBe('Wrote 1 SLA document (support view) to slas: 4 files.\n');
        expect(listTree(path.join(root, 'slas'))).toEqual([OUTPUT_MARKER, STYLESHEET, 'index.html', 'sales-erp.html', 'sales-erp.md']);
        const missing = await svcdef(root, 'generate', 'sla', 'FinanceMail', '-w', 'ws', '--out', 'slas2');
        expect(missing.code).toBe(2);
        expect(missing.stderr).toBe("svcdef: no SLA is named 'FinanceMail'. Did you mean 'FinanceEmail'? Known SLAs: FinanceEmail, SalesErp.\n");
        expect(existsSync(path.join(root, 'slas2'))).toBe(false);
    });

    it('names an unknown SLA once, however often the command line repeats it', async () => {
        const repeated = await svcdef(root, 'generate', 'sla', 'FinanceMail', 'FinanceMail', 'SalesErp', 'FinanceMail', '-w', 'ws', '--out', 'slas3');
        expect(repeated.code).toBe(2);
        expect(repeated.stderr).toBe("svcdef: no SLA is named 'FinanceMail'. Did you mean 'FinanceEmail'? Known SLAs: FinanceEmail, SalesErp.\n");
    });

    it('writes the coverage report', async () => {
        const result = await svcdef(root, 'generate', 'coverage', '-w', 'ws', '--out', 'coverage');
        expect(result.code).toBe(0);
        expect(listTree(path.join(root, 'coverage'))).toEqual([OUTPUT_MARKER, STYLESHEET, 'coverage.html', 'coverage.md']);
    });

    it('exports OpenSLO and Backstage files, reporting what OpenSLO cannot state', async () => {
        const openslo = await svcdef(root, 'export', 'openslo', '-w', 'ws', '--out', 'openslo');
        expect(openslo.code).toBe(0);
        // FinanceEmail is measured over office hours stated in words: OpenSLO could only state it round the clock.
        expect(openslo.stdout).toBe('Wrote 6 OpenSLO services and 2 SLOs to openslo: 1 file.\n');
        expect(openslo.stderr).toContain('svcdef: not exported to OpenSLO: FinanceEmail: incidentResponse <= 30min for P1');
        expect(openslo.stderr).toContain('svcdef: not exported to OpenSLO: FinanceEmail: availability >= 99.9% per month (it is measured over its service hours Business, '
            + 'a calendar whose hours are free text and so not known to run round the clock, and OpenSLO time windows count every hour).\n');
        expect(listTree(path.join(root, 'openslo'))).toEqual([OUTPUT_MARKER, 'openslo.yaml']);
        const backstage = await svcdef(root, 'export', 'backstage', '-w', 'ws', '--out', 'backstage');
        expect(backstage.code).toBe(0);
        expect(backstage.stdout).toBe('Wrote 6 Backstage components and 5 groups to backstage: 1 file.\n');
        expect(listTree(path.join(root, 'backstage'))).toEqual([OUTPUT_MARKER, 'catalog-info.yaml']);
    });

    it('refuses a workspace with errors, printing them, unless --force', async () => {
        const broken = await tempWorkspace({ ...FIXTURE_FILES, ...BROKEN });
        disposals.push(broken.dispose);
        for (const args of [['generate', 'catalog'], ['generate', 'sla'], ['generate', 'coverage'], ['export', 'openslo'], ['export', 'backstage']]) {
            const refused = await svcdef(broken.root, ...args, '--out', 'out');
            expect(refused.code, args.join(' ')).toBe(1);
            expect(refused.stdout).toBe('');
            expect(refused.stderr).toContain('broken.svcdef:1:33 error unresolved-reference');
            expect(refused.stderr).toContain('svcdef: nothing was written: the workspace has 1 error. Fix them, or pass --force to publish anyway.');
            expect(existsSync(path.join(broken.root, 'out'))).toBe(false);
        }
        const forced = await svcdef(broken.root, 'generate', 'catalog', '--out', 'out', '--force');
        expect(forced.code).toBe(0);
        expect(forced.stderr).toContain('publishing despite 1 error');
        expect(existsSync(path.join(broken.root, 'out', 'customer', 'services', 'fax.html'))).toBe(true);
    });

    it('refuses an --out that is not its own, leaving it as it was', async () => {
        const before = statSync(path.join(root, 'ws', 'parties.svcdef')).mtimeMs;
        const result = await svcdef(root, 'generate', 'catalog', '-w', 'ws', '--out', 'ws');
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('svcdef: --out ws: the folder is not empty and was not written by svcdef, and svcdef replaces the whole output folder. Name a new or empty folder.\n');
        expect(listTree(path.join(root, 'ws'))).toEqual(Object.keys(FIXTURE_FILES).sort());
        expect(statSync(path.join(root, 'ws', 'parties.svcdef')).mtimeMs).toBe(before);
        const here = await svcdef(path.join(root, 'ws'), 'generate', 'catalog', '--out', '.');
        expect(here.code).toBe(2);
        expect(here.stderr).toContain('this is the current folder or one of its parents');
    });

    it('refuses to replace an output folder that holds sources, and keeps them', async () => {
        expect((await svcdef(root, 'generate', 'catalog', '-w', 'ws', '--out', 'docs')).code).toBe(0);
        cpSync(path.join(root, 'ws'), path.join(root, 'docs', 'src'), { recursive: true });
        const sources = snapshotTree(path.join(root, 'docs', 'src'));
        const keep = 'Move the sources out of docs, or name another folder for --out.';

        const reading = await svcdef(root, 'generate', 'catalog', '-w', 'docs/src', '--out', 'docs');
        expect(reading).toEqual({
            code: 2,
            stdout: '',
            stderr: `svcdef: --out docs: it holds docs/src/agreements.svcdef, an input of this run, and svcdef replaces the output folder as a whole. ${keep}\n`
        });
        // Sources that are not read in this run are just as safe.
        for (const args of [['generate', 'coverage'], ['export', 'backstage']]) {
            const other = await svcdef(root, ...args, '-w', 'ws', '--out', 'docs');
            expect(other.code, args.join(' ')).toBe(2);
            expect(other.stderr).toBe(`svcdef: --out docs: it holds docs/src/agreements.svcdef, a .svcdef source, and svcdef replaces the output folder as a whole. ${keep}\n`);
        }
        expect(snapshotTree(path.join(root, 'docs', 'src'))).toEqual(sources);
        expect(existsSync(path.join(root, 'docs', 'customer', 'index.html'))).toBe(true);
    });

    it('refuses an --out that holds the workspace, even before it has any .svcdef file', async () => {
        expect((await svcdef(root, 'generate', 'coverage', '-w', 'ws', '--out', 'nested')).code).toBe(0);
        mkdirSync(path.join(root, 'nested', 'drafts'));
        const result = await svcdef(root, 'generate', 'coverage', '-w', 'ws', '-w', 'nested/drafts', '--out', 'nested');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('svcdef: --out nested: it holds nested/drafts, a workspace path of this run,');
        expect(existsSync(path.join(root, 'nested', 'drafts'))).toBe(true);
    });

    it('keeps nothing of the loaded workspace but the catalog, so that the documents can be collected', async () => {
        const loaded = await loadCatalog({ io: quietIo(root), exitCode: 0 }, { out: 'unused', workspace: ['ws'] });
        expect(Object.keys(loaded!).sort()).toEqual(['a2', 'catalog', 'configurations', 'inputs', 'today']);
        // Plain data: an AST node would bring its container and document, and a cycle.
        expect(JSON.parse(JSON.stringify(loaded!.catalog))).toEqual(loaded!.catalog);
    });

    it('reports a generator that fails while the output is written as an internal error, not as a write problem', async () => {
        function* failing(): Generator<OutputFile> {
            yield { path: 'index.html', content: 'first' };
            throw new TypeError('a page could not be rendered');
        }
        const error = await writeFiles({ io: quietIo(root), exitCode: 0 }, 'failed', failing(), 'the catalog')
            .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(TypeError);
        expect(error).not.toBeInstanceOf(UsageError);
        expect((error as Error).message).toBe('a page could not be rendered');
        expect(existsSync(path.join(root, 'failed'))).toBe(false);
    });

    it('asks for --out', async () => {
        const result = await svcdef(root, 'generate', 'catalog', '-w', 'ws');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("required option '-o, --out <dir>' not specified");
    });

    it('runs from the built command line', async () => {
        await ensureBundles();
        const result = await runSvcdef(['generate', 'catalog', '-w', 'ws', '--out', 'built-site', '--view', 'user', '--format', 'html'], { cwd: root });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(readFileSync(path.join(root, 'built-site', 'user', 'index.html'), 'utf8')).toContain('<h1>Services you can use</h1>');
    }, 120_000);
});
