import type { Measure } from '../literals.js';
import { formatNumber } from '../literals.js';

const UNITS: readonly (readonly [milliseconds: number, singular: string, plural: string])[] = [
    [604_800_000, 'week', 'weeks'],
    [86_400_000, 'day', 'days'],
    [3_600_000, 'hour', 'hours'],
    [60_000, 'minute', 'minutes'],
    [1_000, 'second', 'seconds'],
    [1, 'millisecond', 'milliseconds']
];

function counted(amount: number, singular: string, plural: string): string {
    return `${formatNumber(amount)} ${amount === 1 ? singular : plural}`;
}

/**
 * A duration as people write it in an agreement: `15 minutes`, `4 hours`, `1 hour 30
 * minutes`, `2 business days`. Clock time is said in the largest units that divide it
 * evenly, at most two of them, so `90min` reads `1 hour 30 minutes` and `36h` `1 day 12 hours`.
 */
export function durationInWords(measure: Measure): string {
    if (measure.business) {
        const { amount, unit } = measure.business;
        return counted(amount, `business ${unit === 'days' ? 'day' : 'hour'}`, `business ${unit}`);
    }
    return clockDurationInWords(measure.magnitude);
}

export function clockDurationInWords(milliseconds: number): string {
    if (milliseconds <= 0) {
        return '0 minutes';
    }
    const parts: string[] = [];
    let rest = milliseconds;
    for (const [size, singular, plural] of UNITS) {
        const whole = Math.floor(rest / size);
        if (whole > 0) {
            parts.push(counted(whole, singular, plural));
            rest -= whole * size;
        }
        if (rest === 0 || parts.length === 2) break;
    }
    if (rest === 0) {
        return parts.join(' ');
    }
    // Three units or a fraction of a millisecond: one decimal figure in hours or minutes says it better.
    return milliseconds >= 3_600_000
        ? counted(Number((milliseconds / 3_600_000).toFixed(2)), 'hour', 'hours')
        : counted(Number((milliseconds / 60_000).toFixed(2)), 'minute', 'minutes');
}
