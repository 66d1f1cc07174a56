import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { daySpecSuggestion, timeRangeProblem, timeZoneProblem } from './calendar-checks.js';

const { workspace } = createTestServices();

/** The diagnostics of one calendar file, each with the text it marks, its line (1-based) and its suggestions. */
async function findings(text: string) {
    const ws = await workspace({ 'calendars.svcdef': text });
    const document = ws.document('calendars.svcdef').textDocument;
    return ws.diagnostics('calendars.svcdef').map(diagnostic => ({
        code: String(diagnostic.code), severity: diagnostic.severity, line: diagnostic.range.start.line + 1,
        text: document.getText(diagnostic.range), message: diagnostic.message,
        suggestions: (diagnostic.data as { suggestions?: string[] } | undefined)?.suggestions
    }));
}

const block = (...lines: string[]) => ['calendar Office "Office hours" {', ...lines.map(line => `  ${line}`), '}', ''].join('\n');

describe('invalid-calendar', () => {
    it('accepts a calendar that uses every form: several ranges, overlapping lines, overnight hours, holidays and maintenance', async () => {
        expect(await findings(block(
            'timezone "Europe/Berlin"',
            'hours Mon-Fri 08:00-12:00, 13:00-18:00',
            'hours Mon 07:00-09:00',
            'hours Fri 22:00-06:00',
            'hours Sat, Sun 00:00-24:00',
            'holiday 2026-12-24 to 2026-12-26 "Christmas"',
            'holiday 2027-01-01',
            'maintenance Sun 02:00-05:00 "Weekly patch window"',
            'maintenance 2027-03-28 01:00-04:00 "once"'
        ))).toEqual([]);
    });

    it('accepts the first-edition one-liner, a block that only states the zone, and IANA links such as US/Eastern', async () => {
        expect(await findings('calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"\n')).toEqual([]);
        expect(await findings('calendar Business "Mon-Fri 08:00-18:00" { timezone "UTC" }\n')).toEqual([]);
        expect(await findings(block('timezone "US/Eastern"', 'hours Mon-Fri 08:00-18:00'))).toEqual([]);
    });

    describe('time zones', () => {
        it('reports a misspelt zone on its string, with the closest name as a quick fix', async () => {
            expect(await findings(block('timezone "Europe/Berln"', 'hours Mon-Fri 08:00-18:00'))).toEqual([{
                code: 'invalid-calendar', severity: 1, line: 2, text: '"Europe/Berln"',
                message: "Calendar 'Office': the time zone 'Europe/Berln' is not an IANA time zone name. Did you mean 'Europe/Berlin'? "
                    + "Write a name such as 'Europe/Berlin' or 'UTC' (completion lists them).",
                suggestions: ['"Europe/Berlin"']
            }]);
        });

        it('corrects the case of a zone the runtime would take in any case', async () => {
            expect(await findings(block('timezone "europe/berlin"', 'hours Mon-Fri 08:00-18:00'))).toMatchObject([{
                line: 2, text: '"europe/berlin"', suggestions: ['"Europe/Berlin"'],
                message: "Calendar 'Office': the time zone 'europe/berlin' is written 'Europe/Berlin' in the IANA time zone database. Write it so."
            }]);
            expect((await findings(block('timezone "utc"', 'hours Mon 08:00-18:00')))[0].suggestions).toEqual(['"UTC"']);
        });

        it('offers the zone of a city written alone', async () => {
            expect((await findings(block('timezone "Berlin"', 'hours Mon 08:00-18:00')))[0].suggestions).toEqual(['"Europe/Berlin"']);
            expect((await findings(block('timezone "New York"', 'hours Mon 08:00-18:00')))[0].suggestions).toEqual(['"America/New_York"']);
        });

        it('checks the zone of a one-liner too', async () => {
            expect(await findings('calendar Business "Mon-Fri 08:00-18:00" timezone "Mars/Olympus_Mons"\n')).toMatchObject([{
                code: 'invalid-calendar', line: 1, text: '"Mars/Olympus_Mons"'
            }]);
        });
    });

    describe('days and times', () => {
        it('reports a day that is not one, in hours and in maintenance, offering the day meant', async () => {
            expect(await findings(block('hours monday 08:00-18:00', 'hours Tue, Thurs 08:00-18:00', 'maintenance Sun, Snu 02:00-03:00'))).toEqual([
                {
                    code: 'invalid-calendar', severity: 1, line: 2, text: 'monday', suggestions: ['Mon'],
                    message: "In the hours of calendar 'Office': 'monday' is not a day. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun, or a range such as Mon-Fri. Did you mean 'Mon'?"
                },
                expect.objectContaining({ line: 3, text: 'Thurs', suggestions: ['Thu'] }),
                expect.objectContaining({
                    line: 4, text: 'Snu', suggestions: ['Sun'],
                    message: expect.stringMatching(/^In the maintenance of calendar 'Office': 'Snu' is not a day\./)
                })
            ]);
        });

        it('suggests both ends of a day range', () => {
            expect(daySpecSuggestion('Mon-Fry')).toBe('Mon-Fri');
            expect(daySpecSuggestion('monday-friday')).toBe('Mon-Fri');
            expect(daySpecSuggestion('Mon-Tue-Wed')).toBeUndefined();
        });

        it('reports a time range with a time that does not exist, an empty range, and one starting at the day\'s end', async () => {
            const result = await findings(block('hours Mon 25:00-26:00', 'hours Tue 08:00-08:00, 09:00-17:00', 'hours Wed 24:00-06:00', 'maintenance Sun 02:60-03:00'));
            expect(result.map(({ line, text, message }) => ({ line, text, message }))).toEqual([
                { line: 2, text: '25:00-26:00', message: "In the hours of calendar 'Office': '25:00' in '25:00-26:00' is not a time of day. Write times from 00:00 to 24:00." },
                { line: 3, text: '08:00-08:00', message: "In the hours of calendar 'Office': '08:00-08:00' is empty: it ends when it starts. Write the time it ends, or 00:00-24:00 for the whole day." },
                { line: 4, text: '24:00-06:00', message: "In the hours of calendar 'Office': '24:00-06:00' starts at 24:00, the end of the day. Start it at 00:00 instead." },
                { line: 5, text: '02:60-03:00', message: "In the maintenance of calendar 'Office': '02:60' in '02:60-03:00' is not a time of day. Write times from 00:00 to 24:00." }
            ]);
        });

        it('takes 24:00 as the end of a day and a range past midnight as running into the next', () => {
            expect(timeRangeProblem('00:00-24:00')).toBeUndefined();
            expect(timeRangeProblem('22:00-06:00')).toBeUndefined();
            expect(timeRangeProblem('20:00-00:00')).toBeUndefined();
            expect(timeRangeProblem('00:00-00:00')).toMatch(/is empty/);
            expect(timeRangeProblem('08:00-24:01')).toMatch(/'24:01' in '08:00-24:01' is not a time of day/);
        });
    });

    describe('dates', () => {
        it('reports a holiday date that does not exist, and a holiday that ends before it starts', async () => {
            const result = await findings(block('hours Mon-Fri 08:00-18:00', 'holiday 2026-02-30 "Made up"', 'holiday 2026-12-26 to 2026-12-24 "Christmas"',
                'holiday 2026-12-31 to 2026-13-01'));
            expect(result.map(({ line, text, message }) => ({ line, text, message }))).toEqual([
                { line: 3, text: '2026-02-30', message: "In the holidays of calendar 'Office': '2026-02-30' is not a calendar date. Write a real date as YYYY-MM-DD." },
                { line: 4, text: '2026-12-24', message: "In the holidays of calendar 'Office': the holiday 'Christmas' runs from 2026-12-26 to 2026-12-24, which ends before it starts. Swap or correct the dates." },
                { line: 5, text: '2026-13-01', message: "In the holidays of calendar 'Office': '2026-13-01' is not a calendar date. Write a real date as YYYY-MM-DD." }
            ]);
        });

        it('reports a one-off maintenance on a date that does not exist (2027 is no leap year)', async () => {
            expect(await findings(block('hours Mon-Fri 08:00-18:00', 'maintenance 2027-02-29 01:00-04:00', 'maintenance 2028-02-29 01:00-04:00'))).toMatchObject([{
                code: 'invalid-calendar', line: 3, text: '2027-02-29',
                message: "In the maintenance of calendar 'Office': '2027-02-29' is not a calendar date. Write a real date as YYYY-MM-DD."
            }]);
        });
    });

    it('reports a block with holidays or maintenance but no hours on the calendar\'s name: it would never open', async () => {
        expect(await findings(block('timezone "Europe/Berlin"', 'holiday 2026-12-24', 'maintenance Sun 02:00-05:00'))).toEqual([{
            code: 'invalid-calendar', severity: 1, line: 1, text: 'Office', suggestions: undefined,
            message: "Calendar 'Office' states holidays and maintenance but no hours, so it is never open and nothing can be measured over it. "
                + 'Add its weekly hours, e.g. `hours Mon-Fri 08:00-18:00`.'
        }]);
        expect(await findings(block('maintenance Sun 02:00-05:00'))).toMatchObject([{ text: 'Office', message: expect.stringContaining("states maintenance but no hours") }]);
    });
});

describe('timeZoneProblem', () => {
    it('accepts canonical names and links, and the names completion offers', () => {
        for (const zone of ['Europe/Berlin', 'America/New_York', 'UTC', 'US/Eastern', 'Asia/Kolkata']) {
            expect(timeZoneProblem(zone), zone).toBeUndefined();
        }
    });

    it('rejects what is no zone, an empty name included', () => {
        expect(timeZoneProblem('')).toBeDefined();
        expect(timeZoneProblem('CEST (Berlin)')).toBeDefined();
        expect(timeZoneProblem('Europe/Paris ')?.suggestions).toContain('Europe/Paris');
    });
});
