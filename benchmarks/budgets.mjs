/**
 * The performance budgets for this 2-core machine, each evaluated against the median of
 * the runs. A budget whose figure was not measured is reported as such, never as passed.
 */
import { mostFilesPerService } from './catalog-output.mjs';

const GB = 1e9;

/**
 * `results` maps a size to its summarized figures and its workspace's counts (see run.mjs);
 * `cores` is how many the machine has, for what a figure's CPU time implies about its wall time.
 */
export function evaluateBudgets(results, { cores } = {}) {
    const median = (size, figure, field) => results[size]?.figures?.[figure]?.[field]?.median;
    const budgets = [];
    const add = (name, measured, limit, unit, detail) => {
        budgets.push({
            name, limit, unit, measured,
            status: measured === undefined ? 'not measured' : measured <= limit ? 'pass' : 'fail',
            detail
        });
    };

    for (const size of ['1k', '10k', '50k']) {
        const validate = median(size, 'validate', 'wallMs');
        const parse = median(size, 'parse', 'wallMs');
        const validateCpu = median(size, 'validate', 'cpuMs');
        const parseCpu = median(size, 'parse', 'cpuMs');
        const kept = median(size, 'kept', 'wallMs');
        const details = ['wall time over wall time'];
        if (validateCpu !== undefined && parseCpu) details.push(`in CPU time ${(validateCpu / parseCpu).toFixed(2)}×`);
        if (kept !== undefined && parse) details.push(`parse-only keeping every tree is ${(kept / parse).toFixed(2)}× of it`);
        add(`validate ≤ 2.5 × parse-only (${size})`, validate !== undefined && parse ? validate / parse : undefined, 2.5, '×', details.join('; '));
    }
    const v10 = median('10k', 'validate', 'wallMs');
    const e10 = median('10k', 'errors', 'wallMs');
    // Misspellings and duplicates once took minutes (each compared with every name); a
    // workspace full of them must cost about what a clean one does.
    add('validate with errors ≤ 3 × validate (10k)', e10 !== undefined && v10 ? e10 / v10 : undefined, 3, '×',
        'a misspelt reference per service and one name declared once per service, against the same workspace without them');
    const d10 = median('10k', 'diff', 'wallMs');
    const dc10 = median('10k', 'diff', 'cpuMs');
    const vc10 = median('10k', 'validate', 'cpuMs');
    // Two workspaces loaded and checked, then compared: the comparison itself must stay small.
    add('diff ≤ 2.5 × validate (10k)', d10 !== undefined && v10 ? d10 / v10 : undefined, 2.5, '×',
        ['the workspace against a copy with 100 scattered changes, wall time over wall time',
            ...(dc10 !== undefined && vc10 ? [`in CPU time ${(dc10 / vc10).toFixed(2)}×`] : [])].join('; '));
    const v50 = median('50k', 'validate', 'wallMs');
    const c10 = median('10k', 'validate', 'cpuMs');
    const c50 = median('50k', 'validate', 'cpuMs');
    add('validate 50k ≤ 5.5 × validate 10k', v10 && v50 !== undefined ? v50 / v10 : undefined, 5.5, '×',
        c10 && c50 !== undefined ? `in CPU time ${(c50 / c10).toFixed(2)}×` : undefined);
    add('validate 10k < 4 s', v10, 4000, 'ms');
    add('validate 50k < 20 s', v50, 20_000, 'ms');
    add('validate 50k peak RSS < 1.5 GB', median('50k', 'validate', 'peakRssBytes'), 1.5 * GB, 'bytes');
    add('10k: local edit → diagnostics p95 < 150 ms', median('10k', 'lsp', 'localEditP95Ms'), 150, 'ms',
        'edits that change only an element\'s title; median over the runs of each run\'s p95');
    add('10k: completion p95 < 50 ms', median('10k', 'lsp', 'completionP95Ms'), 50, 'ms');
    // The catalog is held to the validate time of the same run: it loads and checks the same
    // workspace first, so what it may add is relative to that, on whatever machine measures it.
    const catalog = results['10k']?.figures?.catalog;
    const catalogMs = median('10k', 'catalog', 'wallMs');
    add('10k: catalog, all views and formats ≤ 2.5 × validate', catalogMs !== undefined && v10 ? catalogMs / v10 : undefined, 2.5, '×', catalogBounds({
        validateMs: v10, validateCpuMs: vc10, wallMs: catalogMs, cpuMs: median('10k', 'catalog', 'cpuMs'),
        writeMs: median('10k', 'catalog', 'floorMs'), modelMs: median('10k', 'catalog', 'modelMs'),
        renderMs: median('10k', 'catalog', 'renderMs'), cores, limit: 2.5
    }));
    const viewMs = median('10k', 'catalog', 'viewWallMs');
    add('10k: catalog, support view, HTML only ≤ 1.6 × validate', viewMs !== undefined && v10 ? viewMs / v10 : undefined, 1.6, '×', catalogBounds({
        validateMs: v10, validateCpuMs: vc10, wallMs: viewMs, cpuMs: median('10k', 'catalog', 'viewCpuMs'),
        writeMs: median('10k', 'catalog', 'viewFloorMs'), modelMs: median('10k', 'catalog', 'modelMs'),
        renderMs: median('10k', 'catalog', 'viewRenderMs'), cores, limit: 1.6
    }));
    const output = catalog?.output;
    add('10k: average HTML page ≤ 12 kB', output?.htmlPages ? output.htmlBytes / output.htmlPages : undefined, 12_000, 'kB',
        output ? `${output.htmlPages} pages, ${(output.htmlBytes / 1e6).toFixed(0)} MB of HTML; ${output.files} files, ${(output.bytes / 1e6).toFixed(0)} MB in all views and formats` : undefined);
    const services = results['10k']?.workspace?.services;
    const worst = mostFilesPerService(output, services);
    add('10k: files per service per view ≤ 2, besides shared assets and the search index', worst?.perService, 2, 'files',
        worst ? [
            Object.entries(output.views).map(([view, counts]) => `${view} ${(counts.files / services).toFixed(2)}`).join(', '),
            `shared: ${Object.entries(output.views).map(([view, counts]) => `${view} ${counts.sharedFiles} files, ${(counts.sharedBytes / 1e6).toFixed(1)} MB`).join('; ')}`
        ].join('; ') : undefined);
    for (const budget of budgets) {
        // A strict "<" budget fails at exactly the limit.
        if (budget.name.includes('<') && budget.measured === budget.limit) budget.status = 'fail';
    }
    return budgets;
}

/**
 * What the catalog cannot go under on this machine, as multiples of validate. The floor: it
 * must load and check the workspace (the validate figure) before it has anything to write,
 * and then create the same files as the plain write loop does. The CPU bound: the work it
 * did, spread perfectly over every core, would still take its CPU time divided by the cores.
 * With the phases measured (programs/catalog-phases.mjs), also what the budget leaves for
 * building the model and rendering, against what they take: the part the generator's own
 * code decides.
 */
function catalogBounds({ validateMs, validateCpuMs, wallMs, cpuMs, writeMs, modelMs, renderMs, cores, limit }) {
    if (!validateMs) return undefined;
    const times = ms => `${(ms / validateMs).toFixed(2)}× validate`;
    const bounds = [];
    let highest = 0;
    if (cpuMs !== undefined && validateCpuMs) {
        bounds.push(`in CPU time ${(cpuMs / validateCpuMs).toFixed(2)}×`);
    }
    if (wallMs !== undefined) {
        bounds.push(`${(wallMs / 1000).toFixed(2)} s against validate ${(validateMs / 1000).toFixed(2)} s`);
    }
    if (writeMs !== undefined) {
        bounds.push(`floor: validate + writing the same files in a plain loop ${(writeMs / 1000).toFixed(2)} s = ${times(validateMs + writeMs)}`);
        highest = Math.max(highest, (validateMs + writeMs) / validateMs);
    }
    if (writeMs !== undefined && modelMs !== undefined && renderMs !== undefined) {
        const left = limit * validateMs - validateMs - writeMs;
        const taken = modelMs + renderMs;
        const seconds = ms => `${(ms / 1000).toFixed(2)} s`;
        bounds.push(`the budget leaves building the model and rendering ${left > 0 ? seconds(left) : 'no time'} after validate and writing; `
            + `they take ${seconds(taken)} (model ${seconds(modelMs)}, rendering ${seconds(renderMs)})${left > 0 ? `, ${(taken / left).toFixed(1)}× that` : ''}`);
        if (validateMs + writeMs + modelMs >= limit * validateMs) {
            bounds.push('validate, the model and writing alone are at or above the budget, with no rendering at all');
        }
    }
    if (cpuMs !== undefined && cores) {
        bounds.push(`CPU time ${(cpuMs / 1000).toFixed(2)} s over ${cores} core${cores === 1 ? '' : 's'}: at least ${times(cpuMs / cores)}`);
        highest = Math.max(highest, cpuMs / cores / validateMs);
    }
    if (highest >= limit) {
        // Said outright, so that a failure here is read as the work done, not the machine.
        bounds.push('a bound is at or above the budget: the generator does too much work to meet it, whatever it overlaps');
    }
    return bounds.length > 0 ? bounds.join('; ') : undefined;
}
