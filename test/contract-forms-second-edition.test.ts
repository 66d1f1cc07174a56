import { describe, expect, it } from 'vitest';
import type { Binding, Model, Sla } from '../src/language/generated/ast.js';
import { SECOND_EDITION_EXAMPLE } from './contract-example-second-edition.js';
import { createTestServices } from './svcdef-test-services.js';

function element<T>(model: Model, name: string, type: string): T {
    return model.elements.find(candidate => candidate.name === name && candidate.$type === type) as T;
}

describe('the second-edition contract forms of LANGUAGE.md', () => {
    it('parse, link and validate with no diagnostics at all', async () => {
        const { workspace } = createTestServices({ today: '2026-06-01' });
        const ws = await workspace({ 'second.svcdef': SECOND_EDITION_EXAMPLE });
        expect(ws.diagnostics('second.svcdef').map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });

    it('read a target\'s qualifiers in any order as the same target', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({
            'a.svcdef': 'customer C\nsla A { customer C target incidentResponse <= 15min at p95 for P1 target incidentResponse <= 15min for P1 at p95 per month during 24x7 }'
        });
        const sla = element<Sla>(ws.document('a.svcdef').parseResult.value as Model, 'A', 'Sla');
        const [first, second] = sla.targets;
        expect([first.percentile, first.priority.map(p => p.ref?.name)]).toEqual([['p95'], ['P1']]);
        expect([second.percentile, second.priority.map(p => p.ref?.name), second.window, second.during.map(c => c.ref?.name)])
            .toEqual([['p95'], ['P1'], ['month'], ['24x7']]);
        expect(ws.diagnostics('a.svcdef')).toEqual([]);
    });

    it('let a customer and a service share a name, each reference finding its own kind', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'second.svcdef': SECOND_EDITION_EXAMPLE });
        const model = ws.document('second.svcdef').parseResult.value as Model;
        const binding = element<Binding>(model, 'Catalog', 'Binding');
        expect(binding.produces[0].artifacts[0].ref?.$type).toBe('Service');
        expect(ws.codes('second.svcdef')).not.toContain('duplicate-name');
    });

    it('still report two elements of one kind group under one name', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': 'customer Pharmacy\nprovider Pharmacy\nservice Pharmacy { status live }' });
        expect(ws.codes('a.svcdef')).toEqual(['duplicate-name', 'duplicate-name']);
    });

    it('take a declaration of P1 as the definition of the built-in P1, and references mean it', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({
            'p.svcdef': 'namespace acme\npriority P1 "Critical" { impact high urgency high description "Site down" }',
            'a.svcdef': 'customer C\nsla A { customer C target incidentResponse <= 15min for P1 }'
        });
        expect(ws.codes('p.svcdef')).toEqual([]);
        const sla = element<Sla>(ws.document('a.svcdef').parseResult.value as Model, 'A', 'Sla');
        expect(sla.targets[0].priority[0].ref?.title).toBe('Critical');
    });

    it('report two definitions of one built-in priority, whatever their namespaces', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({
            'p.svcdef': 'namespace acme\npriority P1 "Critical"',
            'q.svcdef': 'namespace beta\npriority P1 "Urgent"'
        });
        expect([...ws.codes('p.svcdef'), ...ws.codes('q.svcdef')]).toEqual(['duplicate-name', 'duplicate-name']);
    });

    it('name an offering through its service, simple or qualified', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({
            's.svcdef': 'namespace acme.it\nservice EHR { status live offering Gold { } }',
            'a.svcdef': 'customer C\nsla A { customer C services EHR offerings EHR.Gold, acme.it.EHR.Gold }'
        });
        const sla = element<Sla>(ws.document('a.svcdef').parseResult.value as Model, 'A', 'Sla');
        expect(sla.offerings.map(offering => offering.ref?.name)).toEqual(['Gold', 'Gold']);
        expect(ws.codes('a.svcdef')).not.toContain('unresolved-reference');
    });

    it('tell a target\'s `for P1` from a `for service` block after it', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({
            'a.svcdef': 'customer C\nservice S { status live }\nsla A { customer C services S target incidentResponse <= 1h for P1\n for service S { target rpo <= 15min for P1 }\n credit 5% when incidentResponse > 1h for P1\n for service S { target rto <= 4h } }'
        });
        const sla = element<Sla>(ws.document('a.svcdef').parseResult.value as Model, 'A', 'Sla');
        expect(ws.document('a.svcdef').parseResult.parserErrors).toEqual([]);
        expect(sla.scopes.map(scope => scope.targets.length)).toEqual([1, 1]);
    });
});
