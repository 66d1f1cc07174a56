import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'holidays');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const { workspace } = createTestServices();

const calendar = (file: string) => [
    'calendar Office {',
    '  timezone "Europe/Berlin"',
    '  hours Mon-Fri 08:00-18:00',
    `  holidays "${file}"`,
    '}',
    ''
].join('\n');

/** The diagnostics of the calendar file, each with the text it marks and its line (1-based). */
async function findings(files: Record<string, string>) {
    const ws = await workspace(files);
    const document = ws.document('calendars/office.svcdef').textDocument;
    return ws.diagnostics('calendars/office.svcdef').map(diagnostic => ({
        code: String(diagnostic.code), severity: diagnostic.severity, line: diagnostic.range.start.line + 1,
        text: document.getText(diagnostic.range), message: diagnostic.message
    }));
}

describe('invalid-calendar on a holidays file', () => {
    it('accepts an iCalendar file next to the calendar, and one in a shared folder', async () => {
        expect(await findings({ 'calendars/office.svcdef': calendar('berlin.ics'), 'calendars/berlin.ics': fixture('berlin-2026.ics') })).toEqual([]);
        expect(await findings({ 'calendars/office.svcdef': calendar('../shared/berlin.ics'), 'shared/berlin.ics': fixture('berlin-2026.ics') })).toEqual([]);
    });

    it('reports a missing file as an error on the path of the holidays line', async () => {
        expect(await findings({ 'calendars/office.svcdef': calendar('berlin.ics'), 'berlin.ics': fixture('berlin-2026.ics') })).toEqual([{
            code: 'invalid-calendar', severity: 1, line: 4, text: '"berlin.ics"',
            message: "The holidays file 'berlin.ics' does not exist (looked for /workspace/calendars/berlin.ics); correct the path, which is relative to the folder of this file, or create the file."
        }]);
    });

    it('reports a file that is not iCalendar', async () => {
        const result = await findings({ 'calendars/office.svcdef': calendar('berlin.ics'), 'calendars/berlin.ics': fixture('not-icalendar.ics') });
        expect(result).toMatchObject([{ code: 'invalid-calendar', line: 4, text: '"berlin.ics"' }]);
        expect(result[0].message).toMatch(/^The holidays file 'berlin\.ics' is not an iCalendar file .*; export the holidays as iCalendar/);
    });

    it('reports an event without a start date, naming the event', async () => {
        const result = await findings({ 'calendars/office.svcdef': calendar('berlin.ics'), 'calendars/berlin.ics': fixture('event-without-start.ics') });
        expect(result).toMatchObject([{ code: 'invalid-calendar', line: 4 }]);
        expect(result[0].message).toContain("has an event 'Betriebsausflug' without a start date (DTSTART)");
    });

    it('reports each unreadable file of a calendar on its own line, and nothing on the readable one', async () => {
        const text = 'calendar Office {\n  hours Mon-Fri 08:00-18:00\n  holidays "berlin.ics"\n  holidays "missing.ics"\n  holidays "broken.ics"\n}\n';
        const result = await findings({
            'calendars/office.svcdef': text, 'calendars/berlin.ics': fixture('berlin-2026.ics'), 'calendars/broken.ics': fixture('not-icalendar.ics')
        });
        expect(result.map(finding => [finding.line, finding.text])).toEqual([[4, '"missing.ics"'], [5, '"broken.ics"']]);
    });

    it('reports the same broken file once for each calendar that names it', async () => {
        const text = `${calendar('broken.ics')}calendar Support {\n  hours Mon-Sat 07:00-20:00\n  holidays "broken.ics"\n}\n`;
        const result = await findings({ 'calendars/office.svcdef': text, 'calendars/broken.ics': fixture('not-icalendar.ics') });
        expect(result.map(finding => finding.line)).toEqual([4, 8]);
    });
});
