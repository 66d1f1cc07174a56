/**
 * benchmarks/results/<size>.json: the summarized and raw figures of the latest run of each
 * size, and how a run of only some figures is merged into them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SIZES } from './generate-workspace.mjs';
import { FIGURES } from './options.mjs';

/** Figures measured by repeated runs that a partial run can leave out: every one but the lower bound. */
const KEEPABLE = FIGURES.filter(figure => figure !== 'parse' && figure !== 'phases');

/**
 * A run of some figures (`--figures validate`) keeps the stored figures it did not
 * measure, each marked with when it was measured, so one slow figure can be re-measured
 * without losing the others. Figures of another workspace (seed) are not kept.
 */
export function keepUnmeasuredFigures(current, previous, options) {
    if (!previous || previous.seed !== current.seed) return current;
    const merged = { ...current, figures: { ...current.figures }, raw: { ...current.raw }, errors: { ...current.errors }, earlier: {} };
    for (const figure of KEEPABLE) {
        if (options.figures.includes(figure) || !(previous.raw?.[figure]?.length || previous.errors?.[figure])) continue;
        if (previous.figures?.[figure]) merged.figures[figure] = previous.figures[figure];
        if (previous.raw?.[figure]) merged.raw[figure] = previous.raw[figure];
        if (previous.errors?.[figure]) merged.errors[figure] = previous.errors[figure];
        merged.earlier[figure] = previous.earlier?.[figure] ?? previous.measuredAt;
    }
    if (!options.figures.includes('phases') && previous.phases) {
        merged.phases = previous.phases;
        merged.earlier.phases = previous.earlier?.phases ?? previous.measuredAt;
    }
    // A stored profile stays only if it is dated and its figure was not measured again: a
    // profile of older code beside newer figures would point at costs that may be gone.
    const keptProfiles = Object.entries(previous.profiles ?? {})
        .filter(([, profile]) => profile.measuredAt !== undefined && !options.figures.includes(profile.figure));
    if (keptProfiles.length > 0) {
        merged.profiles = { ...Object.fromEntries(keptProfiles), ...current.profiles };
    }
    const kept = Object.keys(merged.earlier).filter(figure => figure !== 'phases');
    if (kept.length > 0) {
        merged.runsDescription = `${current.runsDescription}; kept from earlier runs: ${kept.map(figure => `${figure} ${merged.raw[figure]?.length ?? 0}`).join(', ')}`;
    }
    merged.loads = [...(current.loads ?? []), ...Object.keys(merged.earlier).flatMap(figure => (previous.raw?.[figure] ?? []).map(run => run.loadAverage).filter(load => load !== undefined))];
    return merged;
}

/** The stored results of each size in `folder`, by size. */
export function loadStoredResults(folder) {
    const results = {};
    for (const size of Object.keys(SIZES)) {
        const file = path.join(folder, `${size}.json`);
        if (existsSync(file)) results[size] = JSON.parse(readFileSync(file, 'utf8'));
    }
    return results;
}
