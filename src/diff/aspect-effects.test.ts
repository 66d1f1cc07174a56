import { describe, expect, it } from 'vitest';
import { diffOf, lines } from './diff-test-sides.js';

/** A workspace around one SLA body (and optional extra elements), so each case states only what it changes. */
function workspace(slaBody: string, extra = ''): string {
    return `
customer Finance "Finance Division"
customer Pharmacy
provider CentralIT
calendar Business { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00 }
calendar Extended { timezone "Europe/Berlin" hours Mon-Sat 07:00-20:00 }
service Erp "ERP" { status live owner CentralIT }
service Hr { status live }
${extra}
sla FinanceErp "ERP for Finance" {
  provider CentralIT
  status finalized
${slaBody}
}
`;
}

/** Each aspect in both directions: the change from `weakerSide` to `strongerSide` is stronger, the reverse weaker. */
const ASPECTS: { aspect: string; weak: string; strong: string; expected: string }[] = [
    { aspect: 'target value', weak: 'target availability >= 99.5% per month', strong: 'target availability >= 99.9% per month',
        expected: 'sla FinanceErp: target availability per month' },
    { aspect: 'target window', weak: 'target availability >= 99.9% per year', strong: 'target availability >= 99.9% per month',
        expected: 'sla FinanceErp: target availability per' },
    { aspect: 'duration target', weak: 'target incidentResolution <= 8h for P1', strong: 'target incidentResolution <= 4h for P1',
        expected: 'sla FinanceErp: target incidentResolution for P1' },
    { aspect: 'business-time target', weak: 'support hours Business\n  target incidentResolution <= 2 business days for P1',
        strong: 'support hours Business\n  target incidentResolution <= 1 business day for P1', expected: 'sla FinanceErp: target incidentResolution for P1' },
    { aspect: 'per-service target', weak: 'services Erp\n  for service Erp { target availability >= 99.5% per month }',
        strong: 'services Erp\n  for service Erp { target availability >= 99.9% per month }', expected: 'sla FinanceErp: target availability per month for service Erp' },
    { aspect: 'credit amount', weak: 'target availability >= 99.9% per month\n  credit 5% of monthly charge when availability < 99.9% per month',
        strong: 'target availability >= 99.9% per month\n  credit 10% of monthly charge when availability < 99.9% per month',
        expected: 'sla FinanceErp: credit when availability < 99.9% per month: ' },
    { aspect: 'credit cap', weak: 'credit cap 10% of monthly charge', strong: 'credit cap 30% of monthly charge', expected: 'sla FinanceErp: credit cap' },
    { aspect: 'credit rule', weak: 'credits highest-only', strong: 'credits cumulative', expected: 'sla FinanceErp: credit rule' },
    { aspect: 'claim period', weak: 'claim within 7d', strong: 'claim within 30d', expected: 'sla FinanceErp: claim period' },
    { aspect: 'validity end', weak: 'valid from 2026-01-01 to 2026-06-30', strong: 'valid from 2026-01-01 to 2026-12-31', expected: 'sla FinanceErp: validity' },
    { aspect: 'validity start', weak: 'valid from 2026-03-01 to 2026-12-31', strong: 'valid from 2026-01-01 to 2026-12-31', expected: 'sla FinanceErp: validity' },
    { aspect: 'hours', weak: 'hours Business', strong: 'hours Extended', expected: 'sla FinanceErp: hours: ' },
    { aspect: 'support hours', weak: 'support hours Business', strong: 'support hours Extended', expected: 'sla FinanceErp: support hours: ' },
    { aspect: 'escalation delay', weak: 'escalation { level 1 "Duty manager" after 2h }', strong: 'escalation { level 1 "Duty manager" after 30min }',
        expected: 'sla FinanceErp: escalation level 1' }
];

describe('the effect of each aspect, both ways', () => {
    for (const { aspect, weak, strong, expected } of ASPECTS) {
        it(`${aspect}: loosened is weaker`, async () => {
            const [change] = lines(await diffOf(workspace(strong), workspace(weak)));
            expect(change).toMatch(/^weaker /);
            expect(change).toContain(expected);
        });
        it(`${aspect}: tightened is stronger`, async () => {
            const [change] = lines(await diffOf(workspace(weak), workspace(strong)));
            expect(change).toMatch(/^stronger /);
            expect(change).toContain(expected);
        });
    }
});

describe('promises added and removed', () => {
    const cases: { what: string; without: string; with: string; aspect: string }[] = [
        { what: 'a target', without: '', with: 'target availability >= 99.9% per month', aspect: 'target availability per month' },
        { what: 'a credit', without: 'target availability >= 99.9% per month',
            with: 'target availability >= 99.9% per month\n  credit 5% when availability < 99.9%', aspect: 'credit when availability < 99.9%' },
        { what: 'a customer', without: 'customer Finance', with: 'customers Finance, Pharmacy', aspect: 'customer Pharmacy' },
        { what: 'a service', without: 'services Erp', with: 'services Erp, Hr', aspect: 'service Hr' },
        { what: 'an escalation level', without: 'escalation { level 1 "Desk" after 1h }',
            with: 'escalation { level 1 "Desk" after 1h level 2 "Manager" after 4h }', aspect: 'escalation level 2' }
    ];
    for (const { what, without, with: withIt, aspect } of cases) {
        it(`${what} added is stronger, removed is weaker`, async () => {
            expect(lines(await diffOf(workspace(without), workspace(withIt)))).toEqual([expect.stringMatching(new RegExp(`^stronger added sla FinanceErp: ${escaped(aspect)}`))]);
            expect(lines(await diffOf(workspace(withIt), workspace(without)))).toEqual([expect.stringMatching(new RegExp(`^weaker removed sla FinanceErp: ${escaped(aspect)}`))]);
        });
    }

    it('a credit cap added takes from the customer, removed gives back', async () => {
        expect(lines(await diffOf(workspace(''), workspace('credit cap 20% of monthly charge')))).toEqual(['weaker added sla FinanceErp: credit cap: ∅ -> 20% of monthly charge']);
        expect(lines(await diffOf(workspace('credit cap 20% of monthly charge'), workspace('')))).toEqual(['stronger removed sla FinanceErp: credit cap: 20% of monthly charge -> ∅']);
    });

    it('an exclusion added is weaker, removed stronger', async () => {
        expect(lines(await diffOf(workspace(''), workspace('exclusion "Planned maintenance"')))[0]).toMatch(/^weaker added sla FinanceErp: exclusion Planned maintenance/);
        expect(lines(await diffOf(workspace('exclusion "Planned maintenance"'), workspace('')))[0]).toMatch(/^stronger removed/);
    });
});

describe('calendars', () => {
    const withCalendar = (calendar: string) => `
calendar Desk { timezone "Europe/Berlin" ${calendar} }
sla S { status finalized support hours Desk target incidentResponse <= 1h }
`;
    it('narrowed weekly hours are weaker, widened stronger', async () => {
        const narrow = withCalendar('hours Mon-Fri 09:00-17:00');
        const wide = withCalendar('hours Mon-Fri 08:00-18:00');
        expect(lines(await diffOf(wide, narrow))).toEqual(['weaker changed calendar Desk: weekly hours: Mon-Fri 08:00-18:00 -> Mon-Fri 09:00-17:00']);
        expect(lines(await diffOf(narrow, wide))).toEqual(['stronger changed calendar Desk: weekly hours: Mon-Fri 09:00-17:00 -> Mon-Fri 08:00-18:00']);
    });
    it('a holiday or maintenance window added is weaker, removed stronger', async () => {
        const plain = withCalendar('hours Mon-Fri 08:00-18:00');
        const closed = withCalendar('hours Mon-Fri 08:00-18:00 holiday 2026-12-24 "Christmas Eve" maintenance Sun 02:00-05:00');
        expect(lines(await diffOf(plain, closed))).toEqual([
            'weaker added calendar Desk: holiday 2026-12-24: ∅ -> Christmas Eve',
            'weaker added calendar Desk: maintenance Sun 02:00-05:00: ∅ -> present'
        ]);
        expect(lines(await diffOf(closed, plain)).every(change => change.startsWith('stronger removed'))).toBe(true);
    });
});

describe('services and agreements themselves', () => {
    const slaOver = (status: string) => `
service Erp { status ${status} }
sla S { status finalized services Erp target availability >= 99.9% per month }
`;
    it('a service retired is weaker, and so is its effect on each SLA that covers it', async () => {
        expect(lines(await diffOf(slaOver('live'), slaOver('retired')))).toEqual([
            'weaker changed service Erp: status: live -> retired',
            'weaker changed sla S: service Erp: live -> retired'
        ]);
        const diff = await diffOf(slaOver('live'), slaOver('retired'));
        expect(diff.changes[1].causedBy).toEqual({ kind: 'service', name: 'Erp' });
    });
    it('an agreement taken back to draft is weaker, finalized stronger', async () => {
        const sla = (status: string) => `sla S { status ${status} target availability >= 99.9% per month }`;
        expect(lines(await diffOf(sla('finalized'), sla('draft')))).toEqual(['weaker changed sla S: status: finalized -> draft']);
        expect(lines(await diffOf(sla('draft'), sla('finalized')))).toEqual(['stronger changed sla S: status: draft -> finalized']);
    });
    it('a service brought live is stronger', async () => {
        expect(lines(await diffOf(slaOver('planned'), slaOver('live')))).toEqual(['stronger changed service Erp: status: planned -> live']);
    });
    it('an SLA removed while in force is weaker, a new one stronger', async () => {
        const without = 'service Erp { status live }';
        const withSla = `${without}\nsla S "Erp SLA" { status finalized services Erp valid to 2026-12-31 }`;
        expect(lines(await diffOf(withSla, without))).toEqual(['weaker removed sla S: sla: Erp SLA -> ∅']);
        expect(lines(await diffOf(without, withSla))).toEqual(['stronger added sla S: sla: ∅ -> Erp SLA']);
    });
    it('an SLA removed after it expired is neutral', async () => {
        const without = 'service Erp { status live }';
        const expired = `${without}\nsla S { status finalized services Erp valid to 2025-12-31 }`;
        expect(lines(await diffOf(expired, without))).toEqual(['neutral removed sla S: sla: S -> ∅']);
    });
    it('titles and other words that promise nothing are neutral', async () => {
        expect(lines(await diffOf('service Erp "ERP" { status live tags "finance" }', 'service Erp "ERP system" { status live tags "finance", "core" }'))).toEqual([
            'neutral changed service Erp: tags: finance -> core, finance',
            'neutral changed service Erp: title: ERP -> ERP system'
        ]);
    });
});

describe('underpinning contracts', () => {
    const chain = (ola: string, extra = '') => `
service Erp { status live }
sla S { status finalized services Erp target availability >= 99.9% per month }
ola Db { status finalized services Erp ${ola} }
ola Net { status finalized services Erp supports S target availability >= 99.99% per month }
${extra}
`;
    it('an OLA no longer supporting an SLA is weaker, on the OLA and on the SLA', async () => {
        expect(lines(await diffOf(chain('supports S target availability >= 99.95% per month'), chain('target availability >= 99.95% per month')))).toEqual([
            'weaker removed ola Db: supports S: present -> ∅',
            'weaker changed sla S: supported by ola Db: present -> ∅'
        ]);
    });
    it('an OLA change that takes the composite availability below the SLA target is reported on the SLA with the numbers', async () => {
        const diff = await diffOf(chain('supports S target availability >= 99.95% per month'), chain('supports S target availability >= 99.9% per month'));
        expect(lines(diff)).toEqual([
            'weaker changed ola Db: target availability per month: at least 99.95% per month -> at least 99.9% per month',
            "weaker changed sla S: composite availability against availability >= 99.9% per month: 99.94% (OLA 'Db' 99.95% × OLA 'Net' 99.99%), meets the promised 99.9% -> 99.89% (OLA 'Db' 99.9% × OLA 'Net' 99.99%), below the promised 99.9%"
        ]);
        expect(diff.changes[1].causedBy).toEqual({ kind: 'ola', name: 'Db' });
    });
    it('raising it back above the target is stronger', async () => {
        const diff = await diffOf(chain('supports S target availability >= 99.9% per month'), chain('supports S target availability >= 99.95% per month'));
        expect(lines(diff).map(change => change.split(':')[0])).toEqual(['stronger changed ola Db', 'stronger changed sla S']);
    });
    it('a redundancy member removed is weaker, added stronger', async () => {
        const pair = (members: string) => `
sla S { status finalized }
uc A { status finalized supports S ${members} }
uc B { status finalized supports S redundant with A }
`;
        expect(lines(await diffOf(pair('redundant with B'), pair('')))).toContain('weaker removed uc A: redundant with B: present -> ∅');
        expect(lines(await diffOf(pair(''), pair('redundant with B')))).toContain('stronger added uc A: redundant with B: ∅ -> present');
    });
});

function escaped(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
