/**
 * `npm run bench`: builds svcdef and the benchmark programs, generates (or reuses) the
 * workspaces, measures every figure at every size in processes of their own, and writes
 * benchmarks/results/<size>.json and BENCHMARKS.md. See options.mjs for the command line.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBudgets } from './budgets.mjs';
import { bundlePrograms } from './bundle-programs.mjs';
import { catalogUnavailable, removeCatalogOutputs, runCatalog } from './figures/catalog.mjs';
import { runDiff } from './figures/diff.mjs';
import { runLanguageServerSession } from './figures/language-server.mjs';
import { runParseOnly } from './figures/parse-only.mjs';
import { runValidatePhases } from './figures/validate-phases.mjs';
import { runValidate } from './figures/validate.mjs';
import { describeMachine, loadAverage } from './machine.mjs';
import { defaultRuns, OptionError, parseOptions, USAGE } from './options.mjs';
import { summarizeProfile } from './profile-summary.mjs';
import { renderReport } from './report-markdown.mjs';
import { summarizeFigures } from './summarize-figures.mjs';
import { keepUnmeasuredFigures, loadStoredResults } from './stored-results.mjs';
import { ensureWorkspace } from './workspace-cache.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(root, 'benchmarks', 'results');
const REPORT = path.join(root, 'BENCHMARKS.md');
const PROFILES_DIR = path.join(root, '.bench', 'profiles');
/** Hand-written results of one-off comparisons, carried into the report as they are. */
const NOTES = path.join(root, 'benchmarks', 'one-off-measurements.md');

function readNotes() {
    try {
        return readFileSync(NOTES, 'utf8');
    } catch {
        return undefined;
    }
}

const log = message => process.stderr.write(`[bench ${new Date().toLocaleTimeString('en-GB')}] ${message}\n`);

/** The figures measured by repeated runs, in the order one round runs them. */
const RUNNERS = {
    parse: runParseOnly,
    kept: args => runParseOnly({ ...args, keep: true }),
    validate: runValidate,
    errors: ({ size, cpuProfileDir, log: note = log }) => runValidate({ folder: errorsWorkspace(size, note).folder, cpuProfileDir }),
    diff: ({ folder, size, cpuProfileDir }) => runDiff({ folder, changedFolder: changedWorkspace(size).folder, cpuProfileDir }),
    catalog: runCatalog,
    lsp: ({ folder, cpuProfileDir }) => runLanguageServerSession({ folder, cpuProfileDir, log: message => log(`  lsp: ${message}`) })
};

/** The workspace of the errors figure: the size's workspace and its folder of mistakes (see generate-workspace.mjs). */
let errorsSeed;
function errorsWorkspace(size, note) {
    return ensureWorkspace(size, { seed: errorsSeed, errors: true, log: message => note(`${size} errors: ${message}`) });
}

/** The head side of the diff figure: the size's workspace with 100 scattered changes (see changed-copy.mjs). */
function changedWorkspace(size) {
    return ensureWorkspace(size, { seed: errorsSeed, changed: true, log: message => log(`${size} changed: ${message}`) });
}

function describeRun(figure, run) {
    switch (figure) {
        case 'parse': return `parse-only ${(run.wallMs / 1000).toFixed(2)} s (parsing ${(run.parseMs / 1000).toFixed(2)} s)`;
        case 'kept': return `parse-only keeping the trees ${(run.wallMs / 1000).toFixed(2)} s (parsing ${(run.parseMs / 1000).toFixed(2)} s)`;
        case 'validate': return `validate ${(run.wallMs / 1000).toFixed(2)} s, ${(run.peakRssBytes / 1e6).toFixed(0)} MB, ${run.diagnostics} diagnostics`;
        case 'errors': return `validate with errors ${(run.wallMs / 1000).toFixed(2)} s, ${run.diagnostics} diagnostics`;
        case 'diff': return `diff ${(run.wallMs / 1000).toFixed(2)} s, ${(run.peakRssBytes / 1e6).toFixed(0)} MB, ${run.changes} changes (${run.weaker} weaker, ${run.stronger} stronger, ${run.neutral} neutral)`;
        case 'catalog': return `catalog ${(run.wallMs / 1000).toFixed(2)} s, ${run.filesWritten} files`;
        case 'lsp': return `language server: initial ${(run.initialMs / 1000).toFixed(2)} s, local edit p95 ${run.localEditP95Ms.toFixed(0)} ms, completion p95 ${run.completionP95Ms.toFixed(0)} ms`;
        default: return figure;
    }
}

/**
 * The repeated figures of every size, in rounds: each round runs every figure of every
 * size once. The machine's speed drifts by a fifth within minutes, so measuring one size
 * after another would charge that drift to the growth budgets, which compare sizes;
 * interleaved, a slow spell falls on all sizes and figures alike.
 */
async function measureRepeatedFigures(workspaces, options, unavailable) {
    const selected = Object.keys(RUNNERS).filter(figure => options.figures.includes(figure) && !unavailable[figure]);
    const runsOf = (size, figure) => options.runs ?? defaultRuns(size, figure);
    const bySize = Object.fromEntries(workspaces.map(({ size }) => [size, {
        raw: Object.fromEntries(selected.map(figure => [figure, []])), errors: {}, loads: [loadAverage()]
    }]));
    const rounds = Math.max(...workspaces.flatMap(({ size }) => selected.map(figure => runsOf(size, figure))));
    for (let round = 0; round < rounds; round++) {
        for (const { size, workspace } of workspaces) {
            const { raw, errors, loads } = bySize[size];
            for (const figure of selected) {
                if (round >= runsOf(size, figure) || errors[figure]) continue;
                log(`${size} run ${round + 1}/${runsOf(size, figure)}: ${figure}…`);
                try {
                    const run = await RUNNERS[figure]({ folder: workspace.folder, size });
                    run.loadAverage = loadAverage();
                    loads.push(run.loadAverage);
                    raw[figure].push(run);
                    log(`${size} run ${round + 1}: ${describeRun(figure, run)}`);
                } catch (error) {
                    errors[figure] = error instanceof Error ? error.message : String(error);
                    log(`${size}: ${figure} could not be measured: ${errors[figure].split('\n')[0]}`);
                }
            }
        }
    }
    return { selected, bySize };
}

/** One size's instrumented load and profiles, and its figures summarized. */
async function finishSize(size, workspace, options, unavailable, { selected, bySize }) {
    const { raw, errors, loads } = bySize[size];
    let phases;
    if (options.figures.includes('phases')) {
        log(`${size}: instrumented validation (phases)…`);
        try {
            phases = await runValidatePhases({ folder: workspace.folder });
        } catch (error) {
            errors.phases = error instanceof Error ? error.message : String(error);
        }
    }

    let profiles;
    if (options.profile) {
        profiles = {};
        for (const figure of selected) {
            const cpuProfileDir = path.join(PROFILES_DIR, size, figure);
            rmSync(cpuProfileDir, { recursive: true, force: true });
            log(`${size}: CPU-profiled ${figure} run…`);
            try {
                const run = await RUNNERS[figure]({ folder: workspace.folder, size, cpuProfileDir });
                // Each profile says which figure's code it shows and when, so that a later run
                // of some figures keeps it only while that figure's code was not measured again.
                const summary = windows => ({ ...summarizeProfileDir(cpuProfileDir, windows), figure, measuredAt: new Date().toISOString() });
                if (figure === 'lsp') {
                    // One session, three questions: the initial build, the edits, the completions.
                    profiles['language server, initial build'] = summary(run.windows.initial);
                    profiles['language server, local edits up to their diagnostics'] = summary(run.windows.edits);
                    profiles['language server, completions'] = summary(run.windows.completions);
                } else {
                    profiles[figure] = summary();
                }
            } catch (error) {
                errors[`${figure} profile`] = error instanceof Error ? error.message : String(error);
            }
        }
    }

    const figures = summarizeFigures(raw);
    const describedRuns = selected.map(figure => `${figure} ${raw[figure].length}`).join(', ');
    return {
        size,
        measuredAt: new Date().toISOString(),
        machine: describeMachine(),
        seed: workspace.seed,
        workspace: workspace.counts,
        runsDescription: describedRuns,
        loads,
        figures,
        errors,
        skipped: unavailable,
        phases,
        profiles,
        raw
    };
}

/**
 * The largest profile in the folder (the measured program, not a helper it started),
 * summarized, optionally over some time windows of it only.
 */
function summarizeProfileDir(folder, windows) {
    const files = readdirSync(folder).filter(name => name.endsWith('.cpuprofile'))
        .map(name => path.join(folder, name)).sort((a, b) => statSync(b).size - statSync(a).size);
    if (files.length === 0) throw new Error(`no CPU profile was written to ${folder}`);
    const { totalMs, functions } = summarizeProfile(JSON.parse(readFileSync(files[0], 'utf8')), { windows });
    const shown = functions.filter(entry => !['(root)', '(program)', '(idle)'].includes(entry.name));
    const strip = ({ name, location, selfMs, totalMs: inclusive }) => ({ name, location, selfMs, totalMs: inclusive });
    return {
        file: path.relative(root, files[0]),
        totalMs,
        topSelf: [...shown].sort((a, b) => b.selfMs - a.selfMs).slice(0, 15).map(strip),
        topSvcdef: shown.filter(entry => entry.location.startsWith('src/')).sort((a, b) => b.totalMs - a.totalMs).slice(0, 15).map(strip)
    };
}

/** The budgets, each against the figures of the size it names, on the cores of the machine that measured the catalog. */
function budgetsOf(results) {
    const summaries = Object.fromEntries(Object.entries(results).map(([size, result]) => [size, { figures: result.figures, workspace: result.workspace }]));
    return evaluateBudgets(summaries, { cores: results['10k']?.machine?.cores ?? describeMachine().cores });
}

/** Writes BENCHMARKS.md for these results and returns the budgets it reports. */
function writeReport(results) {
    const budgets = budgetsOf(results);
    writeFileSync(REPORT, renderReport({ results, budgets, notes: readNotes() }));
    return budgets;
}

async function main(args) {
    const options = parseOptions(args);
    if (options.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (options.reportOnly) {
        const results = loadStoredResults(RESULTS_DIR);
        if (Object.keys(results).length === 0) {
            process.stderr.write('bench: nothing stored in benchmarks/results/ to report; run npm run bench first.\n');
            return 1;
        }
        writeReport(results);
        log('wrote BENCHMARKS.md from the figures stored in benchmarks/results/');
        return 0;
    }
    log(`sizes ${options.sizes.join(', ')}; figures ${options.figures.join(', ')}${options.runs ? `; ${options.runs} run(s) each` : ''}${options.quick ? ' (quick)' : ''}`);
    errorsSeed = options.seed;
    log('building svcdef and the benchmark programs…');
    await bundlePrograms();

    const unavailable = {};
    if (options.figures.includes('catalog')) {
        const reason = await catalogUnavailable();
        if (reason) {
            unavailable.catalog = reason;
            log(`catalog figure skipped: ${reason}`);
        }
    }

    const workspaces = options.sizes.map(size => ({
        size, workspace: ensureWorkspace(size, { seed: options.seed, log: message => log(`${size}: ${message}`) })
    }));
    const command = `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
    const repeated = await measureRepeatedFigures(workspaces, options, unavailable);
    const measured = {};
    for (const { size, workspace } of workspaces) {
        measured[size] = { ...await finishSize(size, workspace, options, unavailable, repeated), command };
        if (!options.quick) {
            measured[size] = keepUnmeasuredFigures(measured[size], loadStoredResults(RESULTS_DIR)[size], options);
            mkdirSync(RESULTS_DIR, { recursive: true });
            writeFileSync(path.join(RESULTS_DIR, `${size}.json`), JSON.stringify(measured[size], null, 2) + '\n');
        }
    }

    // Only now, with every figure measured (see figures/catalog.mjs for why).
    removeCatalogOutputs();

    const results = options.quick ? measured : { ...loadStoredResults(RESULTS_DIR), ...measured };
    let budgets;
    if (options.quick) {
        const quickFile = path.join(root, '.bench', 'quick-results.json');
        budgets = budgetsOf(results);
        writeFileSync(quickFile, JSON.stringify({ results, budgets }, null, 2) + '\n');
        process.stdout.write(renderReport({ results, budgets, notes: readNotes() }));
        log(`quick run: nothing written to BENCHMARKS.md; raw figures in ${path.relative(root, quickFile)}`);
    } else {
        budgets = writeReport(results);
        log(`wrote BENCHMARKS.md and benchmarks/results/{${Object.keys(measured).join(',')}}.json`);
    }
    const failed = budgets.filter(budget => budget.status === 'fail');
    log(failed.length > 0 ? `budgets failed: ${failed.map(budget => budget.name).join('; ')}` : 'no budget failed among those measured');
    const broken = Object.values(measured).flatMap(result => Object.keys(result.errors));
    return broken.length > 0 ? 1 : 0;
}

try {
    process.exitCode = await main(process.argv.slice(2));
} catch (error) {
    if (error instanceof OptionError) {
        process.stderr.write(`bench: ${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
    } else {
        process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
    }
}
