import { describe, expect, it } from 'vitest';
import { daysOf, timeRangeOf, unionOf, weekIntervalsOf, WHOLE_WEEK, type WeekIntervals } from '../time/week-intervals.js';
import { weekInWords, weekTable } from './calendar-in-words.js';

/** The week of `hours` lines written as in a calendar block: `['Mon-Fri', '08:00-18:00']`. */
function week(...lines: ReadonlyArray<readonly [days: string, ...ranges: string[]]>): WeekIntervals {
    return unionOf(...lines.map(([days, ...ranges]) => weekIntervalsOf(daysOf(days)!, ranges.map(range => timeRangeOf(range)!))));
}

describe('a week in words', () => {
    it('groups consecutive days with the same hours and leaves closed days out', () => {
        expect(weekInWords(week(['Mon-Fri', '08:00-18:00']))).toBe('Mon–Fri 08:00–18:00');
        expect(weekInWords(week(['Mon-Fri', '08:00-12:00', '13:00-18:00'], ['Sat', '09:00-13:00'])))
            .toBe('Mon–Fri 08:00–12:00, 13:00–18:00; Sat 09:00–13:00');
        expect(weekInWords(week(['Mon', '08:00-18:00'], ['Wed', '08:00-18:00']))).toBe('Mon 08:00–18:00; Wed 08:00–18:00');
    });

    it('shows a range past midnight on both days, and says round the clock or never open', () => {
        expect(weekInWords(week(['Fri', '22:00-06:00']))).toBe('Fri 22:00–24:00; Sat 00:00–06:00');
        expect(weekInWords(WHOLE_WEEK)).toBe('round the clock');
        expect(weekInWords([])).toBe('never open');
    });
});

describe('a week as a table', () => {
    it('has a row per day from Monday, closed where the calendar does not open', () => {
        expect(weekTable(week(['Sat-Sun', '10:00-16:00']))).toBe([
            '| Day | Open |', '|---|---|',
            '| Mon | closed |', '| Tue | closed |', '| Wed | closed |', '| Thu | closed |', '| Fri | closed |',
            '| Sat | 10:00–16:00 |', '| Sun | 10:00–16:00 |'
        ].join('\n'));
    });
});
