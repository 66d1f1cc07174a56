/**
 * Calendars as the catalog publishes them: the open hours of each day of the week, the
 * maintenance windows, the holidays and the time zone, read through the language's
 * calendar model (src/language/time/calendar-model.ts) so that documents state exactly
 * the hours the checks compute with.
 */
import type { Calendar } from '../language/generated/ast.js';
import type { CalendarModel, Calendars } from '../language/time/calendar-model.js';
import {
    MINUTES_PER_WEEK, daysOf, dailyRanges, formatClock, formatWeekMinute, isWholeWeek, timeRangeOf, weekIntervalsOf,
    type DayName, type WeekIntervals
} from '../language/time/week-intervals.js';
import type { CalendarEntry, ClockRange, OneOffMaintenanceEntry, WeeklyMaintenanceEntry } from './catalog-model.js';
import { nameOf } from './catalog-refs.js';

/** Reads each calendar once, however many services, agreements and targets name it. */
export class CalendarEntries {
    private readonly entries = new Map<Calendar, CalendarEntry>();

    constructor(private readonly calendars: Calendars) {}

    entryOf(calendar: Calendar): CalendarEntry {
        let entry = this.entries.get(calendar);
        if (!entry) {
            entry = calendarEntryOf(calendar, this.calendars.modelOf(calendar));
            this.entries.set(calendar, entry);
        }
        return entry;
    }

    /** Every calendar read so far, in the order first asked for. */
    all(): CalendarEntry[] {
        return [...this.entries.values()];
    }
}

export function calendarEntryOf(calendar: Calendar, model: CalendarModel): CalendarEntry {
    const common = { name: nameOf(calendar), title: calendar.title, timezone: model.timezone };
    if (!model.structured) {
        return {
            ...common, structured: false, roundTheClock: false, week: [], maintenance: [], maintenanceOnce: [], holidays: [],
            ...(model.text !== undefined ? { text: model.text } : {})
        };
    }
    return {
        ...common,
        structured: true,
        roundTheClock: isWholeWeek(model.open),
        week: dailyRanges(model.open).map(({ day, ranges }) => ({
            day,
            ranges: ranges.map(range => ({ from: formatClock(range.start), to: formatClock(range.end) }))
        })),
        maintenance: weeklyMaintenanceOf(calendar),
        maintenanceOnce: model.maintenanceOnce.flatMap(window => window.ranges.map((range): OneOffMaintenanceEntry => ({
            date: window.date,
            from: formatClock(range.start),
            to: formatClock(range.end),
            ...(window.title !== undefined ? { title: window.title } : {})
        }))),
        holidays: model.holidays.map(holiday => ({
            from: holiday.from,
            to: holiday.to,
            ...(holiday.title !== undefined ? { title: holiday.title } : {})
        }))
    };
}

/**
 * Each weekly `maintenance` line's windows with its title, in the order written: the
 * calendar model merges them into one set of intervals, which would lose the titles.
 */
function weeklyMaintenanceOf(calendar: Calendar): WeeklyMaintenanceEntry[] {
    return calendar.maintenance.filter(window => window.date === undefined).flatMap(window => {
        const days = [...new Set(window.days.flatMap(spec => daysOf(spec) ?? []))];
        const ranges = window.ranges.flatMap(text => timeRangeOf(text) ?? []);
        return aroundTheWeek(weekIntervalsOf(days, ranges)).map(([start, end]): WeeklyMaintenanceEntry => ({
            from: formatWeekMinute(start),
            to: formatWeekMinute(end),
            ...(window.title !== undefined ? { title: window.title } : {})
        }));
    });
}

/**
 * Intervals of a week read as a circle: a window from Sunday night into Monday morning is
 * stored as two pieces, one ending and one starting at the week's edge, and is one window.
 * The joined interval ends past `MINUTES_PER_WEEK`.
 */
export function aroundTheWeek(intervals: WeekIntervals): [number, number][] {
    const pieces = intervals.map(([start, end]): [number, number] => [start, end]);
    if (pieces.length > 1 && pieces[0][0] === 0 && pieces[pieces.length - 1][1] === MINUTES_PER_WEEK) {
        const [first] = pieces.splice(0, 1);
        pieces[pieces.length - 1][1] = MINUTES_PER_WEEK + first[1];
    }
    return pieces;
}

/** A day of the week's open hours as a reader sees them: an overnight range stays on the day it starts. */
export interface DayRow {
    readonly day: DayName;
    readonly ranges: readonly ShownRange[];
}

export interface ShownRange extends ClockRange {
    /** Whether the range runs past midnight into the next day (`22:00–06:00`). */
    readonly overnight: boolean;
}

/**
 * The week of a calendar for a table: each day's ranges, where a range that runs from one
 * evening into the next morning is shown once, on the evening's day, rather than cut at
 * midnight into two. Whole days, and ranges that continue into a whole day, are cut at
 * midnight as they are: `00:00–24:00` says the day is covered.
 */
export function weekRows(week: CalendarEntry['week']): DayRow[] {
    const rows = week.map(({ day, ranges }) => ({ day, ranges: ranges.map(range => ({ ...range, overnight: false })) }));
    for (let index = 0; index < rows.length; index++) {
        const today = rows[index].ranges;
        const tomorrow = rows[(index + 1) % rows.length].ranges;
        const evening = today[today.length - 1];
        const morning = tomorrow[0];
        if (!evening || !morning || evening.to !== '24:00' || morning.from !== '00:00' || evening.from === '00:00' || morning.to === '24:00') {
            continue;
        }
        today[today.length - 1] = { from: evening.from, to: morning.to, overnight: true };
        tomorrow.shift();
    }
    return rows;
}
