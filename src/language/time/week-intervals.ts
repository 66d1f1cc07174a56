/**
 * A calendar's week as intervals of minutes from Monday 00:00 local time. Weekly hours,
 * maintenance windows and coverage are all computed on this form: a week has 10,080
 * minutes, and the hours people write (`Mon-Fri 08:00-18:00`) fall on whole minutes.
 */
export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** `[start, end)` in minutes from Monday 00:00, `0 <= start < end <= MINUTES_PER_WEEK`. */
export type WeekInterval = readonly [start: number, end: number];
/** Sorted, disjoint and merged: two intervals never touch. */
export type WeekIntervals = readonly WeekInterval[];

export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type DayName = typeof DAY_NAMES[number];

export const WHOLE_WEEK: WeekIntervals = Object.freeze([Object.freeze([0, MINUTES_PER_WEEK] as const)]);

/** The days a day spec names, Monday = 0: `Mon-Fri`, `Fri-Mon` (through the weekend), `Sat`. */
export function daysOf(spec: string): number[] | undefined {
    const [first, last, ...rest] = spec.split('-');
    const from = DAY_NAMES.indexOf(first as DayName);
    const to = last === undefined ? from : DAY_NAMES.indexOf(last as DayName);
    if (from < 0 || to < 0 || rest.length > 0) {
        return undefined;
    }
    const days: number[] = [];
    for (let day = from; ; day = (day + 1) % 7) {
        days.push(day);
        if (day === to) {
            return days;
        }
    }
}

/** A range within a day, in minutes; `end <= start` runs past midnight into the next day. */
export interface DayRange {
    readonly start: number;
    readonly end: number;
}

/**
 * `08:00-18:00` in minutes. `24:00` ends a day (`00:00-24:00` is the whole day) but starts
 * nothing; a range that starts and ends at the same time is empty and undefined, as is a
 * time that does not exist (`25:00`, `08:60`).
 */
export function timeRangeOf(text: string): DayRange | undefined {
    const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(text);
    if (!match) {
        return undefined;
    }
    const start = minuteOfDay(Number(match[1]), Number(match[2]));
    const end = minuteOfDay(Number(match[3]), Number(match[4]));
    if (start === undefined || end === undefined || start === MINUTES_PER_DAY || start === end) {
        return undefined;
    }
    return { start, end: end === 0 ? MINUTES_PER_DAY : end };
}

function minuteOfDay(hour: number, minute: number): number | undefined {
    if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) {
        return undefined;
    }
    return hour * 60 + minute;
}

/** Whether a range runs past midnight (`22:00-06:00`); `08:00-24:00` and `20:00-00:00` end at midnight. */
export function crossesMidnight(range: DayRange): boolean {
    return range.end < range.start;
}

/** The week's intervals for the ranges on each of the days; a range past midnight spills into the next day (Sunday into Monday). */
export function weekIntervalsOf(days: readonly number[], ranges: readonly DayRange[]): WeekIntervals {
    const pieces: [number, number][] = [];
    for (const day of days) {
        for (const range of ranges) {
            const start = day * MINUTES_PER_DAY + range.start;
            const end = day * MINUTES_PER_DAY + (crossesMidnight(range) ? MINUTES_PER_DAY + range.end : range.end);
            pieces.push(...wrapped(start, end));
        }
    }
    return normalized(pieces);
}

/** `[start, end)` on the week's circle, cut at the week's end. */
function wrapped(start: number, end: number): [number, number][] {
    if (end - start >= MINUTES_PER_WEEK) {
        return [[0, MINUTES_PER_WEEK]];
    }
    const from = ((start % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const to = from + (end - start);
    return to <= MINUTES_PER_WEEK ? [[from, to]] : [[from, MINUTES_PER_WEEK], [0, to - MINUTES_PER_WEEK]];
}

function normalized(pieces: [number, number][]): WeekIntervals {
    pieces.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const [start, end] of pieces) {
        const last = merged[merged.length - 1];
        if (last && start <= last[1]) {
            last[1] = Math.max(last[1], end);
        } else if (end > start) {
            merged.push([start, end]);
        }
    }
    return merged;
}

export function unionOf(...sets: WeekIntervals[]): WeekIntervals {
    return normalized(sets.flatMap(set => set.map(([start, end]) => [start, end] as [number, number])));
}

export function intersectionOf(a: WeekIntervals, b: WeekIntervals): WeekIntervals {
    const result: [number, number][] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const start = Math.max(a[i][0], b[j][0]);
        const end = Math.min(a[i][1], b[j][1]);
        if (start < end) {
            result.push([start, end]);
        }
        if (a[i][1] < b[j][1]) i++; else j++;
    }
    return result;
}

/** The parts of `a` outside `b`. */
export function minus(a: WeekIntervals, b: WeekIntervals): WeekIntervals {
    const result: [number, number][] = [];
    let j = 0;
    for (const [start, end] of a) {
        let from = start;
        while (j < b.length && b[j][1] <= from) j++;
        let k = j;
        while (k < b.length && b[k][0] < end) {
            if (b[k][0] > from) {
                result.push([from, b[k][0]]);
            }
            from = Math.max(from, b[k][1]);
            k++;
        }
        if (from < end) {
            result.push([from, end]);
        }
    }
    return result;
}

/** The first interval of `covered`, in week order, that `covering` leaves out; undefined when it covers all. */
export function firstUncovered(covering: WeekIntervals, covered: WeekIntervals): WeekInterval | undefined {
    return minus(covered, covering)[0];
}

/** The same instants seen from a clock `minutes` ahead (positive) or behind. */
export function shifted(intervals: WeekIntervals, minutes: number): WeekIntervals {
    if (minutes % MINUTES_PER_WEEK === 0) {
        return intervals;
    }
    return normalized(intervals.flatMap(([start, end]) => wrapped(start + minutes, end + minutes)));
}

export function totalMinutes(intervals: WeekIntervals): number {
    return intervals.reduce((sum, [start, end]) => sum + end - start, 0);
}

export function isWholeWeek(intervals: WeekIntervals): boolean {
    return intervals.length === 1 && intervals[0][0] === 0 && intervals[0][1] === MINUTES_PER_WEEK;
}

/** `Mon 08:00` for a minute of the week. */
export function formatWeekMinute(minute: number): string {
    const inWeek = ((minute % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    return `${DAY_NAMES[Math.floor(inWeek / MINUTES_PER_DAY)]} ${formatClock(inWeek % MINUTES_PER_DAY)}`;
}

/** `08:00` for a minute of the day (`24:00` for the day's end). */
export function formatClock(minuteOfDay: number): string {
    const hours = Math.floor(minuteOfDay / 60);
    const minutes = Math.round(minuteOfDay - hours * 60);
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** `Mon 06:00–08:00`, `Fri 22:00–Sat 06:00`, `Mon 08:00–24:00`. */
export function formatWeekInterval([start, end]: WeekInterval): string {
    const startDay = Math.floor(start / MINUTES_PER_DAY);
    const endDay = Math.floor(end / MINUTES_PER_DAY);
    const endsAtMidnightOfStartDay = endDay === startDay + 1 && end % MINUTES_PER_DAY === 0;
    if (endDay === startDay || endsAtMidnightOfStartDay) {
        return `${formatWeekMinute(start)}–${formatClock(end - startDay * MINUTES_PER_DAY)}`;
    }
    return `${formatWeekMinute(start)}–${formatWeekMinute(end)}`;
}

/** Each day's open ranges as text (`08:00–12:00, 13:00–18:00`), Monday first; `closed` where none. */
export function dailyRanges(intervals: WeekIntervals): { day: DayName; ranges: DayRange[] }[] {
    return DAY_NAMES.map((day, index) => {
        const dayStart = index * MINUTES_PER_DAY;
        const dayEnd = dayStart + MINUTES_PER_DAY;
        const ranges = intersectionOf(intervals, [[dayStart, dayEnd]]).map(([start, end]) => ({ start: start - dayStart, end: end - dayStart }));
        return { day, ranges };
    });
}
