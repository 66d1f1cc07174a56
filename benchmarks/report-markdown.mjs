/**
 * BENCHMARKS.md: the machine, the workspaces, every figure at every size with its spread
 * and its ratio to the parse-only lower bound, the budgets with pass/fail, and where the
 * time of `svcdef validate` goes. Written from the stored results of each size, so a run
 * of one size keeps the others' figures.
 */
const SIZE_ORDER = ['1k', '10k', '50k'];

function formatMs(ms) {
    if (ms === undefined) return '—';
    if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
    if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
    return `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}

function formatBytes(bytes) {
    if (bytes === undefined) return '—';
    return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`;
}

function formatValue(value, unit) {
    if (value === undefined) return '—';
    if (unit === 'ms') return formatMs(value);
    if (unit === 'bytes') return formatBytes(value);
    if (unit === '×') return `${value.toFixed(2)}×`;
    if (unit === 'kB') return `${(value / 1000).toFixed(1)} kB`;
    if (unit === 'files') return value.toFixed(2);
    return String(value);
}

function spreadOf(summary, unit) {
    if (!summary || summary.runs < 2) return summary ? 'one run' : '—';
    return `${formatValue(summary.min, unit)} – ${formatValue(summary.max, unit)} (±${(50 * summary.spread).toFixed(0)}%)`;
}

/**
 * Rows of the figures table: label, figure, field, unit, and the ratio to parse-only to
 * show: true for wall time over wall time, 'cpu' for CPU time over CPU time, false for none.
 */
const ROWS = [
    ['parse-only, process wall time (lower bound)', 'parse', 'wallMs', 'ms', true],
    ['parse-only, CPU time (lower bound on a busy machine)', 'parse', 'cpuMs', 'ms', 'cpu'],
    ['parse-only, parsing alone (in process)', 'parse', 'parseMs', 'ms', true],
    ['parse-only keeping every tree, process wall time (what holding the workspace costs)', 'kept', 'wallMs', 'ms', true],
    ['parse-only keeping every tree, parsing alone (in process)', 'kept', 'parseMs', 'ms', true],
    ['parse-only keeping every tree, peak RSS', 'kept', 'peakRssBytes', 'bytes', false],
    ['`svcdef validate`, wall time', 'validate', 'wallMs', 'ms', true],
    ['`svcdef validate`, CPU time', 'validate', 'cpuMs', 'ms', 'cpu'],
    ['`svcdef validate`, peak RSS', 'validate', 'peakRssBytes', 'bytes', false],
    ['`svcdef validate` with a misspelling per service and one name declared per service, wall time', 'errors', 'wallMs', 'ms', true],
    ['`svcdef diff` against a copy with 100 scattered changes, wall time', 'diff', 'wallMs', 'ms', true],
    ['`svcdef diff`, CPU time', 'diff', 'cpuMs', 'ms', 'cpu'],
    ['`svcdef diff`, peak RSS', 'diff', 'peakRssBytes', 'bytes', false],
    ['language server: `initialized` → diagnostics of every file', 'lsp', 'initialMs', 'ms', true],
    ['language server: local edit → diagnostics, p50', 'lsp', 'localEditP50Ms', 'ms', false],
    ['language server: local edit → diagnostics, p95', 'lsp', 'localEditP95Ms', 'ms', false],
    ['language server: all 50 edits, p95', 'lsp', 'editP95Ms', 'ms', false],
    ['language server: rename → own diagnostics (median)', 'lsp', 'renameOwnMs', 'ms', false],
    ['language server: rename → every mentioning file (median)', 'lsp', 'renameAllFilesMs', 'ms', false],
    ['language server: completion p50', 'lsp', 'completionP50Ms', 'ms', false],
    ['language server: completion p95', 'lsp', 'completionP95Ms', 'ms', false],
    ['language server: peak RSS', 'lsp', 'peakRssBytes', 'bytes', false],
    ['language server: CPU time of the whole session', 'lsp', 'cpuMs', 'ms', false],
    ['`svcdef generate catalog` (all views, all formats), wall time', 'catalog', 'wallMs', 'ms', true],
    ['`svcdef generate catalog`, CPU time', 'catalog', 'cpuMs', 'ms', 'cpu'],
    ['`svcdef generate catalog`, peak RSS', 'catalog', 'peakRssBytes', 'bytes', false],
    ['the catalog\'s files written again by a plain loop (the disk\'s share)', 'catalog', 'floorMs', 'ms', false],
    ['`svcdef generate catalog --view support --format html`, wall time', 'catalog', 'viewWallMs', 'ms', true],
    ['`svcdef generate catalog --view support --format html`, CPU time', 'catalog', 'viewCpuMs', 'ms', 'cpu'],
    ['`svcdef generate catalog --view support --format html`, peak RSS', 'catalog', 'viewPeakRssBytes', 'bytes', false],
    ['the support view\'s files written again by a plain loop (the disk\'s share)', 'catalog', 'viewFloorMs', 'ms', false],
    ['catalog phases: building the model (in process)', 'catalog', 'modelMs', 'ms', false],
    ['catalog phases: rendering every view and format, encoded, not written (in process)', 'catalog', 'renderMs', 'ms', false],
    ['catalog phases: rendering the support view\'s HTML, encoded, not written (in process)', 'catalog', 'viewRenderMs', 'ms', false]
];

function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map((_, index) => index === 0 ? '---' : '---:').join('|')}|`,
        ...rows.map(row => `| ${row.join(' | ')} |`)
    ].join('\n');
}

/**
 * `notes` is the text of benchmarks/one-off-measurements.md: comparisons measured once, by
 * hand, to decide a question (such as whether a writer thread pays), which the harness
 * does not repeat; the report carries them as written.
 */
export function renderReport({ results, budgets, notes }) {
    const sizes = SIZE_ORDER.filter(size => results[size]);
    const out = [];
    out.push('# svcdef benchmarks', '');
    out.push('Written by `npm run bench` (benchmarks/run.mjs); do not edit by hand. Raw figures of every run are in',
        '`benchmarks/results/<size>.json`. Each figure is measured in a process of its own, several times; the',
        'tables give the median, the range of the runs, and the ratio to the parse-only lower bound of the same size.', '');

    out.push('## Machine', '');
    const machines = new Map();
    for (const size of sizes) {
        const { machine } = results[size];
        const key = `${machine.cpu}|${machine.cores}|${machine.memoryBytes}|${machine.node}`;
        machines.set(key, { machine, sizes: [...(machines.get(key)?.sizes ?? []), size] });
    }
    for (const { machine, sizes: measured } of machines.values()) {
        out.push(`- CPU: ${machine.cpu}, ${machine.cores} cores`, `- Memory: ${formatBytes(machine.memoryBytes)}`,
            `- Node.js ${machine.node}, ${machine.platform}`, `- Sizes measured here: ${measured.join(', ')}`, '');
    }
    out.push(table(['Size', 'Measured', 'Runs', 'Load average during runs'], sizes.map(size => {
        const result = results[size];
        const loads = result.loads ?? [];
        return [size, result.measuredAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'), result.runsDescription ?? '—',
            loads.length ? `${Math.min(...loads).toFixed(2)} – ${Math.max(...loads).toFixed(2)}` : '—'];
    })), '');
    const busy = sizes.filter(size => (results[size].loads ?? []).some(load => load > results[size].machine.cores));
    if (busy.length > 0) {
        out.push(`> The load average exceeded the core count during the ${busy.join(', ')} runs: other work shared the CPU,`,
            '> so those absolute times are pessimistic; ratios measured in the same period are less affected.', '');
    }

    out.push('## Workspaces', '');
    out.push('Generated by `benchmarks/generate-workspace.mjs` with a fixed seed in the shape of `examples/acme`,',
        'about 40 elements per file, cached under `.bench/workspaces/`. The generator keeps them valid, so every',
        'check runs to the end; the diagnostics column shows what `svcdef validate` found.', '');
    const counts = ['services', 'slas', 'olas', 'ucs', 'patterns', 'forecasts', 'packages', 'parties', 'bindings', 'elements', 'files'];
    out.push(table(['Size', ...counts, 'MB', 'diagnostics'], sizes.map(size => {
        const workspace = results[size].workspace;
        const validate = results[size].figures.validate;
        return [size, ...counts.map(key => String(workspace[key] ?? '—')), (workspace.bytes / 1e6).toFixed(1),
            validate ? String(validate.diagnostics) : '—'];
    })), '');

    out.push('## Figures', '');
    const rows = [];
    for (const [label, figure, field, unit, ratio] of ROWS) {
        for (const size of sizes) {
            const summary = results[size].figures[figure]?.[field];
            const error = results[size].errors?.[figure];
            if (!summary && !error) continue;
            // Wall times are divided by the parse-only wall time, CPU times by its CPU time.
            const lower = results[size].figures.parse?.[ratio === 'cpu' ? 'cpuMs' : 'wallMs']?.median;
            const ratioText = ratio && summary && lower ? `${(summary.median / lower).toFixed(2)}×` : '';
            const earlier = results[size].earlier?.[figure];
            const runs = `${summary ? summary.runs : 0}${earlier ? ` (${earlier.slice(0, 16).replace('T', ' ')})` : ''}`;
            rows.push([label, size, error && !summary ? `not measured: ${error.split('\n')[0].slice(0, 160)}` : formatValue(summary.median, unit), spreadOf(summary, unit), runs, ratioText]);
        }
    }
    out.push(table(['Figure', 'Size', 'Median', 'Spread (min – max)', 'Runs', '× parse-only'], rows), '');
    if (sizes.some(size => Object.keys(results[size].earlier ?? {}).length > 0)) {
        out.push('A date in the Runs column marks a figure kept from an earlier run (UTC) because the latest run of that size',
            'did not measure it; its ratio is to the latest parse-only figure.', '');
    }
    const skipped = sizes.flatMap(size => Object.entries(results[size].skipped ?? {}).map(([figure, reason]) => `${figure} at ${size}: ${reason}`));
    if (skipped.length > 0) out.push(`Not measured: ${skipped.join('; ')}.`, '');
    const diffs = sizes.filter(size => results[size].figures.diff);
    if (diffs.length > 0) {
        out.push('The *diff* figure compares the workspace with a copy of it (benchmarks/changed-copy.mjs) in which 100 elements',
            'changed: availability targets loosened and tightened, resolution times lengthened, credits and `supports` dropped,',
            'services retired, agreements moved to another file (no change) and one SLA renamed. It reported '
            + diffs.map(size => {
                const diff = results[size].figures.diff;
                return `${diff.changes} changes at ${size} (${diff.weaker} weaker, ${diff.stronger} stronger, ${diff.neutral} neutral)`;
            }).join(', ') + ', derived effects on SLAs included.', '');
    }
    out.push('A *local edit* appends to one element\'s title (nothing else can change); a *rename* renames a service',
        'that other files mention, then renames it back. Latency is from `didChange` to the `publishDiagnostics` of the',
        'edited file; the harness waits for the server to go idle between operations.', '');

    out.push('## Budgets', '');
    out.push(table(['Budget', 'Measured', 'Limit', 'Result', 'Note'], budgets.map(budget => [
        budget.name, formatValue(budget.measured, budget.unit), formatValue(budget.limit, budget.unit),
        budget.status === 'pass' ? 'pass' : budget.status === 'fail' ? '**FAIL**' : budget.status, budget.detail ?? ''
    ])), '');

    for (const size of sizes) {
        const lsp = results[size].figures.lsp;
        if (!lsp) continue;
        out.push(`## Language server at ${size}: local edits by file, completion by position`, '');
        out.push(table(['Edited file', 'Edits', 'Median', 'Max'], lsp.localEditsByFile.map(entry => [
            `\`${entry.file}\``, String(entry.edits), formatMs(entry.medianMs), formatMs(entry.maxMs)])), '');
        out.push(table(['Completion at', 'Requests', 'Items', 'Median', 'Max'], lsp.completionsByKind.map(entry => [
            entry.kind, String(entry.requests), String(entry.items), formatMs(entry.medianMs), formatMs(entry.maxMs)])), '');
    }

    for (const size of sizes) {
        const phases = results[size].phases;
        if (!phases) continue;
        const earlierPhases = results[size].earlier?.phases;
        out.push(`## Where validation's time goes at ${size}${earlierPhases ? ` (measured ${earlierPhases.slice(0, 16).replace('T', ' ')} UTC)` : ''}`, '');
        out.push('One instrumented load (benchmarks/programs/validate-phases.mjs) that does what `svcdef validate` does;',
            'the hooks add overhead, so the total runs above the plain figure.', '');
        out.push(table(['Phase', 'Time', 'Share', 'Heap after'], phases.phases.map(entry => [
            entry.phase, formatMs(entry.ms), `${(100 * entry.ms / phases.totalMs).toFixed(1)}%`, `${entry.heapUsedMb.toFixed(0)} MB`])), '');
        out.push(table(['Inside validation', 'Time', 'Calls'], phases.timings.slice(0, 14).map(entry => [
            entry.name, formatMs(entry.ms), String(entry.calls)])), '');
    }

    for (const size of sizes) {
        const profiles = results[size].profiles;
        if (!profiles) continue;
        for (const [figure, profile] of Object.entries(profiles)) {
            const when = profile.measuredAt ? ` (measured ${profile.measuredAt.slice(0, 16).replace('T', ' ')} UTC)` : '';
            out.push(`## CPU profile: ${figure} at ${size}${when}`, '', `\`${profile.file}\`, ${formatMs(profile.totalMs)} profiled.`, '');
            out.push(table(['Self time', 'Share', 'Function', 'Where'], profile.topSelf.map(entry => [
                formatMs(entry.selfMs), `${(100 * entry.selfMs / profile.totalMs).toFixed(1)}%`, `\`${entry.name}\``, `\`${entry.location}\``])), '');
            out.push(table(['Inclusive (svcdef sources)', 'Share', 'Function', 'Where'], profile.topSvcdef.map(entry => [
                formatMs(entry.totalMs), `${(100 * entry.totalMs / profile.totalMs).toFixed(1)}%`, `\`${entry.name}\``, `\`${entry.location}\``])), '');
        }
    }

    if (notes?.trim()) {
        out.push(notes.trim(), '');
    }

    // Sizes measured by different runs: each command that measured one is named.
    const commands = [...new Set(Object.values(results).map(result => result.command ?? 'npm run bench'))];
    out.push('## Running', '', '```', ...commands, '```', '',
        '`npm run bench -- --sizes 1k,10k --runs 5` chooses sizes and runs, `--figures validate,lsp` figures,',
        '`--profile` adds one CPU-profiled run per figure (profiles under `.bench/profiles/`, summarized here),',
        '`--quick` is a one-minute smoke run at 1k that prints the tables and writes nothing, and',
        '`--report-only` writes this file again from `benchmarks/results/` without measuring.', '');
    return out.join('\n');
}
