import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';
import { applyWorkspaceEdit, quickFixes } from '../../../test/lsp/lsp-test-helpers.js';

/**
 * Business durations along the commitment chain: every comparison of two duration targets
 * where one is `N business hours|days` runs through the calendars, worst case over every
 * start in a week (LANGUAGE.md, "Business durations").
 */
const { workspace } = createTestServices();

const CALENDARS = `
calendar Office { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00 }
calendar Weekdays { hours Mon-Fri 08:00-18:00 }
calendar OldStyle "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"
`;

interface Finding {
    readonly code: string;
    readonly text: string;
    readonly message: string;
    readonly required?: unknown;
}

async function findingsIn(file: string, files: Record<string, string>): Promise<Finding[]> {
    const ws = await workspace({ 'p.svcdef': PARTIES + CALENDARS, ...files });
    const document = ws.document(file).textDocument;
    return ws.diagnostics(file).map(d => ({
        code: String(d.code), text: document.getText(d.range), message: d.message as string,
        required: (d.data as Record<string, unknown> | undefined)?.required
    }));
}

/** An SLA and an OLA under it, each with its own hours lines; the OLA's findings. */
function underpinning(sla: { hours?: string; target: string }, ola: { hours?: string; target: string }): Promise<Finding[]> {
    return findingsIn('ola.svcdef', {
        'sla.svcdef': `sla Care { customer Finance services Email ${sla.hours ?? ''}\n  ${sla.target}\n}`,
        'ola.svcdef': `ola Net { unit NetworkOps supports Care ${ola.hours ?? ''}\n  ${ola.target}\n}`
    });
}

describe('business durations under an SLA (weaker-underpinning-target)', () => {
    it('hold 8 clock hours under 1 business day on Mon-Fri 08:00-18:00', async () => {
        expect(await underpinning(
            { hours: 'support hours Office', target: 'target incidentResolution <= 1 business days for P2' },
            { target: 'target incidentResolution <= 8h for P2' })).toEqual([]);
    });

    it('find 2 business days on Mon-Fri weaker than 24 clock hours on 24x7, and say from which start', async () => {
        const found = await underpinning(
            { hours: 'hours 24x7', target: 'target incidentResolution <= 24h for P2' },
            { hours: 'support hours Office', target: 'target incidentResolution <= 2 business days for P2' });
        expect(found).toMatchObject([{ code: 'weaker-underpinning-target', text: '2 business days' }]);
        // Opened Monday 00:00: the OLA's clock starts at 08:00 and runs two working days, the SLA's runs 24 hours.
        expect(found[0].message).toContain(
            "From Mon 00:00 (Europe/Berlin), the OLA's 2 business days end Wed 08:00, after the SLA's 1 day ends Tue 00:00.");
        expect(found[0].message).toContain('Raise this target to 24h or better');
        expect(found[0].required).toBe('24h');
    });

    it('hold an OLA of 72 clock hours under 3 business days on office hours, and not one of 73 hours', async () => {
        // 3 business days take 72 hours at the least (opened within Monday's or Tuesday's hours), so 72h always
        // ends in time; 73h ends an hour late for a ticket opened Monday 07:01 (due Thursday 08:00).
        const sla = { hours: 'support hours Office', target: 'target incidentResolution <= 3 business days for P3' };
        expect(await underpinning(sla, { target: 'target incidentResolution <= 72h for P3' })).toEqual([]);
        const late = await underpinning(sla, { target: 'target incidentResolution <= 73h for P3' });
        expect(late).toMatchObject([{ code: 'weaker-underpinning-target', text: '73h' }]);
        expect(late[0].message).toContain(
            "From Mon 07:01 (Europe/Berlin), the OLA's 3 days 1 hour end Thu 08:01, after the SLA's 3 business days end Thu 08:00.");
        expect(late[0].required).toBe('72h');
    });

    it('offer a quick fix that holds whatever the OLA\'s own hours: the quickest clock time of the SLA\'s business time', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES + CALENDARS,
            'sla.svcdef': 'sla Care { customer Finance services Email support hours Office\n  target incidentResolution <= 2 business days for P3\n}',
            'ola.svcdef': 'ola Net { unit NetworkOps supports Care support hours Weekdays\n  target incidentResolution <= 3 business days for P3\n}'
        });
        const { actions } = await quickFixes(ws, 'ola.svcdef', 'weaker-underpinning-target');
        const changed = applyWorkspaceEdit(ws, actions[0].edit);
        expect(changed['ola.svcdef']).toContain('target incidentResolution <= 48h for P3');
        await ws.update(changed);
        expect(ws.codes('ola.svcdef')).toEqual([]);
    });

    it('compare business time on the same calendar as business time, and keep the SLA\'s value as the fix', async () => {
        const sla = { hours: 'support hours Office', target: 'target incidentResolution <= 2 business days for P3' };
        expect(await underpinning(sla, { hours: 'support hours Office', target: 'target incidentResolution <= 16 business hours for P3' }))
            .toEqual([]);
        expect(await underpinning(sla, { hours: 'support hours Office', target: 'target incidentResolution <= 1.5 business days for P3' }))
            .toEqual([]);
        expect(await underpinning(sla, { hours: 'support hours Office', target: 'target incidentResolution < 2 business days for P3' }))
            .toEqual([]);
        const found = await underpinning(sla, { hours: 'support hours Office', target: 'target incidentResolution <= 3 business days for P3' });
        expect(found).toMatchObject([{ code: 'weaker-underpinning-target', required: '2 business days' }]);
        // The same value is weaker only where the SLA's bound is strict and the OLA's is not.
        const strict = { hours: 'support hours Office', target: 'target incidentResolution < 2 business days for P3' };
        expect(await underpinning(strict, { hours: 'support hours Office', target: 'target incidentResolution < 2 business days for P3' })).toEqual([]);
        expect((await underpinning(strict, { hours: 'support hours Office', target: 'target incidentResolution <= 2 business days for P3' }))
            .map(f => f.code)).toEqual(['weaker-underpinning-target']);
    });

    it('report a target under two SLAs once, against the stricter promise, business time or not', async () => {
        // 2 business hours look shorter than 24h, but opened Friday 17:00 they end Monday 09:00: 24h is the stricter promise.
        const found = await findingsIn('ola.svcdef', {
            'sla.svcdef': 'sla Care { customer Finance services Email support hours Office\n  target incidentResolution <= 2 business hours for P3\n}\n'
                + 'sla Rush { customer Sales services Email hours 24x7\n  target incidentResolution <= 24h for P3\n}',
            'ola.svcdef': 'ola Net { unit NetworkOps supports Care, Rush support hours Office\n  target incidentResolution <= 3 business days for P3\n}'
        });
        expect(found).toMatchObject([{ code: 'weaker-underpinning-target', required: '24h' }]);
        expect(found[0].message).toContain("that SLA 'Rush' promises");
    });

    it('run business time on the hours where no support hours are stated', async () => {
        // A ticket opened Monday 08:00 gets its 10 business hours by 18:00 the same day.
        const sla = { hours: 'hours Office', target: 'target incidentResolution <= 10 business hours for P3' };
        expect(await underpinning(sla, { target: 'target incidentResolution <= 10h for P3' })).toEqual([]);
        const found = await underpinning(sla, { target: 'target incidentResolution <= 24h for P3' });
        expect(found).toMatchObject([{ code: 'weaker-underpinning-target', required: '10h' }]);
        expect(found[0].message).toContain("From Mon 00:00 (Europe/Berlin), the OLA's 1 day ends Tue 00:00, after the SLA's 10 business hours end Mon 18:00.");
    });

    it('compare calendars in different time zones at their worst offset', async () => {
        // Both open 08:00-18:00 local time, but New York's day starts six hours later: a New York OLA of
        // 10 business hours ends after a Berlin SLA's 10 business hours for a ticket opened in Berlin's morning.
        const found = await findingsIn('ola.svcdef', {
            'cal.svcdef': 'calendar NewYork { timezone "America/New_York" hours Mon-Fri 08:00-18:00 }',
            'sla.svcdef': 'sla Care { customer Finance services Email support hours Office\n  target incidentResolution <= 10 business hours for P3\n}',
            'ola.svcdef': 'ola Net { unit NetworkOps supports Care support hours NewYork\n  target incidentResolution <= 10 business hours for P3\n}'
        });
        const weaker = found.filter(f => f.code === 'weaker-underpinning-target');
        expect(weaker).toHaveLength(1);
        expect(weaker[0].message).toContain('(America/New_York)');
    });

    it('hold floors the other way round: business time must last at least as long', async () => {
        const metric = 'metric quietTime "Time between failures" duration higher\n';
        const floors = (olaTarget: string) => findingsIn('ola.svcdef', {
            'm.svcdef': metric,
            'sla.svcdef': 'sla Care { customer Finance services Email hours 24x7\n  target quietTime >= 30h\n}',
            'ola.svcdef': `ola Net { unit NetworkOps supports Care support hours Office\n  ${olaTarget}\n}`
        });
        expect(await floors('target quietTime >= 2 business days')).toEqual([]);
        const found = await floors('target quietTime >= 1 business days');
        expect(found).toMatchObject([{ code: 'weaker-underpinning-target', required: '30h' }]);
        expect(found[0].message).toContain(
            "From Mon 02:01 (Europe/Berlin), the OLA's 1 business day ends Tue 08:00, before the SLA's 1 day 6 hours end Tue 08:01.");
    });

    it('keep plain clock durations as they were', async () => {
        expect((await underpinning({ target: 'target incidentResponse <= 30min for P1' }, { target: 'target incidentResponse <= 1h for P1' }))
            .map(f => [f.code, f.message.includes(' From ')])).toEqual([['weaker-underpinning-target', false]]);
    });
});

describe('incomparable-target', () => {
    it('is an info on the OLA\'s business-time target when its agreement states no hours, instead of an error', async () => {
        // 2 business hours take 2 clock hours at the least, but how much longer depends on hours nobody stated.
        const found = await underpinning(
            { target: 'target incidentResolution <= 4h for P3' },
            { target: 'target incidentResolution <= 2 business hours for P3' });
        expect(found).toMatchObject([{ code: 'incomparable-target', text: '2 business hours' }]);
        expect(found[0].message).toBe("incidentResolution <= 2 business hours for P3 of OLA 'Net' is in business time, but OLA 'Net' states no "
            + "'support hours' or 'hours' that say when business time runs, so it cannot be compared with incidentResolution <= 4h for P3 "
            + "of SLA 'Care'. Add 'support hours' with a structured calendar to OLA 'Net'.");
    });

    it('names the SLA whose business-time target has no calendar, on the OLA\'s target compared with it', async () => {
        const found = await underpinning(
            { target: 'target incidentResolution <= 2 business days for P3' },
            { target: 'target incidentResolution <= 50h for P3' });
        expect(found).toMatchObject([{ code: 'incomparable-target', text: '50h' }]);
        expect(found[0].message).toContain("Add 'support hours' with a structured calendar to SLA 'Care'.");
    });

    it('is not needed where every calendar gives the same answer', async () => {
        // A business duration takes at least its round-the-clock time: 8 clock hours beat 1 business day anywhere,
        // and 3 business days lose to 24 clock hours anywhere.
        expect(await underpinning({ target: 'target incidentResolution <= 1 business days for P3' }, { target: 'target incidentResolution <= 8h for P3' }))
            .toEqual([]);
        const weaker = await underpinning({ target: 'target incidentResolution <= 24h for P3' }, { target: 'target incidentResolution <= 3 business days for P3' });
        expect(weaker.map(f => f.code)).toEqual(['weaker-underpinning-target']);
        expect(weaker[0].message).not.toContain(' From ');
    });

    it('is reported once per pair of targets, however many services both apply to', async () => {
        const found = await findingsIn('ola.svcdef', {
            'sla.svcdef': 'sla Care { customer Finance services Email, Erp\n  target incidentResolution <= 4h for P3\n}',
            'ola.svcdef': 'ola Net { unit NetworkOps supports Care\n  target incidentResolution <= 2 business hours for P3\n}'
        });
        expect(found.map(f => f.code)).toEqual(['incomparable-target']);
    });

    it('still reports a longer window, which no calendar excuses', async () => {
        const found = await underpinning(
            { target: 'target incidentResolution <= 4h for P3 per month' },
            { target: 'target incidentResolution <= 2 business hours for P3 per year' });
        expect(found.map(f => f.code).sort()).toEqual(['incomparable-target', 'weaker-underpinning-target']);
    });
});

describe('business durations in a redundancy group', () => {
    async function group(partnerHours: string): Promise<string[]> {
        const ws = await workspace({
            'p.svcdef': PARTIES + CALENDARS,
            'sla.svcdef': 'sla Care { customer Finance services Email\n  target incidentResolution <= 4h for P3\n}',
            'a.svcdef': 'ola LineA { unit NetworkOps supports Care redundant with LineB\n  target incidentResolution <= 8h for P3\n}',
            'b.svcdef': `ola LineB { unit NetworkOps supports Care redundant with LineA ${partnerHours}\n  target incidentResolution <= 2 business hours for P3\n}`
        });
        return [...ws.codes('a.svcdef'), ...ws.codes('b.svcdef').map(code => `partner: ${code}`)];
    }

    it('lets a partner whose business time meets the promise stand in for a slower member', async () => {
        expect(await group('support hours 24x7')).toEqual([]);
    });

    it('does not let a partner stand in whose business time no calendar can compare', async () => {
        expect(await group('')).toEqual(['weaker-underpinning-target', 'partner: incomparable-target']);
    });
});

describe('unstructured-calendar', () => {
    it('is an info where business time runs on a first-edition one-line calendar', async () => {
        const found = await underpinning(
            { target: 'target incidentResolution <= 4h for P3' },
            { hours: 'support hours OldStyle', target: 'target incidentResolution <= 2 business hours for P3' });
        expect(found).toMatchObject([{ code: 'unstructured-calendar', text: '2 business hours' }]);
        expect(found[0].message).toContain("on calendar 'OldStyle' (its 'support hours'), whose hours are free text");
        expect(found[0].message).toContain("Write calendar 'OldStyle' as a block with 'hours' lines");
    });
});

describe('business durations under a parent SLA (weaker-than-parent)', () => {
    const parent = 'sla Corp { customer Finance support hours Office target incidentResolution <= 2 business days for P3 }';

    it('accepts the same business time on the same calendar and reports a looser one with its timing', async () => {
        expect(await findingsIn('a.svcdef', {
            'corp.svcdef': parent,
            'a.svcdef': 'sla A { customer Finance services Email part of Corp support hours Office target incidentResolution <= 16 business hours for P3 }'
        })).toEqual([]);
        const found = await findingsIn('a.svcdef', {
            'corp.svcdef': parent,
            'a.svcdef': 'sla A { customer Finance services Email part of Corp hours 24x7 target incidentResolution <= 3 business days for P3 }'
        });
        expect(found).toMatchObject([{ code: 'weaker-than-parent', text: '3 business days' }]);
        expect(found[0].message).toContain("From Mon 00:00 (Europe/Berlin), this SLA's 3 business days end Thu 00:00, after the parent's 2 business days end Wed 08:00.");
    });

    it('is incomparable where the child states business time without hours', async () => {
        const found = await findingsIn('a.svcdef', {
            'corp.svcdef': parent,
            'a.svcdef': 'sla A { customer Finance services Email part of Corp target incidentResolution <= 3 business days for P3 }'
        });
        expect(found).toMatchObject([{ code: 'incomparable-target', text: '3 business days' }]);
    });
});

describe('business durations against an offering (below-offering-target)', () => {
    const service = 'service Ehr { status live owner CentralIT support hours Office offering Gold { target incidentResolution <= 1 business days for P2 } }';

    it('reports an SLA promising clock time that a business day on the service\'s support hours beats', async () => {
        const found = await findingsIn('a.svcdef', {
            'ehr.svcdef': service,
            'a.svcdef': 'sla A { customer Finance services Ehr offerings Ehr.Gold target incidentResolution <= 25h for P2 }'
        });
        expect(found).toMatchObject([{ code: 'below-offering-target', text: '25h', required: '24h' }]);
        // Opened Monday 07:01, a minute before the service's support hours open: due Tuesday 08:00 under the offering.
        expect(found[0].message).toContain("From Mon 07:01 (Europe/Berlin), the SLA's 1 day 1 hour end Tue 08:01, after the offering's 1 business day ends Tue 08:00.");
    });

    it('accepts an SLA whose clock time fits every business day of the offering', async () => {
        expect(await findingsIn('a.svcdef', {
            'ehr.svcdef': service,
            'a.svcdef': 'sla A { customer Finance services Ehr offerings Ehr.Gold target incidentResolution <= 24h for P2 }'
        })).toEqual([]);
    });
});

describe('business durations on metrics that are not durations (unit-mismatch)', () => {
    it('reports a business duration on a percent metric', async () => {
        const found = await findingsIn('a.svcdef', {
            'a.svcdef': 'sla A { customer Finance services Email support hours Office target availability >= 2 business days }'
        });
        expect(found).toMatchObject([{ code: 'unit-mismatch', text: '2 business days' }]);
        expect(found[0].message).toBe("Metric 'availability' is measured as a percent, but 2 business days is a duration. Write a percentage such as 99.9%.");
    });

    it('offers business time where a duration metric gets a plain number', async () => {
        const found = await findingsIn('a.svcdef', { 'a.svcdef': 'sla A { customer Finance services Email target incidentResolution <= 2 for P3 }' });
        expect(found).toMatchObject([{ code: 'unit-mismatch', text: '2' }]);
        expect(found[0].message).toContain('Write a duration such as 30min, 4h or 2 business days.');
    });
});
