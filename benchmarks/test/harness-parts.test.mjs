import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../budgets.mjs';
import { largestSize } from '../catalog-copy.mjs';
import { measureCatalogOutput } from '../catalog-output.mjs';
import { EDIT_COUNT, planEditorScenario } from '../editor-scenario.mjs';
import { generateWorkspace, writeWorkspace } from '../generate-workspace.mjs';
import { defaultRuns, OptionError, parseOptions } from '../options.mjs';
import { summarizeProfile } from '../profile-summary.mjs';
import { renderReport } from '../report-markdown.mjs';
import { keepUnmeasuredFigures, loadStoredResults } from '../stored-results.mjs';
import { percentile, summarize } from '../statistics.mjs';

describe('statistics', () => {
    it('interpolates percentiles between ranks and summarizes runs with their spread', () => {
        expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
        expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
        expect(percentile([], 50)).toBeUndefined();
        expect(summarize([4, 2, 6, undefined])).toEqual({ median: 4, min: 2, max: 6, spread: 1, runs: 3, samples: [4, 2, 6] });
    });
});

describe('the command line', () => {
    it('selects sizes in size order and always measures the parse-only lower bound', () => {
        const options = parseOptions(['--sizes', '10k,1k', '--runs=4', '--figures', 'lsp']);
        expect(options).toMatchObject({ sizes: ['1k', '10k'], runs: 4, figures: ['parse', 'lsp'] });
    });

    it('measures the figures the ratio budgets divide more often than the slow ones', () => {
        for (const size of ['1k', '10k', '50k']) {
            expect(['parse', 'kept', 'validate'].map(figure => defaultRuns(size, figure))).toEqual([5, 5, 5]);
            expect(defaultRuns(size, 'phases')).toBe(1);
        }
        expect([defaultRuns('10k', 'lsp'), defaultRuns('10k', 'catalog')]).toEqual([3, 3]);
        expect([defaultRuns('50k', 'lsp'), defaultRuns('50k', 'catalog')]).toEqual([1, 1]);
    });

    it('makes --quick one run at 1k', () => {
        expect(parseOptions(['--quick'])).toMatchObject({ sizes: ['1k'], runs: 1, quick: true });
    });

    it('makes --report-only measure nothing, and take no other option', () => {
        expect(parseOptions(['--report-only'])).toMatchObject({ reportOnly: true });
        expect(() => parseOptions(['--report-only', '--sizes', '1k'])).toThrow(/takes no other option/);
    });

    it('says what is wrong with a bad option', () => {
        expect(() => parseOptions(['--sizes', '2k'])).toThrow(OptionError);
        expect(() => parseOptions(['--runs', '0'])).toThrow(/whole number/);
        expect(() => parseOptions(['--fast'])).toThrow(/unknown option --fast/);
    });
});

describe('budgets', () => {
    const summary = median => ({ median });
    it('pass, fail, or say they were not measured', () => {
        const budgets = evaluateBudgets({
            '10k': { figures: { parse: { wallMs: summary(2000) }, validate: { wallMs: summary(4000) }, lsp: { localEditP95Ms: summary(90), completionP95Ms: summary(80) } } },
            '50k': { figures: { parse: { wallMs: summary(9000) }, validate: { wallMs: summary(30_000), peakRssBytes: summary(1.2e9) } } }
        });
        const status = Object.fromEntries(budgets.map(budget => [budget.name, budget.status]));
        expect(status).toMatchObject({
            'validate ≤ 2.5 × parse-only (1k)': 'not measured',
            'validate ≤ 2.5 × parse-only (10k)': 'pass',
            'validate ≤ 2.5 × parse-only (50k)': 'fail',
            'validate 50k ≤ 5.5 × validate 10k': 'fail',
            // Exactly at a strict limit is over it.
            'validate 10k < 4 s': 'fail',
            'validate 50k peak RSS < 1.5 GB': 'pass',
            '10k: local edit → diagnostics p95 < 150 ms': 'pass',
            '10k: completion p95 < 50 ms': 'fail',
            '10k: catalog, all views and formats ≤ 2.5 × validate': 'not measured',
            '10k: average HTML page ≤ 12 kB': 'not measured'
        });
    });

    it('hold a workspace full of errors to three times the clean one of the same run', () => {
        const status = errors => evaluateBudgets({ '10k': { figures: { validate: { wallMs: summary(2000) }, errors: { wallMs: summary(errors) } } } })
            .find(budget => budget.name === 'validate with errors ≤ 3 × validate (10k)').status;
        expect([status(5000), status(7000), status(undefined)]).toEqual(['pass', 'fail', 'not measured']);
    });

    it('says next to the parse-only ratio what parsing costs when every tree is kept', () => {
        const summary = median => ({ median, min: median, max: median, spread: 0, runs: 1, samples: [median] });
        const [, , fifty] = evaluateBudgets({
            '50k': { figures: { parse: { wallMs: summary(5000) }, kept: { wallMs: summary(8500) }, validate: { wallMs: summary(18_000) } } }
        });
        expect(fifty).toMatchObject({ name: 'validate ≤ 2.5 × parse-only (50k)', measured: 3.6, status: 'fail' });
        expect(fifty.detail).toBe('wall time over wall time; parse-only keeping every tree is 1.70× of it');
    });

    const catalogRun = (validateMs, figures, counts) => evaluateBudgets({
        '10k': { figures: { validate: { wallMs: summary(validateMs), cpuMs: summary(2 * validateMs) }, catalog: figures }, workspace: counts }
    }, { cores: 2 });
    const named = (budgets, prefix) => budgets.find(budget => budget.name.startsWith(prefix));

    it('hold the catalog to the validate time of the same run, all of it and one view as HTML', () => {
        const budgets = catalogRun(4000, { wallMs: summary(9000), cpuMs: summary(12_000), floorMs: summary(1000), viewWallMs: summary(6800) });
        expect(named(budgets, '10k: catalog, all views and formats')).toMatchObject({ measured: 2.25, limit: 2.5, status: 'pass' });
        expect(named(budgets, '10k: catalog, support view, HTML only')).toMatchObject({ measured: 1.7, limit: 1.6, status: 'fail' });
        expect(named(budgets, '10k: catalog, all views and formats').detail).toBe('in CPU time 1.50×; 9.00 s against validate 4.00 s; '
            + 'floor: validate + writing the same files in a plain loop 1.00 s = 1.25× validate; CPU time 12.00 s over 2 cores: at least 1.50× validate');
    });

    it('say when the catalog\'s own CPU time puts the budget out of reach', () => {
        const budgets = catalogRun(4000, { wallMs: summary(12_000), cpuMs: summary(24_000), floorMs: summary(1000) });
        expect(named(budgets, '10k: catalog, all views and formats').detail).toMatch(/at least 3\.00× validate; a bound is at or above the budget/);
    });

    it('say what the budget leaves building the model and rendering, once the phases are measured', () => {
        // validate 4 s; 2.5× leaves 10 s − 4 s − 2 s of writing = 4 s; 1.6× leaves 6.4 − 4 − 1 = 1.4 s.
        const budgets = catalogRun(4000, {
            wallMs: summary(20_000), floorMs: summary(2000), viewWallMs: summary(12_000), viewFloorMs: summary(1000),
            modelMs: summary(2000), renderMs: summary(12_000), viewRenderMs: summary(6000)
        });
        expect(named(budgets, '10k: catalog, all views and formats').detail).toContain(
            'the budget leaves building the model and rendering 4.00 s after validate and writing; they take 14.00 s (model 2.00 s, rendering 12.00 s), 3.5× that');
        const view = named(budgets, '10k: catalog, support view, HTML only').detail;
        expect(view).toContain('floor: validate + writing the same files in a plain loop 1.00 s = 1.25× validate');
        expect(view).toContain('they take 8.00 s (model 2.00 s, rendering 6.00 s), 5.7× that; validate, the model and writing alone are at or above the budget');
        const roomy = catalogRun(10_000, { viewWallMs: summary(12_000), viewFloorMs: summary(1000), modelMs: summary(1000), viewRenderMs: summary(3000) });
        expect(named(roomy, '10k: catalog, support view, HTML only').detail).not.toContain('alone are at or above');
        const none = catalogRun(4000, { viewWallMs: summary(12_000), viewFloorMs: summary(3000), modelMs: summary(1000), viewRenderMs: summary(3000) });
        expect(named(none, '10k: catalog, support view, HTML only').detail).toContain('leaves building the model and rendering no time');
    });

    it('hold the output to 12 kB per HTML page and 2 files per service in each view, shared files apart', () => {
        const output = measureCatalogOutput([
            { folder: 'customer' },
            { file: 'customer/index.html', size: 30_000 },
            { file: 'customer/services/a.html', size: 9000 },
            { file: 'customer/services/b.html', size: 9000 },
            { file: 'customer/catalog.md', size: 50_000 },
            { file: 'customer/assets/svcdef.0123456789.css', size: 20_000 },
            { file: 'customer/search/manifest.js', size: 1000 },
            { file: 'customer/search/t-ab.js', size: 1000 },
            { file: 'support/index.html', size: 40_000 },
            { file: 'support/services/a.html', size: 10_000 },
            { file: 'support/services/b.html', size: 10_000 },
            { file: 'support/slas/s.html', size: 10_000 },
            { file: 'support/catalog.md', size: 1 },
            { file: 'support/catalog.json', size: 1 },
            { file: '.svcdef-output', size: 0 }
        ]);
        expect(output).toMatchObject({ files: 14, htmlPages: 7, htmlBytes: 118_000 });
        expect(output.views.customer).toEqual({ files: 4, sharedFiles: 3, sharedBytes: 22_000 });
        expect(output.views.support).toMatchObject({ files: 6, sharedFiles: 0 });
        const budgets = catalogRun(4000, { wallMs: summary(9000), output }, { services: 2 });
        expect(named(budgets, '10k: average HTML page')).toMatchObject({ measured: 118_000 / 7, status: 'fail' });
        expect(named(budgets, '10k: files per service per view')).toMatchObject({ measured: 3, status: 'fail' });
        expect(named(budgets, '10k: files per service per view').detail).toBe('customer 2.00, support 3.00; shared: customer 3 files, 0.0 MB; support 0 files, 0.0 MB');
        const report = renderReport({ results: {}, budgets });
        expect(report).toContain('| 10k: average HTML page ≤ 12 kB | 16.9 kB | 12.0 kB | **FAIL** |');
        expect(report).toContain('| 3.00 | 2.00 | **FAIL** |');
        const noted = renderReport({ results: {}, budgets, notes: '## One-off measurements\n\nA writer thread against none.\n' });
        expect(noted).toMatch(/\n## One-off measurements\n\nA writer thread against none\.\n\n## Running\n/);
    });
});

describe('the editor scenario', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'svcdef-bench-test-'));
    writeWorkspace(folder, generateWorkspace(300, 3).files);
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('makes 50 one-line edits, renames among them, each a full text with a rising version', () => {
        const { edits } = planEditorScenario(folder);
        expect(edits).toHaveLength(EDIT_COUNT);
        const previous = new Map();
        for (const edit of edits) {
            const before = previous.get(edit.file);
            if (before) {
                const changed = edit.text.split('\n').filter((line, index) => line !== before.text.split('\n')[index]);
                expect(changed).toHaveLength(1);
                expect(edit.version).toBe(before.version + 1);
            }
            previous.set(edit.file, edit);
        }
        const renames = edits.filter(edit => edit.kind === 'rename');
        expect(renames).toHaveLength(2);
        for (const rename of renames) {
            expect(rename.dependents.length).toBeGreaterThan(0);
            expect(rename.text).toMatch(/^service \w+Renamed "/m);
        }
    });

    it('asks for completion at references of several kinds', () => {
        const { completions } = planEditorScenario(folder);
        expect(new Set(completions.map(entry => entry.what))).toEqual(new Set(['service in an SLA', 'SLA in an OLA', 'customer of an SLA', 'metric of a target']));
        expect(new Set(completions.map(entry => entry.prefix))).toEqual(new Set([0, 2]));
    });
});

describe('profile summaries', () => {
    it('attribute samples to functions by self and inclusive time', () => {
        const frame = (functionName, lineNumber) => ({ functionName, url: '', lineNumber, columnNumber: 0 });
        const profile = {
            startTime: 0, endTime: 4000,
            nodes: [
                { id: 1, callFrame: frame('(root)', -1), children: [2] },
                { id: 2, callFrame: frame('outer', 1), children: [3] },
                { id: 3, callFrame: frame('inner', 2), children: [] }
            ],
            samples: [2, 3, 3, 3],
            timeDeltas: [1000, 1000, 1000, 1000]
        };
        const { functions } = summarizeProfile(profile);
        const byName = Object.fromEntries(functions.map(entry => [entry.name, entry]));
        expect(byName.inner.selfMs).toBe(3);
        expect(byName.outer.selfMs).toBe(1);
        expect(byName.outer.totalMs).toBe(4);
    });
});

describe('stored results', () => {
    const stored = {
        seed: 1, measuredAt: '2026-11-26T10:00:00.000Z', runsDescription: 'parse 3, validate 3, lsp 1',
        figures: { parse: { wallMs: { median: 10 } }, kept: { wallMs: { median: 14 } }, validate: { wallMs: { median: 20 } }, lsp: { initialMs: { median: 30 } } },
        raw: { parse: [{ wallMs: 10 }], kept: [{ wallMs: 14 }], validate: [{ wallMs: 20 }], lsp: [{ initialMs: 30, loadAverage: 1.5 }] },
        errors: { catalog: 'ran out of memory after 380 s' },
        phases: { totalMs: 5 }
    };
    const current = {
        seed: 1, measuredAt: '2026-11-27T10:00:00.000Z', runsDescription: 'parse 1, validate 1', loads: [0.5],
        figures: { parse: { wallMs: { median: 11 } }, validate: { wallMs: { median: 19 } } },
        raw: { parse: [{ wallMs: 11 }], validate: [{ wallMs: 19 }] },
        errors: {}
    };

    it('keep what a run of some figures did not measure, marked with when it was measured', () => {
        const merged = keepUnmeasuredFigures(current, stored, { figures: ['parse', 'validate'] });
        expect(merged.figures.validate.wallMs.median).toBe(19);
        expect(merged.figures.lsp.initialMs.median).toBe(30);
        expect(merged.figures.kept.wallMs.median).toBe(14);
        expect(merged.errors.catalog).toMatch(/out of memory/);
        expect(merged.phases).toEqual({ totalMs: 5 });
        expect(merged.earlier).toEqual({ kept: stored.measuredAt, lsp: stored.measuredAt, catalog: stored.measuredAt, phases: stored.measuredAt });
        expect(merged.runsDescription).toBe('parse 1, validate 1; kept from earlier runs: kept 1, lsp 1, catalog 0');
        expect(merged.loads).toEqual([0.5, 1.5]);
    });

    it('keep a dated profile only while its figure is not measured again', () => {
        const profile = (figure, measuredAt) => ({ file: `${figure}.cpuprofile`, totalMs: 1, topSelf: [], topSvcdef: [], figure, measuredAt });
        const profiled = {
            ...stored,
            profiles: {
                validate: profile('validate', '2026-11-26T09:00:00.000Z'),
                'language server, completions': profile('lsp', '2026-11-26T09:30:00.000Z'),
                // Stored before profiles were dated: how old its code is cannot be told.
                kept: { file: 'kept.cpuprofile', totalMs: 1, topSelf: [], topSvcdef: [] }
            }
        };
        const merged = keepUnmeasuredFigures(current, profiled, { figures: ['parse', 'validate'] });
        expect(Object.keys(merged.profiles)).toEqual(['language server, completions']);
        expect(merged.profiles['language server, completions'].measuredAt).toBe('2026-11-26T09:30:00.000Z');

        const reprofiled = { ...current, profiles: { validate: profile('validate', '2026-11-27T10:05:00.000Z') } };
        const both = keepUnmeasuredFigures(reprofiled, profiled, { figures: ['parse', 'validate'] });
        expect(both.profiles.validate.measuredAt).toBe('2026-11-27T10:05:00.000Z');
        expect(Object.keys(both.profiles).sort()).toEqual(['language server, completions', 'validate']);

        expect(keepUnmeasuredFigures(current, profiled, { figures: ['parse', 'validate', 'lsp'] }).profiles).toBeUndefined();
    });

    it('date each profile in the report', () => {
        const report = renderReport({
            results: { '1k': { ...current, size: '1k', machine: { cpus: 2 }, workspace: {}, profiles: {
                validate: { file: 'v.cpuprofile', totalMs: 1, topSelf: [], topSvcdef: [], figure: 'validate', measuredAt: '2026-11-26T09:00:00.000Z' }
            } } },
            budgets: []
        });
        expect(report).toContain('## CPU profile: validate at 1k (measured 2026-11-26 09:00 UTC)');
    });

    it('keep nothing from the figures of another workspace', () => {
        expect(keepUnmeasuredFigures(current, { ...stored, seed: 2 }, { figures: ['parse', 'validate'] })).toBe(current);
    });
});

describe('the disk\'s share of the catalog (programs/write-floor.mjs)', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'svcdef-floor-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('writes the same folders and file sizes as the catalog it is given, and says how long that took', async () => {
        const { execFileSync } = await import('node:child_process');
        const { mkdirSync, readFileSync, statSync, writeFileSync } = await import('node:fs');
        const catalog = path.join(scratch, 'catalog');
        mkdirSync(path.join(catalog, 'support', 'services'), { recursive: true });
        writeFileSync(path.join(catalog, 'index.html'), '<p>x</p>');
        writeFileSync(path.join(catalog, 'support', 'services', 'a.html'), 'é'.repeat(700));
        writeFileSync(path.join(catalog, 'support', 'empty.md'), '');
        const copy = path.join(scratch, 'floor');
        const program = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'programs', 'write-floor.mjs');
        const report = JSON.parse(execFileSync(process.execPath, [program, catalog, copy], { encoding: 'utf8' }));
        expect(report).toMatchObject({ files: 3, bytes: 8 + 1400 });
        expect(report.writeMs).toBeGreaterThan(0);
        expect(statSync(path.join(copy, 'support', 'services', 'a.html')).size).toBe(1400);
        expect(statSync(path.join(copy, 'support', 'empty.md')).size).toBe(0);
        expect(readFileSync(path.join(copy, 'index.html'), 'utf8')).toBe('xxxxxxxx');
        // The copy's folder must be new: a floor written over an old one would not measure creating files.
        expect(() => execFileSync(process.execPath, [program, catalog, copy], { stdio: 'pipe' })).toThrow();
    });

    it('joins each text file again from its pieces and counts the encoded bytes (programs/join-floor.mjs)', async () => {
        const { execFileSync } = await import('node:child_process');
        const { mkdirSync, writeFileSync } = await import('node:fs');
        const catalog = path.join(scratch, 'joined');
        mkdirSync(path.join(catalog, 'services'), { recursive: true });
        writeFileSync(path.join(catalog, 'index.html'), '<p>a</p>\n<p>é</p>');
        writeFileSync(path.join(catalog, 'services', 'b.md'), '# B\nline\n');
        writeFileSync(path.join(catalog, 'logo.png'), Buffer.from([0x89, 0x50]));
        const program = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'programs', 'join-floor.mjs');
        const report = JSON.parse(execFileSync(process.execPath, [program, catalog, '2'], { encoding: 'utf8' }));
        // Cut before every tag and line break: `<p>a`, `</p>`, `\n`, `<p>é`, `</p>` and `# B`, `\nline`, `\n`; the picture is not text.
        expect(report).toMatchObject({ files: 2, pieces: 8, bytes: 18 + 9 });
        expect(report.roundsMs).toHaveLength(2);
    });

    it('finds the largest of more files than a function call takes arguments', () => {
        const entries = Array.from({ length: 300_000 }, (_, index) => ({ file: `f${index}`, size: index % 1000 }));
        entries.push({ folder: 'services' });
        expect(largestSize(entries)).toBe(999);
        expect(largestSize([])).toBe(0);
    });
});

describe('the report', () => {
    const stored = loadStoredResults(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'results'));

    it('names every command that measured one of its sizes, once', () => {
        const results = Object.fromEntries(Object.entries(stored).map(([size, result], index) =>
            [size, { ...result, command: index === 0 ? 'npm run bench -- --sizes 1k' : 'npm run bench' }]));
        const running = renderReport({ results, budgets: [] }).split('## Running')[1];
        expect(running).toContain('```\nnpm run bench -- --sizes 1k\nnpm run bench\n```');
    });

    it('falls back to the plain command for figures stored before runs recorded theirs', () => {
        const results = Object.fromEntries(Object.entries(stored).map(([size, { command, ...result }]) => [size, result]));
        expect(renderReport({ results, budgets: [] }).split('## Running')[1]).toContain('```\nnpm run bench\n```');
    });
});
