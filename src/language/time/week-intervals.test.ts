import { describe, expect, it } from 'vitest';
import {
    daysOf, firstUncovered, formatWeekInterval, minus, shifted, timeRangeOf, totalMinutes, unionOf, weekIntervalsOf, WHOLE_WEEK
} from './week-intervals.js';

const hours = (days: string, ...ranges: string[]) => weekIntervalsOf(daysOf(days)!, ranges.map(range => timeRangeOf(range)!));
const at = (day: number, hour: number, minute = 0) => day * 1440 + hour * 60 + minute;

describe('week intervals', () => {
    it('read day specs in week order, through the weekend where the range wraps', () => {
        expect(daysOf('Mon-Fri')).toEqual([0, 1, 2, 3, 4]);
        expect(daysOf('Fri-Mon')).toEqual([4, 5, 6, 0]);
        expect(daysOf('Sat')).toEqual([5]);
        expect(daysOf('Monday')).toBeUndefined();
        expect(daysOf('mon')).toBeUndefined();
    });

    it('read time ranges, 24:00 as the end of the day, and refuse times that do not exist or empty ranges', () => {
        expect(timeRangeOf('08:00-18:00')).toEqual({ start: 480, end: 1080 });
        expect(timeRangeOf('00:00-24:00')).toEqual({ start: 0, end: 1440 });
        expect(timeRangeOf('22:00-06:00')).toEqual({ start: 1320, end: 360 });
        expect(timeRangeOf('20:00-00:00')).toEqual({ start: 1200, end: 1440 });
        for (const bad of ['25:00-26:00', '08:60-09:00', '24:00-02:00', '08:00-08:00', '24:30-01:00']) {
            expect(timeRangeOf(bad), bad).toBeUndefined();
        }
    });

    it('run a range past midnight into the next day, and Sunday night into Monday', () => {
        expect(hours('Fri', '22:00-06:00')).toEqual([[at(4, 22), at(5, 6)]]);
        expect(hours('Sun', '22:00-06:00')).toEqual([[0, at(0, 6)], [at(6, 22), at(7, 0)]]);
    });

    it('merge several ranges per day and several lines into one sorted set', () => {
        const week = unionOf(hours('Mon-Fri', '08:00-12:00', '13:00-18:00'), hours('Sat', '09:00-13:00'), hours('Mon', '12:00-13:00'));
        expect(week[0]).toEqual([at(0, 8), at(0, 18)]);
        expect(week[1]).toEqual([at(1, 8), at(1, 12)]);
        expect(week.at(-1)).toEqual([at(5, 9), at(5, 13)]);
        expect(totalMinutes(hours('Mon-Sun', '00:00-24:00'))).toBe(10080);
        expect(hours('Mon-Sun', '00:00-24:00')).toEqual(WHOLE_WEEK);
    });

    it('name the first uncovered interval in week order: office hours do not cover Mon-Sat 06:00-22:00', () => {
        const office = hours('Mon-Fri', '08:00-18:00');
        const extended = hours('Mon-Sat', '06:00-22:00');
        expect(formatWeekInterval(firstUncovered(office, extended)!)).toBe('Mon 06:00–08:00');
        expect(firstUncovered(WHOLE_WEEK, extended)).toBeUndefined();
        expect(firstUncovered(extended, office)).toBeUndefined();
    });

    it('say an interval past midnight with both days, and one ending at midnight as 24:00', () => {
        expect(formatWeekInterval([at(4, 22), at(5, 6)])).toBe('Fri 22:00–Sat 06:00');
        expect(formatWeekInterval([at(0, 20), at(1, 0)])).toBe('Mon 20:00–24:00');
    });

    it('subtract and shift on the week\'s circle', () => {
        expect(minus(hours('Mon', '08:00-18:00'), hours('Mon', '12:00-13:00'))).toEqual([[at(0, 8), at(0, 12)], [at(0, 13), at(0, 18)]]);
        expect(shifted(hours('Mon', '00:00-02:00'), -60)).toEqual([[0, 60], [at(6, 23), at(7, 0)]]);
        expect(shifted(WHOLE_WEEK, 90)).toEqual(WHOLE_WEEK);
    });
});
