/**
 * A holiday as a calendar reads it: whole days from `from` to `to`, both inclusive, as ISO
 * dates (`2026-12-24`); a one-day holiday has `to` equal to `from`.
 */
export interface HolidayPeriod {
    readonly from: string;
    readonly to: string;
    readonly title?: string;
}
