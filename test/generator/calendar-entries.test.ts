import { beforeAll, describe, expect, it } from 'vitest';
import { aroundTheWeek, weekRows } from '../../src/generator/calendar-entries.js';
import type { Catalog, CalendarEntry } from '../../src/generator/catalog-model.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../../src/language/time/week-intervals.js';
import { loadFixture } from './generator-fixture.js';
import { TIME_FILES } from './time-fixture.js';

const day = (index: number, hour: number) => index * MINUTES_PER_DAY + hour * 60;

describe('calendars in the catalog', () => {
    let catalog: Catalog;
    const calendar = (name: string): CalendarEntry => catalog.calendars.find(entry => entry.name === name)!;
    beforeAll(async () => {
        ({ catalog } = await loadFixture(TIME_FILES));
    });

    it('lists the workspace calendars with their zone and whether their hours can be computed', () => {
        expect(catalog.calendars.map(entry => [entry.id, entry.timezone, entry.structured, entry.roundTheClock])).toEqual([
            ['Always', 'America/New_York', true, true],
            ['Office', 'Europe/Berlin', true, false],
            ['Plant', 'Europe/Berlin', true, false],
            ['Weekdays', 'Europe/Berlin', true, false],
            ['Words', 'Europe/Berlin', false, false]
        ]);
        expect(calendar('Words')).toMatchObject({ text: 'Mon-Fri 07:00-19:00', week: [], holidays: [] });
    });

    it('carries each day of the week with its ranges cut at midnight', () => {
        expect(calendar('Office').week[0]).toEqual({ day: 'Mon', ranges: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:00' }] });
        expect(calendar('Office').week[6]).toEqual({ day: 'Sun', ranges: [] });
        // The Friday night shift continues into Saturday morning.
        expect(calendar('Plant').week[4]).toEqual({ day: 'Fri', ranges: [{ from: '06:00', to: '24:00' }] });
        expect(calendar('Plant').week[5]).toEqual({ day: 'Sat', ranges: [{ from: '00:00', to: '06:00' }] });
    });

    it('keeps inline holidays and those of the iCalendar file, by date', () => {
        expect(calendar('Office').holidays).toEqual([
            { from: '2026-10-03', to: '2026-10-03', title: 'German Unity Day' },
            { from: '2026-12-24', to: '2026-12-24', title: 'Christmas <Eve> | *closed*' },
            { from: '2026-12-25', to: '2026-12-26', title: 'Christmas' },
            { from: '2027-01-01', to: '2027-01-01', title: 'New Year' }
        ]);
    });

    it('keeps each maintenance window with its title, one across the week\'s end as one window', () => {
        expect(calendar('Plant').maintenance).toEqual([
            { from: 'Sun 23:00', to: 'Mon 01:00', title: 'Night backup' },
            { from: 'Sat 05:00', to: 'Sat 07:00' }
        ]);
        expect(calendar('Office').maintenanceOnce).toEqual([
            { date: '2026-03-29', from: '01:00', to: '04:00', title: 'Clock change' },
            { date: '2027-03-28', from: '23:00', to: '01:00', title: 'Next year' }
        ]);
    });

    it('includes a built-in calendar only where something names it', async () => {
        const { catalog: named } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live hours 24x7 }\nsla X { customer C provider P services S target availability >= 99.9% per month }'
        });
        expect(named.calendars.map(entry => [entry.name, entry.roundTheClock, entry.timezone])).toEqual([['24x7', true, undefined]]);
        const { catalog: unnamed } = await loadFixture({ 'a.svcdef': 'customer C' });
        expect(unnamed.calendars).toEqual([]);
    });
});

describe('the week as a table shows', () => {
    const week = (ranges: Record<string, [string, string][]>) => ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
        .map(name => ({ day: name as 'Mon', ranges: (ranges[name] ?? []).map(([from, to]) => ({ from, to })) }));

    it('an overnight range once, on the evening it starts', () => {
        const rows = weekRows(week({ Fri: [['08:00', '12:00'], ['22:00', '24:00']], Sat: [['00:00', '06:00'], ['09:00', '12:00']] }));
        expect(rows[4].ranges).toEqual([
            { from: '08:00', to: '12:00', overnight: false },
            { from: '22:00', to: '06:00', overnight: true }
        ]);
        expect(rows[5].ranges).toEqual([{ from: '09:00', to: '12:00', overnight: false }]);
    });

    it('a Sunday night range that runs into Monday on Sunday', () => {
        const rows = weekRows(week({ Mon: [['00:00', '06:00']], Sun: [['22:00', '24:00']] }));
        expect(rows[0].ranges).toEqual([]);
        expect(rows[6].ranges).toEqual([{ from: '22:00', to: '06:00', overnight: true }]);
    });

    it('whole days as whole days, cut at midnight', () => {
        const rows = weekRows(week({ Sun: [['22:00', '24:00']], Mon: [['00:00', '24:00']], Tue: [['00:00', '14:00']] }));
        expect(rows.slice(0, 2).map(row => row.ranges)).toEqual([
            [{ from: '00:00', to: '24:00', overnight: false }],
            [{ from: '00:00', to: '14:00', overnight: false }]
        ]);
        expect(rows[6].ranges).toEqual([{ from: '22:00', to: '24:00', overnight: false }]);
    });
});

describe('intervals around the week', () => {
    it('join a window across the week\'s end into one that ends past it', () => {
        expect(aroundTheWeek([[0, 60], [day(2, 8), day(2, 9)], [day(6, 23), MINUTES_PER_WEEK]]))
            .toEqual([[day(2, 8), day(2, 9)], [day(6, 23), MINUTES_PER_WEEK + 60]]);
    });

    it('leave the whole week and windows that do not cross its end alone', () => {
        expect(aroundTheWeek([[0, MINUTES_PER_WEEK]])).toEqual([[0, MINUTES_PER_WEEK]]);
        expect(aroundTheWeek([[0, 60], [day(3, 1), day(3, 2)]])).toEqual([[0, 60], [day(3, 1), day(3, 2)]]);
    });
});
