import { parseIsoDate } from './literals.js';

/**
 * What is wrong with a date written to stand in for today (the CLI's `--today`,
 * `svcdef.json`'s `today`), as a sentence that says what to write; undefined for a real
 * calendar date written `YYYY-MM-DD`.
 */
export function fixedDateProblem(text: string): string | undefined {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        return 'Write the date as YYYY-MM-DD, e.g. 2026-06-01.';
    }
    if (parseIsoDate(text) === undefined) {
        return `${text} is not a date that exists.`;
    }
    return undefined;
}
