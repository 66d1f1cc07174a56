/**
 * Turns the raw runs of each figure into the summaries the report and the budgets use:
 * for every measured quantity, the median over the runs with its spread.
 */
import { median, summarize } from './statistics.mjs';

const pick = (runs, field) => summarize(runs.map(run => run[field]));

/** What every process-timed figure measures: wall time, CPU time and peak memory. */
const timed = runs => ({ wallMs: pick(runs, 'wallMs'), cpuMs: pick(runs, 'cpuMs'), peakRssBytes: pick(runs, 'peakRssBytes') });

/** The last run's counts, which are the same in every run. */
const countsOf = (runs, fields) => Object.fromEntries(fields.map(field => [field, runs[runs.length - 1][field]]));

export function summarizeFigures(raw) {
    const figures = {};
    if (raw.parse?.length) {
        figures.parse = { ...timed(raw.parse), parseMs: pick(raw.parse, 'parseMs') };
    }
    if (raw.kept?.length) {
        figures.kept = { ...timed(raw.kept), parseMs: pick(raw.kept, 'parseMs') };
    }
    if (raw.validate?.length) {
        figures.validate = { ...timed(raw.validate), ...countsOf(raw.validate, ['diagnostics', 'diagnosticsByCode']) };
    }
    if (raw.errors?.length) {
        figures.errors = { ...timed(raw.errors), ...countsOf(raw.errors, ['diagnostics', 'diagnosticsByCode']) };
    }
    if (raw.diff?.length) {
        figures.diff = { ...timed(raw.diff), ...countsOf(raw.diff, ['changes', 'weaker', 'stronger', 'neutral']) };
    }
    if (raw.lsp?.length) {
        const perRun = raw.lsp.map(run => ({
            ...run,
            renameOwnMs: median(run.renameEdits.map(edit => edit.latencyMs)),
            renameAllFilesMs: median(run.renameEdits.map(edit => edit.allFilesMs))
        }));
        figures.lsp = {
            initialMs: pick(perRun, 'initialMs'),
            localEditP50Ms: pick(perRun, 'localEditP50Ms'),
            localEditP95Ms: pick(perRun, 'localEditP95Ms'),
            editP50Ms: pick(perRun, 'editP50Ms'),
            editP95Ms: pick(perRun, 'editP95Ms'),
            renameOwnMs: pick(perRun, 'renameOwnMs'),
            renameAllFilesMs: pick(perRun, 'renameAllFilesMs'),
            completionP50Ms: pick(perRun, 'completionP50Ms'),
            completionP95Ms: pick(perRun, 'completionP95Ms'),
            peakRssBytes: pick(perRun, 'peakRssBytes'),
            cpuMs: pick(perRun, 'cpuMs'),
            initialDiagnostics: perRun[perRun.length - 1].initialDiagnostics,
            localEditsByFile: localEditsByFile(raw.lsp),
            completionsByKind: completionsByKind(raw.lsp)
        };
    }
    if (raw.catalog?.length) {
        // Runs with a CPU profile measure neither the disk's share nor the phases.
        const measured = field => {
            const runs = raw.catalog.filter(run => run[field] !== undefined);
            return runs.length > 0 ? pick(runs, field) : undefined;
        };
        figures.catalog = {
            ...timed(raw.catalog),
            floorMs: measured('floorMs'),
            viewWallMs: pick(raw.catalog, 'viewWallMs'),
            viewCpuMs: pick(raw.catalog, 'viewCpuMs'),
            viewPeakRssBytes: pick(raw.catalog, 'viewPeakRssBytes'),
            viewFloorMs: measured('viewFloorMs'),
            modelMs: measured('modelMs'),
            renderMs: measured('renderMs'),
            viewRenderMs: measured('viewRenderMs'),
            ...countsOf(raw.catalog, ['filesWritten', 'bytesWritten', 'output'])
        };
    }
    return figures;
}

/** Median latency of local edits per edited file, over every run: which kinds of file are slow to edit. */
function localEditsByFile(runs) {
    const byFile = new Map();
    for (const run of runs) {
        for (const edit of run.edits.filter(entry => entry.kind === 'local')) {
            byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit.latencyMs]);
        }
    }
    return [...byFile].map(([file, latencies]) => ({ file, edits: latencies.length, medianMs: median(latencies), maxMs: Math.max(...latencies) }));
}

function completionsByKind(runs) {
    const byKind = new Map();
    for (const run of runs) {
        for (const completion of run.completions) {
            const key = `${completion.what}${completion.prefix > 0 ? ', 2 letters typed' : ', nothing typed'}`;
            const entry = byKind.get(key) ?? { kind: key, latencies: [], items: completion.items };
            entry.latencies.push(completion.latencyMs);
            byKind.set(key, entry);
        }
    }
    return [...byKind.values()].map(entry => ({ kind: entry.kind, requests: entry.latencies.length, medianMs: median(entry.latencies), maxMs: Math.max(...entry.latencies), items: entry.items }));
}
