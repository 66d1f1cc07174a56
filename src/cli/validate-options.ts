import { InvalidArgumentError } from 'commander';
import { fixedDateProblem } from '../language/fixed-date.js';

/** `--today`: a real calendar date written `YYYY-MM-DD`. */
export function parseTodayOption(value: string): string {
    const trimmed = value.trim();
    const problem = fixedDateProblem(trimmed);
    if (problem) {
        throw new InvalidArgumentError(problem);
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
