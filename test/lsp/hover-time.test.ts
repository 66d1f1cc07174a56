import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
import { hoverText } from './lsp-test-helpers.js';

/**
 * Hovers on what time means in a file: a calendar's week, maintenance and next holidays;
 * a business duration in clock time; the downtime an availability target allows and
 * how much of it the supporting agreements leave. The workspace's today is 2026-06-01.
 */
const BERLIN_HOLIDAYS = readFileSync(new URL('../fixtures/holidays/berlin-2026.ics', import.meta.url), 'utf8');

const PARTIES = `customer Finance
unit NetworkOps
provider IT
service Erp { status live owner IT }
`;

const OFFICE = `calendar Office "Office hours" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-18:00
}
`;

describe('hover on a calendar', () => {
    const FILES = {
        'calendars.svcdef': `/** When the service desk answers. */
calendar Business "Office hours" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-12:00, 13:00-18:00
  hours Sat 09:00-13:00
  holiday 2025-12-24 "Christmas Eve"
  holiday 2026-12-24 "Christmas Eve"
  holiday 2026-12-31 to 2027-01-01 "New Year"
  holidays "holidays/berlin.ics"
  maintenance Sun 02:00-05:00 "Weekly patch window"
  maintenance 2026-03-29 01:00-04:00 "Past migration"
  maintenance 2027-03-28 01:00-04:00 "Core switch upgrade"
}
calendar Night { hours Fri 22:00-06:00 }
calendar Old "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"
calendar Floating { hours Mon-Fri 08:00-18:00 }
calendar Mars { timezone "Mars/Olympus" hours Mon 08:00-18:00 }
`,
        'holidays/berlin.ics': BERLIN_HOLIDAYS,
        'agreements.svcdef': PARTIES + 'sla ErpSla { customer Finance services Erp hours 24x7 support hours Business }\n'
    };

    it('shows its time zone, weekly hours, the week as a table, and its doc comment', async () => {
        const ws = await createTestServices().workspace(FILES);
        const text = await hoverText(ws, 'calendars.svcdef', 'calendar Busi|ness');
        expect(text).toContain('**calendar `Business`** — Office hours');
        expect(text).toContain('When the service desk answers.');
        expect(text).toContain('- **Time zone:** Europe/Berlin\n- **Open:** 49 hours a week');
        expect(text).toContain([
            '| Day | Open |',
            '|---|---|',
            '| Mon | 08:00–12:00, 13:00–18:00 |',
            '| Tue | 08:00–12:00, 13:00–18:00 |',
            '| Wed | 08:00–12:00, 13:00–18:00 |',
            '| Thu | 08:00–12:00, 13:00–18:00 |',
            '| Fri | 08:00–12:00, 13:00–18:00 |',
            '| Sat | 09:00–13:00 |',
            '| Sun | closed |'
        ].join('\n'));
    });

    it('lists the weekly maintenance and the one-off windows still to come', async () => {
        const ws = await createTestServices().workspace(FILES);
        const text = await hoverText(ws, 'calendars.svcdef', 'calendar Busi|ness');
        expect(text).toContain('**Maintenance:**\n- every Sun 02:00–05:00 — Weekly patch window\n- 2027-03-28 01:00–04:00 — Core switch upgrade');
        expect(text).not.toContain('Past migration');
    });

    it('lists the next holidays from today, inline ones and those of its iCalendar file, in date order', async () => {
        const ws = await createTestServices().workspace(FILES);
        const text = await hoverText(ws, 'agreements.svcdef', 'support hours Busi|ness');
        expect(text).toContain([
            '**Next holidays** (from 2026-06-01):',
            '- 2026-12-24 — Christmas Eve',
            '- 2026-12-24 to 2026-12-26 — Weihnachten',
            '- 2026-12-31 to 2027-01-01 — New Year',
            '- 2027-01-01 — Neujahr'
        ].join('\n'));
        // Last year's Christmas Eve and the file's Labour Day 2026-05-01 are over.
        expect(text).not.toContain('2025-12-24');
        expect(text).not.toContain('Tag der Arbeit');
    });

    it('counts the holidays beyond the first five, and says when none is left', async () => {
        const holidays = Array.from({ length: 7 }, (_, index) => `  holiday 2026-07-0${index + 1}`).join('\n');
        const ws = await createTestServices({ today: '2026-07-01' }).workspace({
            'a.svcdef': `calendar Summer {\n  hours Mon-Fri 08:00-18:00\n${holidays}\n}\ncalendar Over { hours Mon 08:00-18:00 holiday 2026-01-01 }\n`
        });
        const text = await hoverText(ws, 'a.svcdef', 'calendar Summ|er');
        expect(text).toContain('**Next holidays** (from 2026-07-01):\n- 2026-07-01\n- 2026-07-02\n- 2026-07-03\n- 2026-07-04\n- 2026-07-05\n- and 2 more');
        expect(await hoverText(ws, 'a.svcdef', 'calendar Ov|er')).toContain('**Holidays:** none on or after 2026-07-01.');
    });

    it('shows a range past midnight on both days it touches', async () => {
        const ws = await createTestServices().workspace(FILES);
        const text = await hoverText(ws, 'calendars.svcdef', 'calendar Nig|ht');
        expect(text).toContain('| Fri | 22:00–24:00 |\n| Sat | 00:00–06:00 |');
        expect(text).toContain('- **Open:** 8 hours a week');
    });

    it('says when no time zone is stated, or the one stated is unknown', async () => {
        const ws = await createTestServices().workspace(FILES);
        expect(await hoverText(ws, 'calendars.svcdef', 'calendar Float|ing'))
            .toContain('- **Time zone:** not stated: the hours are read in the time zone of whatever they are compared with');
        expect(await hoverText(ws, 'calendars.svcdef', 'calendar Ma|rs')).toContain('- **Time zone:** "Mars/Olympus" is not a time zone the runtime knows');
    });

    it('says of a one-line calendar that its hours are free text, and how to write them as a block', async () => {
        const ws = await createTestServices().workspace(FILES);
        const text = await hoverText(ws, 'calendars.svcdef', 'calendar O|ld');
        expect(text).toContain('- **Time zone:** Europe/Berlin');
        expect(text).toContain('Its hours are free text ("Mon-Fri 08:00-18:00")');
        expect(text).toContain('`calendar Old { hours Mon-Fri 08:00-18:00 }`');
        expect(text).not.toContain('| Day | Open |');
    });

    it('shows the built-in 24x7 as open round the clock', async () => {
        const ws = await createTestServices().workspace(FILES);
        const text = await hoverText(ws, 'agreements.svcdef', 'hours 24|x7');
        expect(text).toContain('**calendar `24x7`**');
        expect(text).toContain('- **Open:** 168 hours a week');
        expect(text).toContain('Open round the clock, every day.');
        expect(text).not.toContain('Time zone');
    });
});

describe('hover on a business-duration target', () => {
    it('shows its range in clock time on the support hours it runs on', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + OFFICE
                + 'sla ErpSla { customer Finance services Erp hours 24x7 support hours Office\n'
                + '  target incidentResolution <= 1 business days for P3\n  target incidentResponse <= 4 business hours for P2\n'
                + '  target incidentResponse <= 1 business hour for P1 }\n'
        });
        // A start at Fri 18:00 is counted from Mon 08:00 and ends Tue 08:00: 3 days 14 hours later.
        expect(await hoverText(ws, 'a.svcdef', '1 busi|ness days')).toBe([
            '**target** `incidentResolution <= 1 business days for P3`',
            '**1 business day** on `Office` (Mon–Fri 08:00–18:00, Europe/Berlin): 1 day to 3 days 14 hours in clock time, holidays aside. '
            + 'Business time runs on the SLA `ErpSla`\'s support hours.'
        ].join('\n\n'));
        // Four hours from Fri 16:00 end at Mon 10:00.
        expect(await hoverText(ws, 'a.svcdef', '<= |4 business hours'))
            .toContain('**4 business hours** on `Office` (Mon–Fri 08:00–18:00, Europe/Berlin): 4 hours to 2 days 18 hours in clock time');
        // One hour from Fri 17:30 ends Mon 08:30.
        expect(await hoverText(ws, 'a.svcdef', '1 business ho|ur'))
            .toContain('**1 business hour** on `Office` (Mon–Fri 08:00–18:00, Europe/Berlin): 1 hour to 2 days 15 hours in clock time');
    });

    it('runs on the service hours where no support hours are stated, also for an offering and a credit', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + OFFICE
                + 'service Desk { status live owner IT hours Office offering Gold { price 1 EUR target incidentResolution <= 8 business hours } }\n'
                + 'sla DeskSla { customer Finance services Desk hours Office\n'
                + '  target incidentResolution <= 2 business days\n'
                + '  credit 5% of monthly charge when incidentResolution > 2 business days }\n'
        });
        expect(await hoverText(ws, 'a.svcdef', '<= 8 busi|ness hours')).toContain('Business time runs on the service `Desk`\'s service hours.');
        const credit = await hoverText(ws, 'a.svcdef', '> 2 busi|ness days');
        expect(credit).toContain('**credit condition** `incidentResolution > 2 business days`');
        expect(credit).toContain('**2 business days** on `Office` (Mon–Fri 08:00–18:00, Europe/Berlin): 2 days to 4 days 14 hours in clock time');
        expect(credit).toContain('Business time runs on the SLA `DeskSla`\'s service hours.');
    });

    it('says what is missing where no calendar, or only free-text hours, say when business time runs', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + 'calendar Old "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"\n'
                + 'sla NoHours { customer Finance target incidentResolution <= 2 business hours }\n'
                + 'sla FreeText { customer Finance support hours Old target incidentResolution <= 3 business days }\n'
        });
        expect(await hoverText(ws, 'a.svcdef', '2 busi|ness hours'))
            .toContain('Business time needs a calendar, and none is stated: give the SLA `NoHours` `support hours` (or `hours`) to see 2 business hours in clock time.');
        expect(await hoverText(ws, 'a.svcdef', '3 busi|ness days'))
            .toContain('3 business days cannot be turned into clock time: the support hours calendar `Old` states its hours as free text.');
    });

    it('does not convert an amount no agreement means, which counting working days could not finish', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + OFFICE + 'sla S { customer Finance support hours Office target incidentResolution <= 9007199254740993 business days }\n'
        });
        expect(await hoverText(ws, 'a.svcdef', 'business da|ys')).toContain('on `Office` (Mon–Fri 08:00–18:00, Europe/Berlin): too long to be shown in clock time.');
    });

    it('shows the metric card after the target on the metric name', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + OFFICE + 'sla S { customer Finance support hours Office target incidentResolution <= 1 business days }\n'
        });
        const text = await hoverText(ws, 'a.svcdef', 'target incidentRes|olution');
        expect(text).toMatch(/^\*\*target\*\* `incidentResolution <= 1 business days`\n\n\*\*1 business day\*\*[^]*\n\n---\n\n\*\*metric `incidentResolution`\*\*/);
    });
});

describe('hover on an availability target', () => {
    it('shows the downtime it allows per window round the clock: 99.9% per month is 43 min 50 s', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + 'sla S { customer Finance services Erp\n  target availability >= 99.9% per month\n  target availability >= 99.5% }\n'
        });
        expect(await hoverText(ws, 'a.svcdef', '>= 99.|9% per month')).toBe([
            '**target** `availability >= 99.9% per month`',
            '**Error budget:** allows 43 min 50 s of downtime per month over 24x7 (no service hours stated).'
        ].join('\n\n'));
        // 0.5% of a 30.436875-day month is 13,148.73 s.
        expect(await hoverText(ws, 'a.svcdef', '>= 99.|5%'))
            .toContain('allows 3 h 39 min 9 s of downtime per month (no window stated: a month assumed) over 24x7');
    });

    it('measures over the service hours, or the target\'s `during` calendar, less the weekly maintenance in them', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + `calendar Office {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-18:00
  maintenance Fri 17:00-18:00
  maintenance Sun 02:00-05:00
}
calendar Late { hours Mon-Fri 08:00-22:00 }
sla S { customer Finance services Erp hours Office
  target availability >= 99.9% per month
  target availability >= 99% per week during Late }
`
        });
        // 49 measured hours a week (Sunday's window is outside them) × 30.436875 / 7 days = 767,009.25 s; 0.1% is 767 s.
        expect(await hoverText(ws, 'a.svcdef', '>= 99.|9%')).toContain(
            '**Error budget:** allows 12 min 47 s of downtime per month over `Office` (Mon–Fri 08:00–18:00, Europe/Berlin) less its weekly maintenance.');
        // 70 hours in a week; 1% is 42 minutes.
        expect(await hoverText(ws, 'a.svcdef', '>= 9|9% per week')).toContain(
            '**Error budget:** allows 42 min of downtime per week over `Late` (Mon–Fri 08:00–22:00).');
    });

    it('shows no budget for a percentage above 100', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': PARTIES + 'sla S { customer Finance target availability >= 150% per month }\n' });
        expect(await hoverText(ws, 'a.svcdef', '>= 15|0%')).toBeUndefined();
    });

    it('says that free-text service hours give no budget', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + 'calendar Old "Mon-Fri 08:00-18:00"\nsla S { customer Finance hours Old target availability >= 99.9% per month }\n'
        });
        expect(await hoverText(ws, 'a.svcdef', '>= 99.|9%'))
            .toContain('**Error budget:** unknown: the service hours calendar `Old` states its hours as free text.');
    });

    it('on an SLA, shows how much of the budget its supporting agreements leave, or how far they exceed it', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + 'supplier Cloud\n'
                + 'sla S { customer Finance services Erp target availability >= 99.9% per month }\n'
                + 'ola Net { unit NetworkOps supports S target availability >= 99.98% per month }\n'
                + 'uc Host { supplier Cloud supports S target availability >= 99.97% per month }\n'
                + 'sla T { customer Finance services Erp target availability >= 99.9% per month }\n'
                + 'uc Weak { supplier Cloud supports T target availability >= 99.8% per month }\n'
        });
        // 99.98% × 99.97% = 99.950006%: 21 min 55 s of downtime (1,315.0 s) of the 2,629.7 s budget.
        expect(await hoverText(ws, 'a.svcdef', 'sla S { customer Finance services Erp target availability >= 99.|9%')).toContain(
            '**Supporting chain**: OLA `Net` 99.98% × UC `Host` 99.97% = 99.95%; it may be down 21 min 55 s per month over the same hours, '
            + 'which leaves 21 min 55 s of the budget.');
        expect(await hoverText(ws, 'a.svcdef', 'sla T { customer Finance services Erp target availability >= 99.|9%')).toContain(
            '**Supporting chain**: UC `Weak` 99.8%; it may be down 1 h 27 min 39 s per month over the same hours, 43 min 50 s more than the whole budget.');
    });

    it('shows the chain for a target of a `for service` block, naming the service where the SLA covers several', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + 'service Crm { status live owner IT }\n'
                + 'sla S { customer Finance services Erp, Crm for service Erp { target availability >= 99.9% per month } }\n'
                + 'ola Net { unit NetworkOps supports S services Erp target availability >= 99.95% per month }\n'
        });
        expect(await hoverText(ws, 'a.svcdef', 'for service Erp { target availability >= 99.|9%')).toContain(
            '**Supporting chain** for service `Erp`: OLA `Net` 99.95%; it may be down 21 min 55 s per month over the same hours, which leaves 21 min 55 s of the budget.');
    });

    it('composes a redundancy group in parallel in the chain', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': PARTIES + 'supplier TelcoA\nsupplier TelcoB\n'
                + 'sla Paging { customer Finance services Erp target availability >= 99.9% per month }\n'
                + 'uc CarrierA { supplier TelcoA supports Paging redundant with CarrierB target availability >= 99.5% per month }\n'
                + 'uc CarrierB { supplier TelcoB supports Paging redundant with CarrierA target availability >= 99.5% per month }\n'
        });
        // 1 − 0.005² = 99.9975%: 1 min 6 s of downtime a month.
        expect(await hoverText(ws, 'a.svcdef', 'sla Paging { customer Finance services Erp target availability >= 99.|9%')).toContain(
            '**Supporting chain**: UC `CarrierA` 99.5% ∥ UC `CarrierB` 99.5% = 99.9975%; it may be down 1 min 6 s per month over the same hours, '
            + 'which leaves 42 min 44 s of the budget.');
    });
});
