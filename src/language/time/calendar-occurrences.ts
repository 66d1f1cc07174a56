import { DateTime } from 'luxon';
import type { StructuredCalendar } from './calendar-model.js';
import type { HolidayPeriod } from './holiday-period.js';
import { MINUTES_PER_DAY, type WeekIntervals } from './week-intervals.js';

/**
 * A calendar's weekly pattern laid onto dated days in its time zone. Wall-clock times
 * become instants through the zone's rules, so a window of `01:00-04:00` on the night
 * clocks go forward lasts two hours, and one on the night they go back four.
 */
export interface Occurrence {
    /** Instants, in the calendar's zone (UTC where it states none). */
    readonly start: DateTime;
    readonly end: DateTime;
    readonly title?: string;
}

function zoneOf(calendar: StructuredCalendar): string {
    return calendar.timezone ?? 'UTC';
}

/** Midnight that starts an ISO date in the calendar's zone. */
function startOfDate(calendar: StructuredCalendar, isoDate: string): DateTime {
    return DateTime.fromISO(isoDate, { zone: zoneOf(calendar) }).startOf('day');
}

/** The instant of a wall-clock minute (may exceed a day: `24:00`, or past midnight) counted from a date's midnight. */
function wallClock(day: DateTime, minutes: number): DateTime {
    // Whole days are added as calendar days, so a day of 23 or 25 hours still ends at midnight.
    const days = Math.floor(minutes / MINUTES_PER_DAY);
    const rest = minutes - days * MINUTES_PER_DAY;
    return day.plus({ days }).set({ hour: Math.floor(rest / 60), minute: rest % 60, second: 0, millisecond: 0 });
}

/** Intervals of a weekly pattern that start on the dates from `from` to `to` (inclusive). */
function weeklyOccurrences(calendar: StructuredCalendar, pattern: WeekIntervals, from: string, to: string, title?: string): Occurrence[] {
    const occurrences: Occurrence[] = [];
    const last = startOfDate(calendar, to);
    for (let day = startOfDate(calendar, from); day <= last; day = day.plus({ days: 1 })) {
        const weekday = day.weekday - 1;
        const dayStart = weekday * MINUTES_PER_DAY;
        for (const [start, end] of pattern) {
            if (start >= dayStart && start < dayStart + MINUTES_PER_DAY) {
                occurrences.push({ start: wallClock(day, start - dayStart), end: wallClock(day, end - dayStart), title });
            }
        }
    }
    return occurrences;
}

/** Maintenance windows, weekly and announced once, that start on the dates from `from` to `to`, in time order. */
export function maintenanceOccurrences(calendar: StructuredCalendar, from: string, to: string): Occurrence[] {
    const weeklyTitle = calendar.node.maintenance.find(window => window.date === undefined)?.title;
    const occurrences = weeklyOccurrences(calendar, calendar.maintenance, from, to, weeklyTitle);
    for (const once of calendar.maintenanceOnce) {
        if (once.date < from || once.date > to) {
            continue;
        }
        const day = startOfDate(calendar, once.date);
        for (const range of once.ranges) {
            const end = range.end <= range.start ? range.end + MINUTES_PER_DAY : range.end;
            occurrences.push({ start: wallClock(day, range.start), end: wallClock(day, end), title: once.title });
        }
    }
    return occurrences.sort((a, b) => a.start.toMillis() - b.start.toMillis());
}

/** Open hours that start on the dates from `from` to `to`, holidays left out. */
export function openOccurrences(calendar: StructuredCalendar, from: string, to: string): Occurrence[] {
    return weeklyOccurrences(calendar, calendar.open, from, to)
        .filter(occurrence => !isHoliday(calendar, occurrence.start.toISODate()!));
}

export function isHoliday(calendar: StructuredCalendar, isoDate: string): boolean {
    return calendar.holidays.some(holiday => holiday.from <= isoDate && isoDate <= holiday.to);
}

/** The holidays that end on or after `today`, the next `count` of them. */
export function upcomingHolidays(calendar: StructuredCalendar, today: string, count: number): HolidayPeriod[] {
    return calendar.holidays.filter(holiday => holiday.to >= today).slice(0, count);
}

/** Length of an occurrence in minutes, as the clocks of the world measure it. */
export function minutesOf(occurrence: Occurrence): number {
    return occurrence.end.diff(occurrence.start, 'minutes').minutes;
}
