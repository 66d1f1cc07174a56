import type { StructuredCalendar } from './calendar-model.js';
import { intersectionOf, totalMinutes, WHOLE_WEEK } from './week-intervals.js';

/** Days per measurement window: a year of the Gregorian calendar's average length, a month a twelfth of it. */
export const WINDOW_DAYS: Readonly<Record<string, number>> = {
    day: 1,
    week: 7,
    month: 365.2425 / 12,
    quarter: 365.2425 / 4,
    year: 365.2425
};

/** The downtime an availability target allows per window, over the hours it is measured in. */
export interface ErrorBudget {
    readonly window: string;
    /** Whether the target states no window and a month is assumed. */
    readonly assumedWindow: boolean;
    /** Seconds per window in which availability is measured: service hours minus weekly maintenance. */
    readonly measuredSeconds: number;
    /** Seconds of downtime the target allows in them. */
    readonly allowedSeconds: number;
    /** The calendar measured over; undefined for round the clock. */
    readonly calendar?: string;
}

/**
 * The error budget of `percent` availability per `window` (a month where none is stated)
 * over `calendar`'s open hours minus its weekly maintenance (round the clock without one).
 * Holidays are left in: a holiday closes the service, but budgets are stated per average
 * window, not per dated month.
 */
export function errorBudgetOf(percent: number, window: string | undefined, calendar?: StructuredCalendar): ErrorBudget {
    const stated = window !== undefined && window in WINDOW_DAYS;
    const days = WINDOW_DAYS[stated ? window : 'month'];
    const open = calendar?.open ?? WHOLE_WEEK;
    const maintained = calendar ? totalMinutes(intersectionOf(open, calendar.maintenance)) : 0;
    const measuredMinutesPerWeek = totalMinutes(open) - maintained;
    const measuredSeconds = measuredMinutesPerWeek * 60 * days / 7;
    return {
        window: stated ? window : 'month',
        assumedWindow: !stated,
        measuredSeconds,
        allowedSeconds: measuredSeconds * (100 - percent) / 100,
        calendar: calendar?.name
    };
}

/** `43 min 50 s`, `8 h 45 min 58 s`, `3 d 15 h 39 min`; rounded to the second. */
export function formatBudgetSeconds(seconds: number): string {
    let rest = Math.round(seconds);
    if (rest === 0) {
        return '0 s';
    }
    const parts: string[] = [];
    const days = Math.floor(rest / 86_400);
    rest -= days * 86_400;
    const hours = Math.floor(rest / 3_600);
    rest -= hours * 3_600;
    const minutes = Math.floor(rest / 60);
    rest -= minutes * 60;
    if (days > 0) parts.push(`${days} d`);
    if (hours > 0) parts.push(`${hours} h`);
    if (minutes > 0) parts.push(`${minutes} min`);
    // Seconds matter below a day; beyond it they are noise.
    if (rest > 0 && days === 0) parts.push(`${rest} s`);
    return parts.join(' ');
}
