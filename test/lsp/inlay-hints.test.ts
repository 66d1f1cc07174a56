import { describe, expect, it } from 'vitest';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { ACME_FILES } from './acme-workspace.js';
import { inlayHintsOf } from './lsp-test-helpers.js';


/** The hints on what supporting agreements reach, without the error budgets every availability target has. */
async function compositionHintsOf(ws: TestWorkspace, file: string): Promise<Array<{ line: string; hint: string; tooltip: string }>> {
    return (await inlayHintsOf(ws, file)).filter(hint => hint.hint.startsWith('supported at'));
}

describe('inlay hints', () => {
    it('name the A2 node a binding implements', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const hints = await inlayHintsOf(ws, 'bindings.svcdef');
        expect(hints.map(({ line, hint }) => ({ line, hint }))).toEqual([
            { line: 'binding SlaAuthoring implements A243', hint: 'Create and Maintain Service Level Agreements' },
            { line: 'binding CatalogPublishing implements A235', hint: 'Publish Service Catalog' }
        ]);
        expect(hints[0].tooltip).toBe('activity of A24 Service Level Management');
    });

    it('show after an SLA availability target its error budget, then what its OLAs and UCs reach together', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const hints = await inlayHintsOf(ws, 'agreements.svcdef');
        expect(hints).toEqual([{
            line: 'target availability >= 99.9% per month',
            hint: '≈ 43 min 50 s/month',
            tooltip: 'Error budget: 99.9% allows 43 min 50 s of downtime per month over 24x7 (no service hours stated).'
        }, {
            line: 'target availability >= 99.9% per month',
            hint: 'supported at 99.9%',
            tooltip: 'Series composition of the supporting availabilities: OLA NetworkForEmail 99.95% × UC CloudMail 99.95% = 99.9%.'
        }, {
            line: 'target availability >= 99.95% per month',
            hint: '≈ 21 min 55 s/month',
            tooltip: 'Error budget: 99.95% allows 21 min 55 s of downtime per month over 24x7 (no service hours stated).'
        }, {
            line: 'target availability >= 99.95% per month',
            hint: '≈ 21 min 55 s/month',
            tooltip: 'Error budget: 99.95% allows 21 min 55 s of downtime per month over 24x7 (no service hours stated).'
        }]);
    });

    it('say when the supporting agreements fall short, and follow changes in other files', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace(/99\.95%/g, '99.92%')
        });
        expect((await compositionHintsOf(ws, 'agreements.svcdef'))[0].hint).toBe('supported at 99.8401% — below the promise');
        await ws.update({ 'extra.svcdef': 'uc Backup { supplier CloudCo supports FinanceEmail target availability >= 99% per month }\n' });
        expect((await compositionHintsOf(ws, 'agreements.svcdef'))[0].hint).toBe('supported at 98.8417% — below the promise');
    });

    it('show no composition for an SLA nothing supports, and nothing for an unknown node', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'extra.svcdef': 'sla Alone { customer acme.it.Finance services acme.it.Network target availability >= 99% }\nbinding Odd implements A299 { }\n'
        });
        // Only the target's error budget, over a month since it states no window.
        expect(await inlayHintsOf(ws, 'extra.svcdef')).toEqual([{
            line: 'sla Alone { customer acme.it.Finance services acme.it.Network target availability >= 99%',
            hint: '≈ 7 h 18 min 17 s/month',
            tooltip: 'Error budget: 99% allows 7 h 18 min 17 s of downtime per month (no window stated: a month assumed) over 24x7 (no service hours stated).'
        }]);
    });

    it('show for an agreement-wide target the service its supporting agreements reach least for', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'customer C\nunit U\nservice Net { status live }\nservice A { status live depends on Net }\nservice B { status live }\n'
                + 'sla S { customer C services A, B target availability >= 99.9% per month }\n'
                + 'ola O1 { unit U supports S services Net target availability >= 99.95% per month }\n'
                + 'ola O2 { unit U supports S services B target availability >= 99.99% per month }\n'
                + 'ola O3 { unit U supports S services A target availability >= 99.92% per month }'
        });
        const [hint] = await compositionHintsOf(ws, 'a.svcdef');
        expect(hint.hint).toBe('supported at 99.87% — below the promise');
        expect(hint.tooltip).toBe('Series composition of the supporting availabilities for service A: OLA O1 99.95% × OLA O3 99.92% = 99.87%.');
    });

    it('read the second-edition forms: a `for service` target is composed from what underpins that service', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        const hints = await inlayHintsOf(ws, 'example.svcdef');
        expect(hints.filter(({ hint }) => !hint.startsWith('≈')).map(({ line, hint }) => ({ line, hint }))).toEqual([
            // EHR relies on Network, which the OLA's own `for service Network` block backs at 99.99%.
            { line: 'target availability >= 99.95% per month', hint: 'supported at 99.99%' },
            { line: 'target availability >= 99.9% per month', hint: 'supported at 99.95%' },
            { line: 'binding Catalog implements A235', hint: 'Publish Service Catalog' }
        ]);
    });
});


describe('error budget inlay hints', () => {
    const FILES = {
        'a.svcdef': `customer Finance
unit Ops
provider IT
calendar Office { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00 maintenance Fri 17:00-18:00 }
calendar Old "Mon-Fri 08:00-18:00"
service Erp { status live owner IT offering Gold { price 1 EUR target availability >= 99.5% per month } }
sla ErpSla { customer Finance services Erp hours Office
  target availability >= 99.9% per month
  for service Erp { target availability >= 99% per year }
}
ola Free { unit Ops hours Old target availability >= 99.9% per month }
`
    };

    it('follow every availability target: in offerings, agreements and their blocks, over the hours it is measured in', async () => {
        const ws = await createTestServices().workspace(FILES);
        const hints = await inlayHintsOf(ws, 'a.svcdef');
        expect(hints.map(({ line, hint }) => ({ line, hint }))).toEqual([
            // 99.5% of a 30.436875-day month round the clock: 13,148.73 s.
            { line: 'service Erp { status live owner IT offering Gold { price 1 EUR target availability >= 99.5% per month', hint: '≈ 3 h 39 min 9 s/month' },
            // 49 measured hours a week (Friday's last hour is maintenance): 767,009.25 s a month, 0.1% of it.
            { line: 'target availability >= 99.9% per month', hint: '≈ 12 min 47 s/month' },
            // 49 hours a week over 365.2425 days: 9,204,111 s, 1% of it.
            { line: 'for service Erp { target availability >= 99% per year', hint: '≈ 1 d 1 h 34 min/year' }
        ]);
        expect(hints[1].tooltip).toBe('Error budget: 99.9% allows 12 min 47 s of downtime per month over `Office` (Mon–Fri 08:00–18:00, Europe/Berlin) less its weekly maintenance.');
    });

    it('leave out a target whose hours are free text, and follow a calendar edited in another file', async () => {
        const ws = await createTestServices().workspace({
            'calendars.svcdef': 'calendar Office { hours Mon-Fri 08:00-18:00 }\n',
            'a.svcdef': 'customer Finance\ncalendar Old "Mon-Fri 08:00-18:00"\nsla S { customer Finance hours Office target availability >= 99.9% per week }\n'
                + 'sla T { customer Finance hours Old target availability >= 99.9% per week }\n'
        });
        // 50 hours a week: 0.1% is 3 min.
        expect((await inlayHintsOf(ws, 'a.svcdef')).map(({ hint }) => hint)).toEqual(['≈ 3 min/week']);
        await ws.update({ 'calendars.svcdef': 'calendar Office { hours Mon-Sun 00:00-24:00 }\n' });
        // 168 hours a week: 604.8 s.
        expect((await inlayHintsOf(ws, 'a.svcdef')).map(({ hint }) => hint)).toEqual(['≈ 10 min 5 s/week']);
    });
});
