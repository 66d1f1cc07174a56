import { describe, expect, it } from 'vitest';
import { clockRange, compareDurations, deadlineAfter, type TimedDuration } from './business-time.js';
import type { StructuredCalendar } from './calendar-model.js';
import { daysOf, formatWeekMinute, timeRangeOf, weekIntervalsOf, WHOLE_WEEK, type WeekIntervals } from './week-intervals.js';

function calendar(name: string, open: WeekIntervals, timezone?: string): StructuredCalendar {
    return { structured: true, name, node: undefined as never, timezone, open, maintenance: [], maintenanceOnce: [], holidays: [] };
}
const officeHours = (timezone?: string) => calendar('Business', weekIntervalsOf(daysOf('Mon-Fri')!, [timeRangeOf('08:00-18:00')!]), timezone);
const roundTheClock = calendar('24x7', WHOLE_WEEK);
const clock = (hours: number): TimedDuration => ({ minutes: hours * 60 });
const business = (amount: number, unit: 'hours' | 'days', on: StructuredCalendar): TimedDuration => ({ business: { amount, unit }, calendar: on });
const at = (day: number, hour: number, minute = 0) => day * 1440 + hour * 60 + minute;

describe('business durations', () => {
    it('count business hours in open time only, over the weekend', () => {
        // Fri 17:00: one hour on Friday, ten on Monday, five on Tuesday.
        expect(deadlineAfter(at(4, 17), business(16, 'hours', officeHours()))).toBe(at(8, 13));
        expect(deadlineAfter(at(0, 10), business(8, 'hours', officeHours()))).toBe(at(0, 18));
        // Three weeks of open time at once.
        expect(deadlineAfter(at(0, 8), business(150, 'hours', officeHours()))).toBe(at(18, 18));
    });

    it('end business days at the same time of day, counting working days, from the next opening when closed', () => {
        expect(deadlineAfter(at(0, 10), business(2, 'days', officeHours()))).toBe(at(2, 10));
        expect(deadlineAfter(at(4, 17), business(1, 'days', officeHours()))).toBe(at(7, 17));
        expect(deadlineAfter(at(5, 10), business(1, 'days', officeHours()))).toBe(at(8, 8));
        expect(deadlineAfter(at(0, 10), business(6, 'days', officeHours()))).toBe(at(8, 10));
    });

    it('make an OLA of 8 clock hours stronger than an SLA of 1 business day on Mon-Fri 08:00-18:00', () => {
        expect(compareDurations(clock(8), business(1, 'days', officeHours()))).toEqual({ verdict: 'holds' });
    });

    it('make an OLA of 2 business days on Mon-Fri weaker than an SLA of 24 clock hours on 24x7', () => {
        const found = compareDurations(business(2, 'days', officeHours()), business(24, 'hours', roundTheClock));
        expect(found.verdict).toBe('weaker');
        expect(compareDurations(business(2, 'days', officeHours()), clock(24)).verdict).toBe('weaker');
    });

    it('find the first start in the week where a clock target misses a business-day one: 30 hours under 1 business day', () => {
        const found = compareDurations(clock(30), business(1, 'days', officeHours()));
        expect(found.verdict).toBe('weaker');
        if (found.verdict === 'weaker') {
            expect(formatWeekMinute(found.start)).toBe('Mon 02:01');
            expect(found.requiredDeadline).toBe(at(1, 8));
        }
    });

    it('read business hours on 24x7 as clock hours', () => {
        expect(compareDurations(business(4, 'hours', roundTheClock), clock(4))).toEqual({ verdict: 'holds' });
        expect(compareDurations(business(5, 'hours', roundTheClock), clock(4)).verdict).toBe('weaker');
    });

    it('hold calendars of different zones against each other at the same instants', () => {
        const berlin = business(8, 'hours', officeHours('Europe/Berlin'));
        const newYork = business(8, 'hours', officeHours('America/New_York'));
        expect(compareDurations(berlin, berlin)).toEqual({ verdict: 'holds' });
        // Started Mon 08:00 in Berlin (02:00 in New York), New York's eight hours end at 16:00 there, 22:00 in Berlin.
        const late = compareDurations(newYork, berlin);
        expect(late.verdict === 'weaker' && [formatWeekMinute(late.start), late.zone]).toEqual(['Mon 00:00', 'America/New_York']);
        // Started Mon 10:01 in Berlin, Berlin's eight hours run into Tuesday, after New York's have ended.
        const early = compareDurations(berlin, newYork);
        expect(early.verdict === 'weaker' && formatWeekMinute(early.start)).toBe('Mon 10:01');
    });

    it('cannot compare business time on a calendar that never opens', () => {
        expect(compareDurations(business(1, 'days', calendar('Never', [])), clock(4)).verdict).toBe('incomparable');
    });

    it('do not count business time longer than a million days, which would never end', () => {
        expect(compareDurations(business(9007199254740993, 'days', officeHours()), clock(4)).verdict).toBe('incomparable');
        expect(clockRange(business(2 ** 60, 'hours', officeHours()))).toBeUndefined();
    });

    it('give the clock-time range of a business duration', () => {
        // Mon 10:00 to Tue 10:00 at best; from Fri 18:00 the day starts Mon 08:00 and ends Tue 08:00.
        expect(clockRange(business(1, 'days', officeHours()))).toEqual({ shortest: 24 * 60, longest: 86 * 60 });
        expect(clockRange(business(8, 'hours', officeHours()))).toEqual({ shortest: 8 * 60, longest: 70 * 60 });
        expect(clockRange(clock(4))).toEqual({ shortest: 240, longest: 240 });
    });
});
