import { InvalidArgumentError } from 'commander';
import { parseIsoDate } from '../language/literals.js';

/** `--today`: a real calendar date written `YYYY-MM-DD`. */
export function parseTodayOption(value: string): string {
    const trimmed = value.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
        throw new InvalidArgumentError('Write the date as YYYY-MM-DD, e.g. 2026-06-01.');
    }
    if (parseIsoDate(trimmed) === undefined) {
        throw new InvalidArgumentError(`${trimmed} is not a date that exists.`);
    }
    return trimmed;
}

/** `--max-warnings`: a whole number of 0 or more. */
export function parseMaxWarningsOption(value: string): number {
    const trimmed = value.trim();
    if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(Number(trimmed))) {
        throw new InvalidArgumentError('Give a whole number of 0 or more.');
    }
    return Number(trimmed);
}

/** For repeatable options: each use adds one value. */
export function collect(value: string, previous: readonly string[]): string[] {
    return [...previous, value];
}
