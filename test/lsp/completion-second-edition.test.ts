import { describe, expect, it } from 'vitest';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { createTestServices } from '../svcdef-test-services.js';

/**
 * Completion at the positions the second edition adds: what a user is offered after
 * `offerings`, `part of`, `for service`, `impact` and the other new words, with the
 * second-edition example workspace in another file.
 */
const { complete } = createTestServices();

async function labelsAt(text: string, files: Record<string, string> = { 'example.svcdef': SECOND_EDITION_EXAMPLE }): Promise<string[]> {
    const items = await complete({ ...files, 'edit.svcdef': text }, 'edit.svcdef');
    return items.map(item => item.label);
}

describe('completion in agreements', () => {
    it('offers after offerings only the Service.Offering pairs of the services the agreement covers', async () => {
        expect(await labelsAt('sla X { customer Finance services EHR offerings <|> }')).toEqual(['EHR.Gold', 'EHR.Silver']);
        const extra = `service Mail { status live offering Basic { price 1 EUR per user } }\n`;
        const labels = await labelsAt('sla X { customer Finance services Mail offerings <|> }', { 'example.svcdef': SECOND_EDITION_EXAMPLE + extra });
        expect(labels).toEqual(['Mail.Basic']);
    });

    it('offers every offering after offerings while the agreement covers no service yet, and narrows by a typed service', async () => {
        expect(await labelsAt('sla X { customer Finance offerings <|> }')).toEqual(['EHR.Gold', 'EHR.Silver']);
        expect(await labelsAt('sla X { customer Finance offerings EHR.S<|> }')).toEqual(['EHR.Silver']);
        expect(await labelsAt('sla X { customer Finance services EHR offerings EHR.Gold, <|> }')).toContain('EHR.Silver');
    });

    it('adds the namespace of an offering only where two services share the name', async () => {
        const files = {
            'a.svcdef': 'namespace acme.a\nservice EHR { status live offering Gold { price 1 EUR } }\nservice Mail { status live offering Basic { price 1 EUR } }',
            'b.svcdef': 'namespace acme.b\nservice EHR { status live offering Gold { price 2 EUR } }'
        };
        const labels = await labelsAt('customer C\nsla X { customer C offerings <|> }', files);
        expect(labels).toEqual(expect.arrayContaining(['Mail.Basic', 'acme.a.EHR.Gold', 'acme.b.EHR.Gold']));
        expect(labels).not.toContain('acme.a.Mail.Basic');
        // Written short it would be ambiguous, as `ambiguous-reference` reports it.
        expect(labels).not.toContain('EHR.Gold');
    });

    it('offers the own namespace\u2019s offering by its short name and the namesake by its long one', async () => {
        const files = {
            'a.svcdef': 'namespace acme.a\nservice EHR { status live offering Gold { price 1 EUR } }',
            'b.svcdef': 'namespace acme.b\nservice EHR { status live offering Gold { price 2 EUR } }'
        };
        const labels = await labelsAt('namespace acme.a\ncustomer C\nsla X { customer C offerings <|> }', files);
        expect([...labels].sort()).toEqual(['EHR.Gold', 'acme.b.EHR.Gold']);
    });

    it('offers after part of only SLAs, never the agreement itself nor one already part of it', async () => {
        const labels = await labelsAt('sla X { customer Finance part of <|> }\nsla Child { customer Finance part of X }\nola O { unit NetworkOps }');
        expect(labels).toEqual(expect.arrayContaining(['Corporate', 'EmergencyEHR', 'FinanceErp']));
        expect(labels).not.toContain('X');
        expect(labels).not.toContain('Child');
        expect(labels).not.toContain('O');
        expect(labels).not.toContain('NetworkForEHR');
        expect(labels).not.toContain('EHR');
    });

    it('offers after for service only the services the agreement covers', async () => {
        expect(await labelsAt('sla X { customer Finance services EHR, Printing for service <|> }')).toEqual(['EHR', 'Printing']);
        // Also right after a target, where `for` could still have been its priority.
        expect(await labelsAt('sla X { customer Finance services EHR target rpo <= 1h for service <|> }')).toEqual(['EHR']);
        expect(await labelsAt('ola X { unit NetworkOps services Network target rpo <= 1h for P1 for service <|> }')).toEqual(['Network']);
    });

    it('offers after for service every service while the agreement covers none', async () => {
        const labels = await labelsAt('sla X { customer Finance for service <|> }');
        expect(labels).toEqual(expect.arrayContaining(['EHR', 'Printing', 'Erp', 'Network', 'Pharmacy']));
        expect(labels).not.toContain('Finance');
    });

    it('offers after the for of an agreement-wide target the priorities, declared ones included, and service', async () => {
        const labels = await labelsAt('sla X { customer Finance services EHR target incidentResponse <= 1h for <|> }');
        expect(labels).toEqual(expect.arrayContaining(['P1', 'P2', 'P3', 'P4', 'P5', 'Major', 'service']));
        expect(labels).not.toContain('EHR');
    });

    it('offers after the for of a block\u2019s, an offering\u2019s or a credit\u2019s target only priorities', async () => {
        for (const text of [
            'sla X { customer Finance services EHR for service EHR { target incidentResponse <= 1h for <|> } }',
            'service S { offering Gold { target incidentResponse <= 1h for <|> } }',
            'sla X { customer Finance credit 5% when incidentResponse > 1h for <|> }'
        ]) {
            const labels = await labelsAt(text);
            expect(labels, text).toEqual(expect.arrayContaining(['P1', 'Major']));
            expect(labels, text).not.toContain('service');
        }
    });

    it('offers the qualifiers of a target in any order, and calendars after during', async () => {
        expect(await labelsAt('sla X { customer Finance target incidentResponse <= 1h at p95 <|> }'))
            .toEqual(expect.arrayContaining(['per', 'for', 'during']));
        expect(await labelsAt('sla X { customer Finance target availability >= 99% during <|> }')).toEqual(['24x7']);
    });

    it('offers parties after reporting to, manager and approved by, and cadences after reporting', async () => {
        for (const text of ['sla X { customer Finance reporting monthly to <|> }', 'sla X { customer Finance approved by <|> }', 'service S { manager <|> }']) {
            const labels = await labelsAt(text);
            expect(labels, text).toEqual(expect.arrayContaining(['CentralIT', 'Finance', 'NetworkOps', 'CloudCo']));
            expect(labels, text).not.toContain('EHR');
            expect(labels, text).not.toContain('FinanceErp');
        }
        expect(await labelsAt('sla X { customer Finance reporting <|> }')).toEqual(['weekly', 'monthly', 'quarterly', 'semiannual', 'annual']);
    });

    it('offers the credit words where they go', async () => {
        expect(await labelsAt('sla X { customer Finance credits <|> }')).toEqual(['highest-only', 'cumulative']);
        expect(await labelsAt('sla X { customer Finance credit 5% of <|> }')).toEqual(['monthly', 'quarterly', 'annual', 'charge']);
        expect(await labelsAt('sla X { customer Finance credit <|> }')).toContain('cap');
    });

    it('offers each agreement kind only its own properties', async () => {
        const sla = await labelsAt('sla X { <|> }');
        expect(sla).toEqual(expect.arrayContaining(['customers', 'offerings', 'part', 'for', 'escalation', 'reporting', 'exclusion', 'version', 'approved']));
        expect(sla).not.toContain('unit');
        expect(sla).not.toContain('supports');
        const ola = await labelsAt('ola X { <|> }');
        expect(ola).toEqual(expect.arrayContaining(['unit', 'supports', 'for', 'escalation', 'version', 'approved']));
        expect(ola).not.toContain('customer');
        expect(ola).not.toContain('credit');
    });

    it('offers the parts of an escalation level', async () => {
        expect(await labelsAt('sla X { customer Finance escalation { <|> } }')).toEqual(['level']);
        expect(await labelsAt('sla X { customer Finance escalation { level 1 "Desk" <|> } }')).toEqual(expect.arrayContaining(['contact', 'after', 'level']));
    });
});

describe('completion in services and priorities', () => {
    it('offers the three levels after impact, urgency and criticality', async () => {
        for (const text of ['priority P9 { impact <|> }', 'priority P9 { urgency <|> }', 'service S { criticality <|> }']) {
            expect(await labelsAt(text), text).toEqual(['high', 'medium', 'low']);
        }
    });

    it('offers business and technical after kind, and the new service properties in a service', async () => {
        expect(await labelsAt('service S { kind <|> }')).toEqual(['business', 'technical']);
        expect(await labelsAt('service S { <|> }')).toEqual(expect.arrayContaining(['kind', 'tags', 'criticality', 'manager', 'offering']));
        expect(await labelsAt('priority P9 { <|> }')).toEqual(['impact', 'urgency', 'description']);
    });

    it('offers an offering\u2019s targets and price in its body', async () => {
        expect(await labelsAt('service S { offering Gold { <|> } }')).toEqual(expect.arrayContaining(['price', 'description', 'target']));
    });
});
