import { describe, expect, it } from 'vitest';
import { holidaysOfICalendar, MAX_OCCURRENCES, type HolidayFileResult } from './icalendar-holidays.js';

/** An iCalendar file of the given events (each a list of content lines), lines ending in CRLF as the standard says. */
function ics(...events: string[][]): string {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//svcdef tests//EN'];
    for (const event of events) {
        lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT');
    }
    lines.push('END:VCALENDAR', '');
    return lines.join('\r\n');
}

function holidays(text: string) {
    const result = holidaysOfICalendar(text, 'holidays.ics');
    if ('error' in result) {
        throw new Error(`Expected holidays, got: ${result.error}`);
    }
    return result.holidays;
}

function errorOf(result: HolidayFileResult): string {
    if (!('error' in result)) {
        throw new Error(`Expected an error, got ${JSON.stringify(result.holidays)}`);
    }
    return result.error;
}

describe('holidays read from iCalendar text', () => {
    it('reads a one-day all-day event as that day: DTEND is the day after', () => {
        expect(holidays(ics(['DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:Neujahr'])))
            .toEqual([{ from: '2027-01-01', to: '2027-01-01', title: 'Neujahr' }]);
    });

    it('reads an all-day event without DTEND as one day', () => {
        expect(holidays(ics(['DTSTART;VALUE=DATE:20261003']))).toEqual([{ from: '2026-10-03', to: '2026-10-03' }]);
    });

    it('reads a multi-day all-day event up to the day before DTEND, across a month and a year', () => {
        expect(holidays(ics(['DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:Betriebsferien'])))
            .toEqual([{ from: '2026-12-24', to: '2027-01-01', title: 'Betriebsferien' }]);
    });

    it('reads an all-day event given by a DURATION', () => {
        expect(holidays(ics(['DTSTART;VALUE=DATE:20260228', 'DURATION:P2D']))).toEqual([{ from: '2026-02-28', to: '2026-03-01' }]);
    });

    it('covers every date a timed event touches, read as written in its own time zone', () => {
        expect(holidays(ics(
            ['DTSTART;TZID=Europe/Berlin:20261231T220000', 'DTEND;TZID=Europe/Berlin:20270101T020000', 'SUMMARY:Silvester'],
            ['DTSTART:20260315T090000Z', 'DTEND:20260315T120000Z', 'SUMMARY:Inventur']
        ))).toEqual([
            { from: '2026-03-15', to: '2026-03-15', title: 'Inventur' },
            { from: '2026-12-31', to: '2027-01-01', title: 'Silvester' }
        ]);
    });

    it('does not count the day a timed event ends on at midnight', () => {
        expect(holidays(ics(['DTSTART:20260601T000000', 'DTEND:20260603T000000'])))
            .toEqual([{ from: '2026-06-01', to: '2026-06-02' }]);
    });

    it('expands a yearly rule from its start to the end of 2100', () => {
        const expanded = holidays(ics(['UID:xmas', 'DTSTART;VALUE=DATE:20241225', 'DTEND;VALUE=DATE:20241226', 'RRULE:FREQ=YEARLY', 'SUMMARY:Christmas']));
        expect(expanded).toHaveLength(2100 - 2024 + 1);
        expect(expanded[0]).toEqual({ from: '2024-12-25', to: '2024-12-25', title: 'Christmas' });
        expect(expanded.at(-1)).toEqual({ from: '2100-12-25', to: '2100-12-25', title: 'Christmas' });
    });

    it('expands a yearly rule that started long ago from 2000 only', () => {
        const expanded = holidays(ics(['DTSTART;VALUE=DATE:19491001', 'RRULE:FREQ=YEARLY', 'SUMMARY:Feiertag']));
        expect(expanded[0].from).toBe('2000-10-01');
        expect(expanded).toHaveLength(101);
    });

    it('keeps to COUNT and UNTIL, leaves out EXDATE and applies a moved occurrence', () => {
        expect(holidays(ics(
            ['UID:summer', 'DTSTART;VALUE=DATE:20260720', 'DTEND;VALUE=DATE:20260722', 'RRULE:FREQ=YEARLY;COUNT=3',
                'EXDATE;VALUE=DATE:20270720', 'SUMMARY:Sommerfest'],
            ['UID:summer', 'RECURRENCE-ID;VALUE=DATE:20280720', 'DTSTART;VALUE=DATE:20280724', 'DTEND;VALUE=DATE:20280725', 'SUMMARY:Sommerfest (verschoben)'],
            ['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;UNTIL=20280101', 'SUMMARY:Neujahr']
        ))).toEqual([
            { from: '2026-01-01', to: '2026-01-01', title: 'Neujahr' },
            { from: '2026-07-20', to: '2026-07-21', title: 'Sommerfest' },
            { from: '2027-01-01', to: '2027-01-01', title: 'Neujahr' },
            { from: '2028-01-01', to: '2028-01-01', title: 'Neujahr' },
            { from: '2028-07-24', to: '2028-07-24', title: 'Sommerfest (verschoben)' }
        ]);
    });

    it('expands a rule for a weekday of a month (Thanksgiving, fourth Thursday of November)', () => {
        const expanded = holidays(ics(['DTSTART;VALUE=DATE:20261126', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=2', 'SUMMARY:Thanksgiving']));
        expect(expanded.map(holiday => holiday.from)).toEqual(['2026-11-26', '2027-11-25']);
    });

    it('leaves out cancelled events', () => {
        expect(holidays(ics(['DTSTART;VALUE=DATE:20260601', 'STATUS:CANCELLED'], ['DTSTART;VALUE=DATE:20260602']))).toEqual([{ from: '2026-06-02', to: '2026-06-02' }]);
    });

    it('sorts by date and reads a holiday listed twice once, whatever the order in the file', () => {
        const events = [['DTSTART;VALUE=DATE:20261225', 'SUMMARY:B'], ['DTSTART;VALUE=DATE:20260101', 'SUMMARY:A'], ['DTSTART;VALUE=DATE:20261225', 'SUMMARY:B']];
        expect(holidays(ics(...events))).toEqual([{ from: '2026-01-01', to: '2026-01-01', title: 'A' }, { from: '2026-12-25', to: '2026-12-25', title: 'B' }]);
        expect(holidays(ics(...events.reverse()))).toEqual(holidays(ics(...events)));
    });

    it('reads LF line endings, a byte order mark and folded lines alike', () => {
        const text = ics(['DTSTART;VALUE=DATE:20261224', 'SUMMARY:Heilig', ' abend']);
        const expected = [{ from: '2026-12-24', to: '2026-12-24', title: 'Heiligabend' }];
        expect(holidays(text)).toEqual(expected);
        expect(holidays(text.replace(/\r\n/g, '\n'))).toEqual(expected);
        expect(holidays(`\uFEFF${text}`)).toEqual(expected);
    });

    it('reads several calendars joined into one file', () => {
        expect(holidays(ics(['DTSTART;VALUE=DATE:20260101']) + ics(['DTSTART;VALUE=DATE:20260102'])).map(holiday => holiday.from))
            .toEqual(['2026-01-01', '2026-01-02']);
    });

    it('reads a calendar without events as no holidays', () => {
        expect(holidays(ics())).toEqual([]);
    });
});

describe('iCalendar text that gives no holidays', () => {
    it.each([
        ['an empty file', ''],
        ['plain text', 'Neujahr;2027-01-01\nWeihnachten;2026-12-24\n'],
        ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane\r\nEND:VCARD\r\n'],
        ['a calendar that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\n']
    ])('says that %s is not iCalendar, naming the file and what to do', (_, text) => {
        const error = errorOf(holidaysOfICalendar(text, 'config/holidays.ics'));
        expect(error).toMatch(/^The holidays file 'config\/holidays\.ics' is not an iCalendar file( \(.+\))?; export the holidays as iCalendar \(\.ics\), which begins with BEGIN:VCALENDAR\.$/);
    });

    it("passes on ical.js's explanation of a line it cannot read", () => {
        expect(errorOf(holidaysOfICalendar('hello world', 'h.ics'))).toContain('(invalid line (no token ";" or ":") "hello world")');
    });

    it('names an event without a start date by its title', () => {
        expect(errorOf(holidaysOfICalendar(ics(['DTSTART;VALUE=DATE:20260101'], ['SUMMARY:Betriebsausflug']), 'h.ics')))
            .toBe("The holidays file 'h.ics' has an event 'Betriebsausflug' without a start date (DTSTART); give every event one, or delete the event.");
    });

    it('names an event without a start date or title by its place in the file', () => {
        expect(errorOf(holidaysOfICalendar(ics(['DTSTART;VALUE=DATE:20260101'], ['DTEND;VALUE=DATE:20260103']), 'h.ics')))
            .toContain("has an event (the 2nd in the file) without a start date");
    });

    it.each([
        ['a month that does not exist', 'DTSTART;VALUE=DATE:20261345'],
        ['a day that does not exist', 'DTSTART;VALUE=DATE:20260231'],
        ['a date written with dashes', 'DTSTART;VALUE=DATE:2026-12-24'],
        ['text', 'DTSTART:tomorrow']
    ])('says that a start date with %s is not a date', (_, line) => {
        expect(errorOf(holidaysOfICalendar(ics([line, 'SUMMARY:X']), 'h.ics')))
            .toBe("The holidays file 'h.ics' has an event 'X' whose start date (DTSTART) is not a date; write it as YYYYMMDD or YYYYMMDDTHHMMSS.");
    });

    it('refuses a rule that repeats too often to be a holiday, instead of expanding it for ever', () => {
        const error = errorOf(holidaysOfICalendar(ics(['DTSTART:20260101T000000', 'RRULE:FREQ=HOURLY', 'SUMMARY:Tick']), 'h.ics'));
        expect(error).toBe(`The holidays file 'h.ics' repeats the event 'Tick' more than ${MAX_OCCURRENCES} times up to 2100; a holiday repeats yearly at most, so bound the rule with COUNT or UNTIL or repeat it less often.`);
    });

    it('reads a weekly rule over the whole century', () => {
        const saturdays = holidays(ics(['DTSTART;VALUE=DATE:20260103', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Samstag']));
        expect(saturdays).toHaveLength(3913);
        expect(saturdays.at(-1)?.from).toBe('2100-12-25');
    });

    it('refuses a daily rule without end', () => {
        expect(errorOf(holidaysOfICalendar(ics(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY']), 'h.ics')))
            .toContain(`repeats the event (the 1st in the file) more than ${MAX_OCCURRENCES} times up to 2100`);
    });
});
