import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { slaOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';
import { cellContentOf } from './generated-outputs.js';
import { TIME_FILES } from './time-fixture.js';

/** The part of a document from one heading to the next of the same level. */
function section(text: string, heading: string, next: string): string {
    const start = text.indexOf(heading);
    expect(start, heading).toBeGreaterThanOrEqual(0);
    return text.slice(start, text.indexOf(next, start + heading.length));
}

describe('SLA documents state time', () => {
    let catalog: Catalog;
    const document = (name: string, view: 'customer' | 'support', format: 'html' | 'md') =>
        cellContentOf(slaOutputs(catalog, { names: [], view, formats: [format] }).files, `${name}.${format}`);
    beforeAll(async () => {
        ({ catalog } = await loadFixture(TIME_FILES));
    });

    it('in a service hours section: service hours, support hours, time zone, maintenance and holidays in words', () => {
        const md = section(document('clinic', 'customer', 'md'), '## Service hours', '## Service level targets');
        expect(md).toContain('- **Service hours:** Plant shifts. Availability is measured within these hours, less maintenance windows.');
        expect(md).toContain('- **Support hours:** Office \\<hours\\>. Incidents are worked within these hours. '
            + 'Business hours and business days in the targets count only these hours.');
        expect(md).toContain('- **Time zone:** Europe/Berlin');
        expect(md).toContain('- **Maintenance:** Service hours: Night backup: every Sunday 23:00 to Monday 01:00; every Saturday 05:00–07:00. '
            + 'Support hours: Clock change: on 2026-03-29 01:00–04:00.');
        // The holidays of the agreement's validity, from the iCalendar file and inline; New Year 2027 is after it.
        expect(md).toContain('Support hours: Closed on 2026-10-03 German Unity Day; 2026-12-24 Christmas \\<Eve\\> \\| \\*closed\\*; '
            + '2026-12-25 to 2026-12-26 Christmas.');
        expect(md).not.toContain('New Year');
        // So is maintenance announced for 2027.
        expect(md).not.toContain('Next year');
        // The section replaces the term line the first edition had.
        expect(section(document('clinic', 'customer', 'md'), '## Parties and terms', '## Services')).not.toContain('Service hours');
    });

    it('in a weekly table, Monday to Sunday, with closed days and the overnight shift on the day it starts', () => {
        const md = document('clinic', 'customer', 'md');
        expect(md).toContain([
            'Weekly hours (Europe/Berlin):',
            '',
            '| Day | Service hours: Plant shifts | Support hours: Office \\<hours\\> |',
            '| --- | --- | --- |',
            '| Monday | 06:00–22:00 | 08:00–12:00, 13:00–18:00 |',
            '| Tuesday | 06:00–22:00 | 08:00–12:00, 13:00–18:00 |',
            '| Wednesday | 06:00–22:00 | 08:00–12:00, 13:00–18:00 |',
            '| Thursday | 06:00–22:00 | 08:00–12:00, 13:00–18:00 |',
            '| Friday | 06:00 to Saturday 06:00 | 08:00–12:00, 13:00–18:00 |',
            '| Saturday | closed | 09:00–13:00 |',
            '| Sunday | closed | closed |'
        ].join('\n'));
        const html = document('clinic', 'customer', 'html');
        expect(html).toContain('<caption>Weekly hours (Europe/Berlin)</caption>');
        expect(html).toContain('<thead><tr><th scope="col">Day</th><th scope="col">Service hours: Plant shifts</th><th scope="col">Support hours: Office &lt;hours&gt;</th></tr></thead>');
        expect(html).toContain('<tr><th scope="row">Friday</th><td>06:00 to Saturday 06:00</td><td>08:00–12:00, 13:00–18:00</td></tr>');
        expect(html).toContain('<dd>Service hours: None stated. Support hours: Closed on 2026-10-03 German Unity Day; 2026-12-24 Christmas &lt;Eve&gt; | *closed*;');
    });

    it('round the clock where an agreement states no hours, and the service hours as support hours where it states no support hours', async () => {
        const desk = document('desk', 'customer', 'md');
        expect(desk).toContain('- **Support hours:** The service hours. Incidents are worked within them.');
        expect(desk).toContain('| Saturday | closed |');
        const { catalog: plain } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S target availability >= 99.9% per month }'
        });
        const md = cellContentOf(slaOutputs(plain, { names: [], view: 'customer', formats: ['md'] }).files, 'x.md');
        expect(md).toContain('- **Service hours:** Not stated: availability is measured round the clock, every day.\n- **Support hours:** Not stated.\n');
        expect(md).not.toContain('Weekly hours');
    });

    it('every holiday and announced window where the agreement states no validity, a window past midnight ending the next day', async () => {
        const { catalog: open } = await loadFixture({
            'a.svcdef': 'calendar Office { hours Mon-Fri 08:00-18:00 holiday 2026-12-24 "Eve" holiday 2030-01-01 "Far" maintenance 2030-05-01 23:00-01:00 "Late" }\n'
                + 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S hours Office }'
        });
        const md = cellContentOf(slaOutputs(open, { names: [], view: 'customer', formats: ['md'] }).files, 'x.md');
        expect(md).toContain('- **Time zone:** Not stated: the hours are local time.\n');
        expect(md).toContain('- **Maintenance:** Late: on 2030-05-01 23:00–01:00 the next day.\n');
        expect(md).toContain('- **Holidays:** Closed on 2026-12-24 Eve; 2030-01-01 Far.\n');
        expect(md).toContain('Weekly hours (local time):');
    });

    it('for hours stated in words: the words, and no table', () => {
        const md = document('legacy', 'customer', 'md');
        expect(md).toContain('- **Service hours:** Mon-Fri 07:00-19:00 (hours as stated in words).');
        expect(md).not.toContain('Weekly hours');
        expect(md).not.toContain('**Maintenance:**');
    });

    it('in target tables durations as people write them, and the clock time a business duration can take', () => {
        // One business day on Mon–Fri 08:00–18:00: 24 hours from within the day, from Friday 18:00 to Tuesday 08:00 at most.
        expect(document('desk', 'customer', 'md'))
            .toContain('| Incident resolution time | at most 1 business day (24 hours to 3 days 14 hours of clock time) | Not stated | P2 incidents | — |');
        const clinic = document('clinic', 'customer', 'md');
        // Two business days on Mon–Fri plus Saturday mornings: at most from Saturday 13:00 to Wednesday 08:00.
        expect(clinic).toContain('| at most 2 business days (2 days to 3 days 19 hours of clock time) |');
        // 16 business hours: from Monday 08:00 to Tuesday 16:00 at least, from Thursday 18:00 to Monday 11:00 at most.
        expect(clinic).toContain('| at most 16 business hours (32 hours to 3 days 17 hours of clock time) |');
        expect(document('results', 'customer', 'md')).toContain('| Latency | at most 200 milliseconds | Not stated | 95th percentile | — |');
        expect(document('legacy', 'customer', 'md')).toContain('at most 3 business days (clock time unknown: Words states its hours as free text)');
    });

    it('the error budget beside each availability target, over the hours it is measured in', () => {
        // 50 hours a week: 50 × 3600 × 30.436875 / 7 = 782,662.5 s measured per month, 0.1% of it 782.7 s.
        expect(document('desk', 'customer', 'md'))
            .toContain('| Availability | at least 99.9% | per calendar month | All | 13 min 3 s of downtime per month within Weekdays |');
        // 88 shift hours less the hour of Saturday maintenance inside them: 87 h, 0.2% of 1,361,832.75 s.
        const clinic = document('clinic', 'customer', 'html');
        expect(clinic).toContain('<td>45 min 24 s of downtime per month within Plant shifts</td>');
        // Round the clock less an hour of weekly maintenance: 167 h a week.
        expect(clinic).toContain('<td>2 h 10 min 42 s of downtime per quarter</td>');
        expect(document('results', 'customer', 'md')).toContain('| 21 min 47 s of downtime per month |');
        expect(clinic).toContain('<p class="muted">Error budget: the downtime an availability target allows per window');
        expect(document('legacy', 'customer', 'md')).toContain('| Not computed: calendar Words states its hours in words only |');
    });

    it('the error budget of 99.9% per month round the clock as 43 min 50 s', async () => {
        const { catalog: always } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S hours 24x7 target availability >= 99.9% per month target availability >= 99% }'
        });
        const md = cellContentOf(slaOutputs(always, { names: [], view: 'customer', formats: ['md'] }).files, 'x.md');
        expect(md).toContain('| 43 min 50 s of downtime per month |');
        expect(md).toContain('| 7 h 18 min 17 s of downtime per month (assumed: the target states no window) |');
    });

    it('what the supporting agreements leave of the budget, in the support view only', () => {
        const support = document('clinic', 'support', 'md');
        expect(support).toContain('45 min 24 s of downtime per month within Plant shifts; the supporting agreements together reach 99.9% and leave 22 min 42 s of it');
        expect(support).toContain('- **Service hours:** Plant shifts (Europe/Berlin)');
        for (const format of ['md', 'html'] as const) {
            expect(document('clinic', 'customer', format)).not.toContain('supporting agreements together');
        }
    });

    it('says when the supporting agreements alone may use more than the whole budget', async () => {
        const { catalog: weak } = await loadFixture({
            ...TIME_FILES,
            'agreements.svcdef': TIME_FILES['agreements.svcdef'].replace('target availability >= 99.9% per month\n}', 'target availability >= 99.7% per month\n}')
        });
        const md = cellContentOf(slaOutputs(weak, { names: ['Clinic'], view: 'support', formats: ['md'] }).files, 'clinic.md');
        expect(md).toContain('the supporting agreements together reach only 99.7% and may use 22 min 42 s more than all of it');
    });

    it('the same way every time', async () => {
        const { catalog: again } = await loadFixture(TIME_FILES);
        const all = (from: Catalog) => slaOutputs(from, { names: [], view: 'support', formats: ['html', 'md'] }).files;
        expect(all(again)).toEqual(all(catalog));
    });
});

describe('service pages state', () => {
    it('service hours and support hours', async () => {
        const { catalog } = await loadFixture(TIME_FILES);
        const { allCatalogFiles } = await import('./generated-outputs.js');
        const files = allCatalogFiles(catalog);
        expect(cellContentOf(files, 'customer/services/portal.html'))
            .toContain('<dt>Service hours</dt><dd>Plant shifts (Europe/Berlin)</dd>\n<dt>Support hours</dt><dd>Office &lt;hours&gt; (Europe/Berlin)</dd>');
        expect(cellContentOf(files, 'customer/catalog.md')).toContain('- **Support hours:** Office \\<hours\\> (Europe/Berlin)');
    });
});
