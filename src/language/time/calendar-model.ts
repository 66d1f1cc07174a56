import type { Calendar, HolidayFile } from '../generated/ast.js';
import { single } from '../single-valued-properties.js';
import type { HolidayPeriod } from './holiday-period.js';
import { isTimeZone } from './time-zones.js';
import { daysOf, timeRangeOf, unionOf, weekIntervalsOf, WHOLE_WEEK, type DayRange, type WeekIntervals } from './week-intervals.js';

/** Maintenance announced for one date (`maintenance 2027-03-28 01:00-04:00`), in the calendar's local time. */
export interface OneOffMaintenance {
    readonly date: string;
    readonly ranges: readonly DayRange[];
    readonly title?: string;
}

/** A calendar whose hours can be computed with: a block with `hours` lines, or the built-in 24x7. */
export interface StructuredCalendar {
    readonly structured: true;
    readonly name: string;
    readonly node: Calendar;
    /** A valid IANA zone; undefined where none is stated (the hours are then local to whatever they are compared with). */
    readonly timezone?: string;
    readonly open: WeekIntervals;
    /** The weekly maintenance windows, whether or not they fall into open hours. */
    readonly maintenance: WeekIntervals;
    readonly maintenanceOnce: readonly OneOffMaintenance[];
    /** Inline holidays and those of the calendar's iCalendar files, by date. */
    readonly holidays: readonly HolidayPeriod[];
}

/** The first-edition one-liner: its hours are the free text of its title. */
export interface FreeTextCalendar {
    readonly structured: false;
    readonly name: string;
    readonly node: Calendar;
    readonly text?: string;
    readonly timezone?: string;
}

export type CalendarModel = StructuredCalendar | FreeTextCalendar;

export const ROUND_THE_CLOCK = '24x7';

/** The holidays an iCalendar file holds; none where it cannot be read (the file's check says why). */
export type HolidaysOfFile = (file: HolidayFile) => readonly HolidayPeriod[];

/**
 * Reads calendars into the form the checks, hovers and generators compute with, once per
 * calendar node: every target of a workspace of thousands of agreements names one of a
 * handful of calendars. A changed document is parsed into new nodes, so nothing stale
 * is kept.
 */
export class Calendars {
    private readonly models = new WeakMap<Calendar, CalendarModel>();

    constructor(private readonly holidaysOfFile: HolidaysOfFile) {}

    modelOf(calendar: Calendar): CalendarModel {
        let model = this.models.get(calendar);
        if (!model) {
            model = readCalendar(calendar, this.holidaysOfFile);
            this.models.set(calendar, model);
        }
        return model;
    }

    /** The model of a referenced calendar; undefined where the reference does not resolve. */
    modelOfReference(reference: { readonly ref?: Calendar } | undefined): CalendarModel | undefined {
        const calendar = reference?.ref;
        return calendar && this.modelOf(calendar);
    }
}

function readCalendar(calendar: Calendar, holidaysOfFile: HolidaysOfFile): CalendarModel {
    const zone = single(calendar.timezone);
    const timezone = zone !== undefined && isTimeZone(zone) ? zone : undefined;
    if (calendar.hours.length === 0) {
        if (calendar.name === ROUND_THE_CLOCK && calendar.holidays.length === 0 && calendar.maintenance.length === 0
            && calendar.holidayFiles.length === 0) {
            return { structured: true, name: calendar.name, node: calendar, timezone, open: WHOLE_WEEK, maintenance: [], maintenanceOnce: [], holidays: [] };
        }
        return { structured: false, name: calendar.name, node: calendar, text: calendar.title, timezone };
    }
    const open = unionOf(...calendar.hours.map(line => weekIntervalsOf(daysOfAll(line.days), rangesOf(line.ranges))));
    const weekly = calendar.maintenance.filter(window => window.date === undefined);
    const maintenance = unionOf(...weekly.map(window => weekIntervalsOf(daysOfAll(window.days), rangesOf(window.ranges))));
    const maintenanceOnce = calendar.maintenance
        .filter(window => window.date !== undefined)
        .map(window => ({ date: window.date!, ranges: rangesOf(window.ranges), title: window.title }))
        .sort((a, b) => a.date.localeCompare(b.date));
    const holidays = [
        // Error recovery can leave a holiday without its date (`holiday 2027-01-x01`): the syntax error says so.
        ...calendar.holidays.filter(holiday => holiday.date !== undefined)
            .map(holiday => ({ from: holiday.date, to: holiday.to ?? holiday.date, title: holiday.title })),
        ...calendar.holidayFiles.flatMap(file => holidaysOfFile(file))
    ].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || (a.title ?? '').localeCompare(b.title ?? ''));
    return { structured: true, name: calendar.name, node: calendar, timezone, open, maintenance, maintenanceOnce, holidays };
}

/** The days of day specs; those that name no day are left out (the calendar's check reports them). */
function daysOfAll(specs: readonly string[]): number[] {
    return [...new Set(specs.flatMap(spec => daysOf(spec) ?? []))];
}

function rangesOf(texts: readonly string[]): DayRange[] {
    return texts.flatMap(text => timeRangeOf(text) ?? []);
}
