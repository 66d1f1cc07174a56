import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import type { Calendar } from '../generated/ast.js';
import type { StructuredCalendar } from './calendar-model.js';
import { maintenanceOccurrences, minutesOf, openOccurrences, upcomingHolidays } from './calendar-occurrences.js';

async function calendarOf(text: string): Promise<StructuredCalendar> {
    const { workspace } = createTestServices();
    const ws = await workspace({ 'calendars.svcdef': text });
    const calendar = ws.document('calendars.svcdef').parseResult.value.elements[0] as Calendar;
    const model = ws.services.time.Calendars.modelOf(calendar);
    if (!model.structured) throw new Error('expected a structured calendar');
    return model;
}

describe('calendar occurrences', () => {
    it('give a night-time maintenance window across the March change in Europe/Berlin its real length', async () => {
        const calendar = await calendarOf(`calendar Ops { timezone "Europe/Berlin" hours Mon-Sun 00:00-24:00
            maintenance Sun 01:00-04:00 "Patching" }`);
        // 2027-03-28 is the last Sunday of March: clocks go from 02:00 to 03:00.
        const [before, across, after] = maintenanceOccurrences(calendar, '2027-03-21', '2027-04-04');
        expect(minutesOf(before)).toBe(180);
        expect(across.start.toUTC().toISO()).toBe('2027-03-28T00:00:00.000Z');
        expect(across.end.toUTC().toISO()).toBe('2027-03-28T02:00:00.000Z');
        expect(minutesOf(across)).toBe(120);
        expect(minutesOf(after)).toBe(180);
        expect(across.title).toBe('Patching');
    });

    it('give the October change its extra hour, and keep a one-off window in order', async () => {
        const calendar = await calendarOf(`calendar Ops { timezone "Europe/Berlin" hours Mon-Sun 00:00-24:00
            maintenance Sun 01:00-04:00 maintenance 2027-10-30 22:00-02:00 "Core switch" }`);
        const occurrences = maintenanceOccurrences(calendar, '2027-10-30', '2027-10-31');
        expect(occurrences.map(minutesOf)).toEqual([240, 240]);
        expect(occurrences[0].title).toBe('Core switch');
    });

    it('leave holidays out of the open hours and list the next ones', async () => {
        const calendar = await calendarOf(`calendar Office { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00
            holiday 2026-12-24 to 2026-12-26 "Christmas" holiday 2027-01-01 "New Year" }`);
        const open = openOccurrences(calendar, '2026-12-21', '2026-12-27');
        expect(open.map(occurrence => occurrence.start.toISODate())).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
        expect(upcomingHolidays(calendar, '2026-12-25', 5).map(holiday => holiday.title)).toEqual(['Christmas', 'New Year']);
    });
});
