import { parseIsoDate } from './literals.js';

/**
 * Settings the checks read that come from the caller rather than the files: the CLI's
 * `--today`, the editor's `svcdef.today`, and below them the workspace's `svcdef.json`.
 * Absent values mean "the real date".
 */
export class SvcdefSettings {
    private fixedToday: string | undefined;
    private configuredToday: string | undefined;

    /** `YYYY-MM-DD` from the caller, which wins over svcdef.json; undefined gives svcdef.json (or the real date) back. */
    setToday(today: string | undefined): void {
        this.fixedToday = checked(today);
    }

    /** `YYYY-MM-DD` from svcdef.json, in force while the caller fixes no date; undefined for the real date. */
    setConfiguredToday(today: string | undefined): void {
        this.configuredToday = checked(today);
    }

    get today(): string {
        return this.fixedToday ?? this.configuredToday ?? new Date().toISOString().slice(0, 10);
    }
}

function checked(today: string | undefined): string | undefined {
    if (today !== undefined && parseIsoDate(today) === undefined) {
        throw new Error(`"${today}" is not a calendar date of the form YYYY-MM-DD.`);
    }
    return today;
}
