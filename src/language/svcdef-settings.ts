import { parseIsoDate } from './literals.js';

/**
 * Settings the checks read that come from the caller rather than the files: the CLI's
 * `--today`, the editor's `svcdef.today`. Absent values mean "the real date".
 */
export class SvcdefSettings {
    private fixedToday: string | undefined;

    /** `YYYY-MM-DD`; undefined restores the real date. */
    setToday(today: string | undefined): void {
        if (today !== undefined && parseIsoDate(today) === undefined) {
            throw new Error(`"${today}" is not a calendar date of the form YYYY-MM-DD.`);
        }
        this.fixedToday = today;
    }

    get today(): string {
        return this.fixedToday ?? new Date().toISOString().slice(0, 10);
    }
}
