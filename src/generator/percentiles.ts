/**
 * Percentile qualifiers as written in targets (`at p95`, `at p99`, `at p999`). The digits
 * after `p` are the fraction's decimal digits, the usual reading in monitoring tools:
 * p95 is 0.95, p999 is 0.999. `p100` and anything unreadable have no fraction below 1.
 */

export function percentileFraction(percentile: string | undefined): number | undefined {
    const digits = percentile !== undefined ? /^p([0-9]+)$/i.exec(percentile)?.[1] : undefined;
    if (!digits || /^0+$/.test(digits)) {
        return undefined;
    }
    const fraction = Number(`0.${digits}`);
    return fraction > 0 && fraction < 1 ? fraction : undefined;
}

/** `95th percentile`, `99.9th percentile`, `1st percentile`. */
export function percentileLabel(percentile: string): string {
    // A catalog writes the same few percentiles on thousands of pages.
    let label = labels.get(percentile);
    if (label === undefined) {
        if (labels.size >= MAX_LABELS) {
            labels.clear();
        }
        label = labelOf(percentile);
        labels.set(percentile, label);
    }
    return label;
}

const labels = new Map<string, string>();
const MAX_LABELS = 1000;

function labelOf(percentile: string): string {
    const fraction = percentileFraction(percentile);
    if (fraction === undefined) {
        return percentile;
    }
    const percent = Number((fraction * 100).toFixed(6)).toString();
    return `${percent}${ordinalSuffix(percent)} percentile`;
}

function ordinalSuffix(number: string): string {
    if (number.includes('.')) {
        return 'th';
    }
    const value = Number(number);
    if (value % 100 >= 11 && value % 100 <= 13) {
        return 'th';
    }
    return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}
