import type { BusinessDuration } from '../literals.js';
import type { StructuredCalendar } from './calendar-model.js';
import { offsetDifferences } from './time-zones.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, shifted, totalMinutes, type WeekIntervals } from './week-intervals.js';

/** A duration as a deadline rule: clock time, or business time on a calendar's open hours. */
export type TimedDuration =
    | { readonly minutes: number; readonly strict?: boolean }
    | { readonly business: BusinessDuration; readonly calendar: StructuredCalendar; readonly strict?: boolean };

/** Open hours seen in the comparison's frame (one zone's local week). */
interface Frame {
    readonly open: WeekIntervals;
}

/**
 * When a duration started at `start` (minutes from a Monday 00:00 of the frame) ends.
 * `N business hours` ends once the calendar has been open N hours; `N business days` ends
 * at the same time of day N working days later, a start outside open hours counting from
 * the next opening. Undefined for business time on a calendar that never opens.
 */
export function deadlineAfter(start: number, duration: TimedDuration, frame?: Frame): number | undefined {
    if ('minutes' in duration) {
        return start + duration.minutes;
    }
    if (!isCountable(duration.business)) {
        return undefined;
    }
    const week = weekOf(frame?.open ?? duration.calendar.open);
    if (week.openPerWeek === 0) {
        return undefined;
    }
    const base = Math.floor(start / MINUTES_PER_WEEK) * MINUTES_PER_WEEK;
    const inWeek = start - base;
    const minute = Math.floor(inWeek);
    // Within a minute the deadline moves with the start when the minute is open, and not when it is closed.
    const fraction = inWeek - minute;
    return base + (duration.business.unit === 'hours'
        ? afterOpenMinutes(week, minute, duration.business.amount * 60, fraction)
        : afterWorkingDays(week, minute, duration.business.amount, fraction));
}

/**
 * Business time up to a million hours or days: beyond that no agreement means it, and
 * counting working days would run past the precision of a number.
 */
export const LONGEST_BUSINESS_AMOUNT = 1_000_000;

function isCountable(business: BusinessDuration): boolean {
    return Number.isFinite(business.amount) && business.amount >= 0 && business.amount <= LONGEST_BUSINESS_AMOUNT;
}

/** A week's open hours as tables by minute, so that each deadline takes a lookup or a short search. */
interface WeekTables {
    /** `openBefore[m]`: open minutes from Monday 00:00 to minute m. */
    readonly openBefore: Int32Array;
    readonly openPerWeek: number;
    /** `nextOpening[m]`: the first open minute at or after m, possibly in the next week (>= 10,080). */
    readonly nextOpening: Int32Array;
    readonly workingDays: readonly boolean[];
    readonly workingDaysPerWeek: number;
}

const tablesOfWeeks = new WeakMap<WeekIntervals, WeekTables>();

function weekOf(open: WeekIntervals): WeekTables {
    let tables = tablesOfWeeks.get(open);
    if (!tables) {
        const isOpen = new Uint8Array(MINUTES_PER_WEEK);
        for (const [from, to] of open) isOpen.fill(1, from, to);
        const openBefore = new Int32Array(MINUTES_PER_WEEK + 1);
        for (let m = 0; m < MINUTES_PER_WEEK; m++) openBefore[m + 1] = openBefore[m] + isOpen[m];
        const nextOpening = new Int32Array(MINUTES_PER_WEEK);
        let next = open.length > 0 ? open[0][0] + MINUTES_PER_WEEK : -1;
        for (let m = MINUTES_PER_WEEK - 1; m >= 0; m--) {
            if (isOpen[m]) next = m;
            nextOpening[m] = next;
        }
        const workingDays = workingWeekdays(open);
        tables = { openBefore, openPerWeek: openBefore[MINUTES_PER_WEEK], nextOpening, workingDays, workingDaysPerWeek: workingDays.filter(Boolean).length };
        tablesOfWeeks.set(open, tables);
    }
    return tables;
}

/** The end of `needed` open minutes counted from `minute` + `fraction`, relative to the same week's start. */
function afterOpenMinutes(week: WeekTables, minute: number, needed: number, fraction: number): number {
    const { openBefore, openPerWeek } = week;
    if (needed <= 0) {
        return minute + fraction;
    }
    const startOpen = openBefore[minute + 1] > openBefore[minute];
    const target = openBefore[minute] + (startOpen ? fraction : 0) + needed;
    // A deadline that uses up a week's open time exactly ends at a closing, not at the next opening.
    let weeks = Math.floor(target / openPerWeek);
    let rest = target - weeks * openPerWeek;
    if (rest === 0) {
        weeks--;
        rest = openPerWeek;
    }
    // The first minute m with openBefore[m] >= rest.
    let low = 0;
    let high = MINUTES_PER_WEEK;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (openBefore[middle] >= rest) high = middle; else low = middle + 1;
    }
    return weeks * MINUTES_PER_WEEK + low - 1 + (rest - openBefore[low - 1]);
}

function afterWorkingDays(week: WeekTables, minute: number, days: number, fraction: number): number {
    const opening = week.nextOpening[minute];
    const begin = opening === minute ? minute + fraction : opening;
    return onWorkingDayAfter(week, begin, days);
}

/** The same time of day as `begin`, `days` working days later. */
function onWorkingDayAfter(week: WeekTables, begin: number, days: number): number {
    const day = Math.floor(begin / MINUTES_PER_DAY);
    const time = begin - day * MINUTES_PER_DAY;
    const wholeDays = Math.ceil(days);
    // A fraction of a business day is that fraction of a clock day on the last working day.
    return (day + daysAhead(week, wholeDays)[day % 7]) * MINUTES_PER_DAY + time - (wholeDays - days) * MINUTES_PER_DAY;
}

const daysAheadTables = new WeakMap<WeekTables, Map<number, readonly number[]>>();

/** For each weekday, the calendar days to the `wholeDays`-th working day after it. */
function daysAhead(week: WeekTables, wholeDays: number): readonly number[] {
    let byCount = daysAheadTables.get(week);
    if (!byCount) daysAheadTables.set(week, byCount = new Map());
    let ahead = byCount.get(wholeDays);
    if (!ahead) {
        ahead = Array.from({ length: 7 }, (_, weekday) => {
            const weeks = wholeDays > week.workingDaysPerWeek ? Math.floor((wholeDays - 1) / week.workingDaysPerWeek) : 0;
            let day = weekday + weeks * 7;
            let counted = weeks * week.workingDaysPerWeek;
            while (counted < wholeDays) {
                day++;
                if (week.workingDays[day % 7]) counted++;
            }
            return day - weekday;
        });
        byCount.set(wholeDays, ahead);
    }
    return ahead;
}

/** Weekdays (Monday = 0) on which the calendar opens at some time. */
function workingWeekdays(open: WeekIntervals): boolean[] {
    const days = new Array<boolean>(7).fill(false);
    for (const [from, to] of open) {
        for (let day = Math.floor(from / MINUTES_PER_DAY); day * MINUTES_PER_DAY < to; day++) {
            days[day % 7] = true;
        }
    }
    return days;
}

/** What holding one duration against another found. */
export type DurationComparison =
    | { readonly verdict: 'holds' }
    | {
        readonly verdict: 'weaker';
        /** The first start, in week order of the frame's zone, where the underpinning deadline is later. */
        readonly start: number;
        readonly deadline: number;
        readonly requiredDeadline: number;
        /** The zone the minutes are local to, where one is known. */
        readonly zone?: string;
    }
    | { readonly verdict: 'incomparable'; readonly reason: string };

const comparisons = new Map<string, DurationComparison>();
const calendarIds = new WeakMap<StructuredCalendar, number>();
let nextCalendarId = 0;

function keyOf(duration: TimedDuration): string {
    if ('minutes' in duration) {
        return `${duration.minutes}${duration.strict ? '<' : ''}`;
    }
    let id = calendarIds.get(duration.calendar);
    if (id === undefined) {
        calendarIds.set(duration.calendar, id = nextCalendarId++);
    }
    return `${duration.business.amount}${duration.business.unit}@${id}${duration.strict ? '<' : ''}`;
}

const COMPARISONS_LIMIT = 8192;

/**
 * Whether `underpinning` is at least as strong as `required`: for every start time in a
 * week (holidays and maintenance aside), its deadline is no later. Where the two calendars
 * are in different zones, every offset between them that the year brings is tried, and
 * the worst case decides. Deadlines are compared at every minute of the week: they change
 * course only at the whole minutes where the hours people write open or close.
 */
export function compareDurations(underpinning: TimedDuration, required: TimedDuration): DurationComparison {
    const key = `${keyOf(underpinning)}|${keyOf(required)}`;
    let found = comparisons.get(key);
    if (!found) {
        found = compareInEveryOffset(underpinning, required);
        if (comparisons.size >= COMPARISONS_LIMIT) comparisons.clear();
        comparisons.set(key, found);
    }
    return found;
}

function zoneOf(duration: TimedDuration): string | undefined {
    return 'calendar' in duration ? duration.calendar.timezone : undefined;
}

function compareInEveryOffset(underpinning: TimedDuration, required: TimedDuration): DurationComparison {
    for (const duration of [underpinning, required]) {
        if ('calendar' in duration && totalMinutes(duration.calendar.open) === 0) {
            return { verdict: 'incomparable', reason: `calendar ${duration.calendar.name} never opens` };
        }
        if ('business' in duration && !isCountable(duration.business)) {
            return { verdict: 'incomparable', reason: `${duration.business.amount} business ${duration.business.unit} is longer than svcdef counts (${LONGEST_BUSINESS_AMOUNT.toLocaleString('en-US')})` };
        }
    }
    const frameZone = zoneOf(underpinning) ?? zoneOf(required);
    const underpinningDeadlines = deadlinesOf(underpinning, 0);
    for (const difference of offsetDifferences(zoneOf(underpinning), zoneOf(required))) {
        // Minutes of the required side's clock are `difference` ahead of the frame's.
        const requiredDeadlines = deadlinesOf(required, -difference);
        for (let start = 0; start < MINUTES_PER_WEEK; start++) {
            const deadline = underpinningDeadlines(start);
            const requiredDeadline = requiredDeadlines(start);
            const later = deadline > requiredDeadline + 1e-9
                || (Math.abs(deadline - requiredDeadline) <= 1e-9 && !!required.strict && !underpinning.strict);
            if (later) {
                return { verdict: 'weaker', start, deadline, requiredDeadline, zone: frameZone };
            }
        }
    }
    return { verdict: 'holds' };
}

/**
 * The deadline of every start minute of a week, its calendar seen `shift` minutes off:
 * worked out once per duration, calendar and shift, as the same few meet in many comparisons.
 */
function deadlinesOf(duration: TimedDuration, shift: number): (start: number) => number {
    if ('minutes' in duration) {
        const minutes = duration.minutes;
        return start => start + minutes;
    }
    const key = `${duration.business.amount}${duration.business.unit}@${shift}`;
    let byDuration = deadlineTables.get(duration.calendar);
    if (!byDuration) {
        deadlineTables.set(duration.calendar, byDuration = new Map());
    }
    let table = byDuration.get(key);
    if (!table) {
        const frame = { open: shifted(duration.calendar.open, shift) };
        table = new Float64Array(MINUTES_PER_WEEK);
        for (let start = 0; start < MINUTES_PER_WEEK; start++) {
            table[start] = deadlineAfter(start, duration, frame)!;
        }
        byDuration.set(key, table);
    }
    const found = table;
    return start => found[start];
}

const deadlineTables = new WeakMap<StructuredCalendar, Map<string, Float64Array>>();

/** The shortest and the longest clock time a duration takes, over every start in a week (minutes). */
export function clockRange(duration: TimedDuration): { readonly shortest: number; readonly longest: number } | undefined {
    if ('minutes' in duration) {
        return { shortest: duration.minutes, longest: duration.minutes };
    }
    let shortest = Infinity;
    let longest = 0;
    for (let start = 0; start < MINUTES_PER_WEEK; start++) {
        const deadline = deadlineAfter(start, duration);
        if (deadline === undefined) {
            return undefined;
        }
        shortest = Math.min(shortest, deadline - start);
        longest = Math.max(longest, deadline - start);
    }
    return { shortest, longest };
}
