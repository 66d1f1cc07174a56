import { describe, expect, it } from 'vitest';
import { isCalendar, type Calendar } from '../generated/ast.js';
import type { StructuredCalendar } from '../time/calendar-model.js';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { blockFor, HoursCoverage } from './hours-coverage-checks.js';

const { workspace } = createTestServices();

const PARTIES = 'provider IT "IT"\ncustomer Finance "Finance"\nunit Desk "Service desk"\nsupplier Telco "Telco"\n';

/** A calendar block from its lines: `calendar Name { … }`. */
const calendar = (name: string, ...lines: string[]) => `calendar ${name} {\n${lines.map(line => `  ${line}\n`).join('')}}\n`;

/** An SLA and an OLA that supports it, with the given hours lines (`hours X`, `support hours Y`). */
const chain = (slaHours: string, olaHours: string) => `${PARTIES}
service Erp "ERP" { status live owner IT }
sla Finance { customer Finance provider IT services Erp ${slaHours} target availability >= 99% per month }
ola DeskOla { unit Desk provider IT supports Finance services Erp ${olaHours} target availability >= 99.5% per month }
`;

/** The findings of every file, each with its code, file and line (1-based), the text it marks and its message. */
async function findings(files: Record<string, string>) {
    const ws = await workspace(files);
    return Object.entries(ws.allDiagnostics()).flatMap(([name, diagnostics]) => diagnostics.map(diagnostic => ({
        code: String(diagnostic.code), where: `${name}:${diagnostic.range.start.line + 1}`,
        text: ws.document(name).textDocument.getText(diagnostic.range), message: String(diagnostic.message),
        uncovered: (diagnostic.data as { uncovered?: string } | undefined)?.uncovered
    })));
}

const OFFICE = calendar('Office', 'hours Mon-Fri 08:00-18:00');
const EXTENDED = calendar('Extended', 'hours Mon-Sat 06:00-22:00');

describe('hours-not-covered between an OLA or UC and the SLA it supports', () => {
    it('names the first uncovered interval in week order, on the OLA\'s hours', async () => {
        expect(await findings({ 'a.svcdef': OFFICE + EXTENDED + chain('hours Extended', 'hours Office') })).toEqual([{
            code: 'hours-not-covered', where: 'a.svcdef:14', text: 'Office', uncovered: 'Mon 06:00–08:00',
            message: "Hours 'Office' of OLA 'DeskOla' do not cover Mon 06:00–08:00 of the hours 'Extended' of SLA 'Finance', which it supports. "
                + "Widen the OLA's hours to cover the SLA's, or narrow the SLA's hours."
        }]);
    });

    it('accepts an OLA on 24x7 under any SLA, and an OLA whose hours are the SLA\'s or wider', async () => {
        expect(await findings({ 'a.svcdef': EXTENDED + chain('hours Extended', 'hours 24x7') })).toEqual([]);
        expect(await findings({ 'a.svcdef': OFFICE + EXTENDED + chain('hours Office', 'hours Extended') })).toEqual([]);
        expect(await findings({ 'a.svcdef': OFFICE + chain('hours Office', 'hours Office') })).toEqual([]);
    });

    it('holds an office-hours OLA against a 24x7 SLA from Monday midnight', async () => {
        expect((await findings({ 'a.svcdef': OFFICE + chain('hours 24x7', 'hours Office') })).map(finding => finding.uncovered)).toEqual(['Mon 00:00–08:00']);
    });

    it('checks a UC the same way', async () => {
        const text = `${OFFICE}${EXTENDED}${PARTIES}service Erp "ERP" { status live owner IT }
sla Finance { customer Finance provider IT services Erp hours Extended target availability >= 99% per month }
uc Line { supplier Telco provider IT supports Finance hours Office target availability >= 99.5% per month }
`;
        expect(await findings({ 'a.svcdef': text })).toMatchObject([{ code: 'hours-not-covered', text: 'Office', message: expect.stringMatching(/^Hours 'Office' of UC 'Line'/) }]);
    });

    it('leaves out an OLA or SLA without hours', async () => {
        expect(await findings({ 'a.svcdef': OFFICE + chain('hours Office', '') })).toEqual([]);
        expect(await findings({ 'a.svcdef': OFFICE + chain('', 'hours Office') })).toEqual([]);
    });

    it('does not count holidays and maintenance against coverage', async () => {
        const week = calendar('Week', 'hours Mon-Sun 00:00-24:00', 'holiday 2026-12-25 "Christmas"', 'maintenance Sun 02:00-05:00', 'maintenance 2027-03-28 01:00-04:00');
        expect(await findings({ 'a.svcdef': week + chain('hours 24x7', 'hours Week') })).toEqual([]);
    });

    it('reports once per supported SLA that is not covered', async () => {
        const text = `${OFFICE}${EXTENDED}${PARTIES}service Erp "ERP" { status live owner IT }
sla Finance { customer Finance provider IT services Erp hours Extended target availability >= 99% per month }
sla Payroll { customer Finance provider IT services Erp hours 24x7 target availability >= 99% per month }
sla Reports { customer Finance provider IT services Erp hours Office target availability >= 99% per month }
ola DeskOla { unit Desk provider IT supports Finance, Payroll, Reports services Erp hours Office target availability >= 99.5% per month }
`;
        const result = await findings({ 'a.svcdef': text });
        expect(result.map(finding => [finding.code, finding.uncovered, finding.message.match(/SLA '(\w+)'/)?.[1]])).toEqual([
            ['hours-not-covered', 'Mon 06:00–08:00', 'Finance'],
            ['hours-not-covered', 'Mon 00:00–08:00', 'Payroll']
        ]);
    });

    describe('hours past midnight', () => {
        const NIGHT = calendar('Night', 'hours Fri 22:00-06:00');
        it('takes Friday night into Saturday morning', async () => {
            const evenings = calendar('Evenings', 'hours Mon-Fri 08:00-24:00');
            expect((await findings({ 'a.svcdef': NIGHT + evenings + chain('hours Night', 'hours Evenings') })).map(finding => finding.uncovered))
                .toEqual(['Sat 00:00–06:00']);
            const weekend = calendar('Weekend', 'hours Fri-Sat 00:00-24:00');
            expect(await findings({ 'a.svcdef': NIGHT + weekend + chain('hours Night', 'hours Weekend') })).toEqual([]);
        });

        it('wraps Sunday night into Monday morning', async () => {
            const sunday = calendar('SundayNight', 'hours Sun 22:00-06:00');
            const weekdays = calendar('Weekdays', 'hours Mon-Fri 00:00-24:00');
            expect((await findings({ 'a.svcdef': sunday + weekdays + chain('hours SundayNight', 'hours Weekdays') })).map(finding => finding.uncovered))
                .toEqual(['Sun 22:00–24:00']);
            const early = calendar('Early', 'hours Mon 00:00-06:00');
            expect(await findings({ 'a.svcdef': sunday + early + chain('hours Early', 'hours SundayNight') })).toEqual([]);
        });
    });

    describe('time zones', () => {
        const berlin = calendar('BerlinOffice', 'timezone "Europe/Berlin"', 'hours Mon-Fri 08:00-18:00');
        const newYork = calendar('NewYorkOffice', 'timezone "America/New_York"', 'hours Mon-Fri 08:00-18:00');

        it('reads an OLA in New York office hours on the Berlin SLA\'s clock: it starts six hours late all year', async () => {
            expect(await findings({ 'a.svcdef': berlin + newYork + chain('hours BerlinOffice', 'hours NewYorkOffice') })).toMatchObject([{
                code: 'hours-not-covered', uncovered: 'Mon 08:00–14:00',
                message: "Hours 'NewYorkOffice' of OLA 'DeskOla' do not cover Mon 08:00–14:00 (Europe/Berlin time) of the hours 'BerlinOffice' of SLA 'Finance', "
                    + "which it supports. Widen the OLA's hours to cover the SLA's, or narrow the SLA's hours."
            }]);
        });

        it('names the weeks a gap shows in when it opens only while daylight saving differs', async () => {
            // Berlin 08:00–18:00 is New York 02:00–12:00 (six hours apart), or 03:00–13:00 for the weeks of March and
            // autumn when one zone has changed its clocks and the other not yet: 12:00–13:00 is covered only then.
            const morning = calendar('NewYorkMorning', 'timezone "America/New_York"', 'hours Mon-Fri 08:00-13:00');
            expect(await findings({ 'a.svcdef': berlin + morning + chain('hours NewYorkMorning', 'hours BerlinOffice') })).toMatchObject([{
                uncovered: 'Mon 12:00–13:00',
                message: expect.stringContaining(
                    "do not cover Mon 12:00–13:00 (America/New_York time) in the weeks when Europe/Berlin is 6 hours ahead of America/New_York of the hours 'NewYorkMorning'")
            }]);
            const earlier = calendar('NewYorkEarly', 'timezone "America/New_York"', 'hours Mon-Fri 08:00-12:00');
            expect(await findings({ 'a.svcdef': berlin + earlier + chain('hours NewYorkEarly', 'hours BerlinOffice') })).toEqual([]);
        });

        it('takes a calendar without a zone as local to the one it is compared with', async () => {
            expect(await findings({ 'a.svcdef': berlin + OFFICE + chain('hours BerlinOffice', 'hours Office') })).toEqual([]);
        });

        it('covers any zone with 24x7', async () => {
            expect(await findings({ 'a.svcdef': newYork + chain('hours NewYorkOffice', 'hours 24x7') })).toEqual([]);
        });
    });

    describe('support hours', () => {
        it('holds the OLA\'s support hours against the SLA\'s where both state them', async () => {
            const saturday = calendar('Saturday', 'hours Mon-Fri 08:00-18:00', 'hours Sat 09:00-13:00');
            expect(await findings({ 'a.svcdef': OFFICE + saturday + chain('hours 24x7 support hours Saturday', 'hours 24x7 support hours Office') })).toEqual([{
                code: 'hours-not-covered', where: 'a.svcdef:15', text: 'Office', uncovered: 'Sat 09:00–13:00',
                message: "Support hours 'Office' of OLA 'DeskOla' do not cover Sat 09:00–13:00 of the support hours 'Saturday' of SLA 'Finance', which it supports. "
                    + "Widen the OLA's support hours to cover the SLA's, or narrow the SLA's support hours."
            }]);
        });

        it('leaves support hours alone where only one side states them', async () => {
            expect(await findings({ 'a.svcdef': OFFICE + chain('hours 24x7 support hours 24x7', 'hours 24x7') })).toEqual([]);
            expect(await findings({ 'a.svcdef': OFFICE + chain('hours 24x7', 'hours 24x7 support hours Office') })).toEqual([]);
        });
    });
});

describe('hours-not-covered between an SLA and the services it covers', () => {
    const service = (hours: string) => `${PARTIES}
service Erp "ERP" { status live owner IT ${hours}
  offering Gold "Gold" { target availability >= 99% per month }
}
`;
    const DAYTIME = calendar('Daytime', 'hours Mon-Sun 07:00-22:00');

    it('reports an SLA promising 24x7 on a service offered 07:00–22:00, on the SLA\'s hours', async () => {
        const text = `${DAYTIME}${service('hours Daytime')}sla Finance { customer Finance provider IT services Erp hours 24x7 target availability >= 99% per month }\n`;
        expect(await findings({ 'a.svcdef': text })).toEqual([{
            code: 'hours-not-covered', where: 'a.svcdef:12', text: '24x7', uncovered: 'Mon 00:00–07:00',
            message: "Hours '24x7' of SLA 'Finance' go beyond the hours 'Daytime' of service 'Erp', which it covers: the service is not offered Mon 00:00–07:00. "
                + "Narrow the SLA's hours to the service's, or widen the service's hours."
        }]);
    });

    it('checks the service of an offering the SLA sells', async () => {
        const text = `${DAYTIME}${service('hours Daytime')}sla Finance { customer Finance provider IT offerings Erp.Gold hours 24x7 target availability >= 99% per month }\n`;
        expect(await findings({ 'a.svcdef': text })).toMatchObject([{
            code: 'hours-not-covered', message: expect.stringContaining("the hours 'Daytime' of service 'Erp' (through offering 'Erp.Gold'), which it covers")
        }]);
    });

    it('accepts SLA hours within the service\'s, and a service without hours', async () => {
        expect(await findings({ 'a.svcdef': `${DAYTIME}${OFFICE}${service('hours Daytime')}sla Finance { customer Finance provider IT services Erp hours Office target availability >= 99% per month }\n` }))
            .toEqual([]);
        expect(await findings({ 'a.svcdef': `${service('')}sla Finance { customer Finance provider IT services Erp hours 24x7 target availability >= 99% per month }\n` }))
            .toEqual([]);
    });
});

describe('unstructured-calendar where hours coverage needs the hours', () => {
    const ONE_LINER = 'calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"\n';

    it('reports a free-text OLA calendar once on the OLA\'s hours, however many SLAs it supports', async () => {
        const text = `${ONE_LINER}${EXTENDED}${PARTIES}service Erp "ERP" { status live owner IT }
sla Finance { customer Finance provider IT services Erp hours Extended target availability >= 99% per month }
sla Payroll { customer Finance provider IT services Erp hours 24x7 target availability >= 99% per month }
ola DeskOla { unit Desk provider IT supports Finance, Payroll services Erp hours Business target availability >= 99.5% per month }
`;
        expect(await findings({ 'a.svcdef': text })).toEqual([{
            code: 'unstructured-calendar', where: 'a.svcdef:12', text: 'Business', uncovered: undefined,
            message: "Calendar 'Business' states its hours as free text only, so the hours of OLA 'DeskOla' cannot be checked against those of SLA 'Finance' and 1 more. "
                + 'Write the calendar as a block (`calendar Business { timezone "Europe/Berlin"  hours Mon-Fri 08:00-18:00 }`) so that they can be.'
        }]);
    });

    it('reports a free-text SLA calendar on the SLA, in its own file, and nothing on the OLA', async () => {
        const sla = `${ONE_LINER}${PARTIES}service Erp "ERP" { status live owner IT }
sla Finance { customer Finance provider IT services Erp hours Business target availability >= 99% per month }
`;
        const ola = `${OFFICE}ola DeskOla { unit Desk provider IT supports Finance services Erp hours Office target availability >= 99.5% per month }\n`;
        expect(await findings({ 'sla.svcdef': sla, 'ola.svcdef': ola })).toMatchObject([{
            code: 'unstructured-calendar', where: 'sla.svcdef:7', text: 'Business',
            message: expect.stringContaining("so the hours of SLA 'Finance' cannot be checked against those of OLA 'DeskOla'.")
        }]);
    });

    it('reports a free-text service calendar on the service, and a free-text SLA calendar against its services', async () => {
        const text = `${ONE_LINER}${OFFICE}${PARTIES}service Erp "ERP" { status live owner IT hours Business }
sla Finance { customer Finance provider IT services Erp hours Office target availability >= 99% per month }
sla Payroll { customer Finance provider IT services Erp target availability >= 99% per month }
`;
        expect(await findings({ 'a.svcdef': text })).toMatchObject([{
            code: 'unstructured-calendar', where: 'a.svcdef:9', text: 'Business',
            message: expect.stringContaining("so the hours of service 'Erp' cannot be checked against those of SLA 'Finance'.")
        }]);
        const reversed = `${ONE_LINER}${OFFICE}${PARTIES}service Erp "ERP" { status live owner IT hours Office }
sla Finance { customer Finance provider IT services Erp hours Business target availability >= 99% per month }
`;
        expect(await findings({ 'a.svcdef': reversed })).toMatchObject([{
            code: 'unstructured-calendar', text: 'Business', message: expect.stringContaining("hours of SLA 'Finance' cannot be checked against those of service 'Erp'.")
        }]);
    });

    it('says nothing where the answer does not take the hours: the same calendar on both sides, or 24x7 covering', async () => {
        // The first-edition contract example: a service and its SLA on the same one-liner.
        const same = `${ONE_LINER}${PARTIES}service Erp "ERP" { status live owner IT hours Business }
sla Finance { customer Finance provider IT services Erp hours Business support hours Business target availability >= 99% per month }
ola DeskOla { unit Desk provider IT supports Finance services Erp hours Business support hours Business target availability >= 99.5% per month }
`;
        expect(await findings({ 'a.svcdef': same })).toEqual([]);
        expect(await findings({ 'a.svcdef': `${ONE_LINER}${chain('hours Business support hours Business', 'hours 24x7 support hours 24x7')}` })).toEqual([]);
        const wholeWeekService = `${ONE_LINER}${PARTIES}service Erp "ERP" { status live owner IT hours 24x7 }
sla Finance { customer Finance provider IT services Erp hours Business target availability >= 99% per month }
`;
        expect(await findings({ 'a.svcdef': wholeWeekService })).toEqual([]);
    });

    it('says nothing of free-text hours that nothing is held against', async () => {
        expect(await findings({ 'a.svcdef': `${ONE_LINER}${chain('hours Business support hours Business', '')}` })).toEqual([]);
    });

    it('still needs the hours where a free-text calendar would cover 24x7', async () => {
        expect(await findings({ 'a.svcdef': `${ONE_LINER}${chain('hours 24x7', 'hours Business')}` })).toMatchObject([{ code: 'unstructured-calendar', text: 'Business' }]);
    });

    it('says that a calendar without a title or block states no hours', async () => {
        expect(await findings({ 'a.svcdef': `calendar Bare\n${chain('hours 24x7', 'hours Bare')}` })).toMatchObject([{
            code: 'unstructured-calendar', text: 'Bare',
            message: "Calendar 'Bare' states no hours, so the hours of OLA 'DeskOla' cannot be checked against those of SLA 'Finance'. "
                + 'Write the calendar as a block (`calendar Bare { hours Mon-Fri 08:00-18:00 }`) so that they can be.'
        }]);
    });

    it('reports free-text support hours against the support hours of the supporting agreements', async () => {
        const text = `${ONE_LINER}${OFFICE}${chain('support hours Business', 'support hours Office')}`;
        expect(await findings({ 'a.svcdef': text })).toMatchObject([{
            code: 'unstructured-calendar', text: 'Business', message: expect.stringContaining("so the support hours of SLA 'Finance' cannot be checked against those of OLA 'DeskOla'.")
        }]);
    });
});

describe('blockFor', () => {
    const freeText = (text: string | undefined, timezone?: string) => ({ structured: false as const, name: 'Clinic', node: undefined!, text, timezone });

    it('turns free text that reads as hours into the hours line of the block', () => {
        expect(blockFor(freeText('Mon-Sat 07:00-21:00', 'Europe/Amsterdam'))).toBe('calendar Clinic { timezone "Europe/Amsterdam"  hours Mon-Sat 07:00-21:00 }');
        expect(blockFor(freeText('Mon-Fri, Sun 08:00-12:00, 13:00-17:00'))).toBe('calendar Clinic { hours Mon-Fri, Sun 08:00-12:00, 13:00-17:00 }');
    });

    it('offers an example line for free text that does not', () => {
        expect(blockFor(freeText('Office hours'))).toBe('calendar Clinic { hours Mon-Fri 08:00-18:00 }');
        expect(blockFor(freeText('Sat 09:00-13:00 only'))).toBe('calendar Clinic { hours Mon-Fri 08:00-18:00 }');
        expect(blockFor(freeText('09:00-13:00 Sat'))).toBe('calendar Clinic { hours Mon-Fri 08:00-18:00 }');
        expect(blockFor(freeText(undefined))).toBe('calendar Clinic { hours Mon-Fri 08:00-18:00 }');
    });
});

describe('hours coverage across files', () => {
    it('checks the OLA again when a calendar its SLA uses changes in another file', async () => {
        const sla = `${PARTIES}service Erp "ERP" { status live owner IT }
sla Finance { customer Finance provider IT services Erp hours Extended target availability >= 99% per month }
`;
        const ola = `${OFFICE}ola DeskOla { unit Desk provider IT supports Finance services Erp hours Office target availability >= 99.5% per month }\n`;
        const ws = await workspace({ 'calendars.svcdef': EXTENDED, 'sla.svcdef': sla, 'ola.svcdef': ola });
        expect(ws.codes('ola.svcdef')).toEqual(['hours-not-covered']);
        await ws.edit('calendars.svcdef', calendar('Extended', 'hours Mon-Fri 09:00-17:00'));
        expect(ws.codes('ola.svcdef')).toEqual([]);
        await ws.edit('calendars.svcdef', calendar('Extended', 'hours Mon-Fri 07:00-17:00'));
        expect(ws.diagnostics('ola.svcdef').map(diagnostic => (diagnostic.data as { uncovered?: string }).uncovered)).toEqual(['Mon 07:00–08:00']);
    });
});

describe('HoursCoverage', () => {
    async function models(text: string): Promise<Record<string, StructuredCalendar>> {
        const ws = await workspace({ 'a.svcdef': text });
        const calendars = ws.document('a.svcdef').parseResult.value.elements.filter(isCalendar);
        return Object.fromEntries(calendars.map((node: Calendar) => [node.name, ws.services.time.Calendars.modelOf(node) as StructuredCalendar]));
    }

    it('works out each pair of calendars once', async () => {
        const { Office, Extended } = await models(OFFICE + EXTENDED);
        const coverage = new HoursCoverage();
        const gap = coverage.gapOf(Office, Extended);
        expect(gap).toEqual({ interval: [360, 480], difference: 0, allYear: true });
        expect(coverage.gapOf(Office, Extended)).toBe(gap);
        expect(coverage.gapOf(Extended, Office)).toBeUndefined();
    });
});
