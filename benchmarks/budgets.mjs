/**
 * The performance budgets for this 2-core machine, each evaluated against the median of
 * the runs. A budget whose figure was not measured is reported as such, never as passed.
 */
const GB = 1e9;

/**
 * `results` maps a size to its summarized figures (see run.mjs); `cores` is how many the
 * machine has, for what a figure's CPU time implies about its wall time.
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
    add('10k: generate catalog < 5 s', median('10k', 'catalog', 'wallMs'), 5000, 'ms', catalogBounds({
        validateMs: v10, writeMs: median('10k', 'catalog', 'floorMs'), cpuMs: median('10k', 'catalog', 'cpuMs'), cores, limitMs: 5000
    }));
    for (const budget of budgets) {
        // A strict "<" budget fails at exactly the limit.
        if (budget.name.includes('<') && budget.measured === budget.limit) budget.status = 'fail';
    }
    return budgets;
}

/**
 * What the catalog cannot go under on this machine, from two sides. The floor: it must load
 * and check the workspace (the validate figure) before it has anything to write, and then
 * create the same files as the plain write loop does. The CPU bound: the work it did, spread
 * perfectly over every core, would still take its CPU time divided by the cores.
 */
function catalogBounds({ validateMs, writeMs, cpuMs, cores, limitMs }) {
    const seconds = ms => `${(ms / 1000).toFixed(2)} s`;
    const bounds = [];
    let highest = 0;
    if (validateMs !== undefined && writeMs !== undefined) {
        bounds.push(`floor: validate ${seconds(validateMs)} + writing the same files in a plain loop ${seconds(writeMs)} = ${seconds(validateMs + writeMs)}`);
        highest = Math.max(highest, validateMs + writeMs);
    }
    if (cpuMs !== undefined && cores) {
        bounds.push(`CPU time ${seconds(cpuMs)} over ${cores} core${cores === 1 ? '' : 's'}: at least ${seconds(cpuMs / cores)}`);
        highest = Math.max(highest, cpuMs / cores);
    }
    if (highest >= limitMs) {
        // Said outright, so that a failure here is read as the machine's limit, not a regression.
        bounds.push(`a bound is at or above the budget, so no generator writing these files can meet it on this machine`);
    }
    return bounds.length > 0 ? bounds.join('; ') : undefined;
}
