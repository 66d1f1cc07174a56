/**
 * Turns the raw runs of each figure into the summaries the report and the budgets use:
 * for every measured quantity, the median over the runs with its spread.
 */
import { median, summarize } from './statistics.mjs';

const pick = (runs, field) => summarize(runs.map(run => run[field]));

export function summarizeFigures(raw) {
    const figures = {};
    if (raw.parse?.length) {
        figures.parse = { wallMs: pick(raw.parse, 'wallMs'), cpuMs: pick(raw.parse, 'cpuMs'), parseMs: pick(raw.parse, 'parseMs'), peakRssBytes: pick(raw.parse, 'peakRssBytes') };
    }
    if (raw.kept?.length) {
        figures.kept = { wallMs: pick(raw.kept, 'wallMs'), cpuMs: pick(raw.kept, 'cpuMs'), parseMs: pick(raw.kept, 'parseMs'), peakRssBytes: pick(raw.kept, 'peakRssBytes') };
    }
    if (raw.validate?.length) {
        const last = raw.validate[raw.validate.length - 1];
        figures.validate = {
            wallMs: pick(raw.validate, 'wallMs'),
            cpuMs: pick(raw.validate, 'cpuMs'),
            peakRssBytes: pick(raw.validate, 'peakRssBytes'),
            diagnostics: last.diagnostics,
            diagnosticsByCode: last.diagnosticsByCode
        };
    }
    if (raw.errors?.length) {
        const last = raw.errors[raw.errors.length - 1];
        figures.errors = {
            wallMs: pick(raw.errors, 'wallMs'),
            cpuMs: pick(raw.errors, 'cpuMs'),
            peakRssBytes: pick(raw.errors, 'peakRssBytes'),
            diagnostics: last.diagnostics,
            diagnosticsByCode: last.diagnosticsByCode
        };
    }
    if (raw.diff?.length) {
        const last = raw.diff[raw.diff.length - 1];
        figures.diff = {
            wallMs: pick(raw.diff, 'wallMs'),
            cpuMs: pick(raw.diff, 'cpuMs'),
            peakRssBytes: pick(raw.diff, 'peakRssBytes'),
            changes: last.changes,
            weaker: last.weaker,
            stronger: last.stronger,
            neutral: last.neutral
        };
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
        const last = raw.catalog[raw.catalog.length - 1];
        const floors = raw.catalog.filter(run => run.floorMs !== undefined);
        figures.catalog = {
            wallMs: pick(raw.catalog, 'wallMs'),
            cpuMs: pick(raw.catalog, 'cpuMs'),
            peakRssBytes: pick(raw.catalog, 'peakRssBytes'),
            floorMs: floors.length > 0 ? pick(floors, 'floorMs') : undefined,
            filesWritten: last.filesWritten,
            bytesWritten: last.bytesWritten
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
