/** Summaries of repeated measurements. */

/** The value below which `p` percent of the samples fall (linear interpolation between ranks). */
export function percentile(samples, p) {
    if (samples.length === 0) return undefined;
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function median(samples) {
    return percentile(samples, 50);
}

/**
 * Median with the spread of the runs: minimum, maximum, and the range as a share of
 * the median, which says how far one run can be trusted.
 */
export function summarize(samples) {
    const values = samples.filter(value => typeof value === 'number' && Number.isFinite(value));
    if (values.length === 0) return undefined;
    const mid = median(values);
    const min = Math.min(...values);
    const max = Math.max(...values);
    return { median: mid, min, max, spread: mid > 0 ? (max - min) / mid : 0, runs: values.length, samples: values };
}
