import { AstUtils, DocumentState, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';
import { propertyWords, SINGLE_VALUED_PROPERTIES } from '../single-valued-properties.js';

const { workspace } = createTestServices();

describe('unresolved-reference', () => {
    it('reports a misspelt service on the reference, with a suggestion of the right kind', async () => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 's.svcdef': 'sla A { customer Finance services Emial }' });
        const [diagnostic] = ws.diagnostics('s.svcdef');
        expect(diagnostic.code).toBe('unresolved-reference');
        expect(diagnostic.message).toContain("No service named 'Emial'");
        expect(diagnostic.message).toContain("Did you mean 'Email'?");
        expect(diagnostic.data).toMatchObject({ code: 'unresolved-reference', suggestions: ['Email'], referenceType: 'Service', containerType: 'Sla', property: 'services' });
        expect(diagnostic.range.start.character).toBe('sla A { customer Finance services '.length);
        expect(diagnostic.range.end.character).toBe('sla A { customer Finance services Emial'.length);
    });

    it('does not suggest names of another kind', async () => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 's.svcdef': 'sla A { customer Financ services Email }' });
        expect(ws.diagnostics('s.svcdef')[0].data).toMatchObject({ suggestions: ['Finance'] });
    });

    it('tells a target written `for SERVICE` to use a for-service block when the name is a service of the agreement', async () => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 's.svcdef': 'sla A { customer Finance services Email, Erp target availability >= 99.9% for Erp }' });
        const [diagnostic] = ws.diagnostics('s.svcdef');
        expect(diagnostic.code).toBe('unresolved-reference');
        expect(diagnostic.message).toBe("No priority named 'Erp' is declared in the workspace. 'Erp' is a service of this agreement: to give it targets of its own, write them in a block 'for service Erp { … }'.");
        expect(ws.document('s.svcdef').textDocument.getText(diagnostic.range)).toBe('Erp');
    });

    it('is silent when every name resolves, across files', async () => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 's.svcdef': 'sla A { customer Finance services Email, Erp }' });
        expect(ws.codes('s.svcdef')).toEqual([]);
    });
});

describe('namespaces', () => {
    it('resolves simple and qualified names of a namespaced element', async () => {
        const ws = await workspace({
            'core.svcdef': 'namespace acme.core\nprovider IT\nservice Mail { status live owner IT }',
            'sla.svcdef': 'customer Legal\nsla Legal1 { customer Legal services acme.core.Mail, Mail }'
        });
        expect(ws.codes('sla.svcdef')).toEqual([]);
        expect(ws.document('sla.svcdef').parseResult.value.elements[1]).toMatchObject({});
    });

    it('allows one simple name in two namespaces', async () => {
        const ws = await workspace({
            'a.svcdef': 'namespace acme.a\nprovider IT',
            'b.svcdef': 'namespace acme.b\nprovider IT'
        });
        expect(ws.codes('a.svcdef')).toEqual([]);
        expect(ws.codes('b.svcdef')).toEqual([]);
    });
});

describe('duplicate-name', () => {
    it('reports both declarations of one qualified name, naming the other place', async () => {
        const ws = await workspace({ 'a.svcdef': 'provider IT', 'b.svcdef': '\ncustomer IT' });
        expect(ws.codes('a.svcdef')).toEqual(['duplicate-name']);
        expect(ws.diagnostics('a.svcdef')[0].message).toContain('also in b.svcdef:2');
        expect(ws.codes('b.svcdef')).toEqual(['duplicate-name']);
    });

    it('reports one qualified name declared in two files of one namespace, not one simple name in two namespaces', async () => {
        const ws = await workspace({
            'a.svcdef': 'namespace acme.it\nprovider IT',
            'b.svcdef': 'namespace acme.it\ncustomer IT',
            'c.svcdef': 'namespace acme.ops\nprovider IT'
        });
        expect(ws.codes('a.svcdef')).toEqual(['duplicate-name']);
        expect(ws.diagnostics('a.svcdef')[0].message).toContain("'acme.it.IT' is declared more than once (also in b.svcdef:2)");
        expect(ws.codes('b.svcdef')).toEqual(['duplicate-name']);
        expect(ws.codes('c.svcdef')).toEqual([]);
    });

    it('follows edits that make a qualified name clash and stop clashing', async () => {
        const ws = await workspace({ 'a.svcdef': 'namespace acme.it\nprovider IT', 'b.svcdef': 'namespace acme.ops\nprovider IT' });
        expect([ws.codes('a.svcdef'), ws.codes('b.svcdef')]).toEqual([[], []]);
        await ws.edit('b.svcdef', 'namespace acme.it\nprovider IT');
        expect([ws.codes('a.svcdef'), ws.codes('b.svcdef')]).toEqual([['duplicate-name'], ['duplicate-name']]);
        await ws.edit('b.svcdef', 'namespace acme.it\nprovider Ops');
        expect([ws.codes('a.svcdef'), ws.codes('b.svcdef')]).toEqual([[], []]);
    });

    it('reports a name that shadows a built-in', async () => {
        const ws = await workspace({ 'a.svcdef': 'metric availability "Mine" percent higher' });
        expect(ws.codes('a.svcdef')).toEqual(['duplicate-name']);
    });

    // Counted, not timed: every check reads each element's name, so the reads grow with the
    // elements as long as no element is compared with all its namesakes.
    it('checks one name declared thousands of times in time that grows with the declarations, not their square', async () => {
        const namesRead = async (declarations: number) => {
            const { shared, workspace: build } = createTestServices();
            let reads = 0;
            // Counting starts once the names are linked, when validation begins.
            shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, documents => {
                for (const document of documents) {
                    for (const element of (document.parseResult.value as AstNode & { elements: Array<{ name: string }> }).elements ?? []) {
                        const name = element.name;
                        Object.defineProperty(element, 'name', { get: () => { reads++; return name; } });
                    }
                }
            });
            const ws = await build({ 'twins.svcdef': Array.from({ length: declarations }, () => 'customer Twin').join('\n') });
            expect(ws.codes('twins.svcdef')).toEqual(Array.from({ length: declarations }, () => 'duplicate-name'));
            return reads;
        };
        const few = await namesRead(500);
        const many = await namesRead(2000);
        expect(many / few).toBeLessThan(6);
    });

    it('reports two offerings of one service with one name', async () => {
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice S { owner IT offering Basic offering Basic }' });
        expect(ws.codes('a.svcdef')).toEqual(['duplicate-name']);
    });
});

describe('missing-party', () => {
    it.each([
        ['sla', 'sla A { provider CentralIT services Email }', 'customer'],
        ['ola', 'ola A { provider CentralIT }', 'unit'],
        ['uc', 'uc A { contract "C-1" }', 'supplier']
    ])('reports an %s without its party on its name', async (_kind, text, keyword) => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 'a.svcdef': text });
        const [diagnostic] = ws.diagnostics('a.svcdef');
        expect(diagnostic.code).toBe('missing-party');
        expect(diagnostic.message).toContain(`'${keyword} <name>'`);
        expect(diagnostic.data).toMatchObject({ keyword });
        expect(text.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('A');
    });

    it.each([
        'sla A { customer Finance }',
        'ola A { unit NetworkOps }',
        'uc A { supplier CloudCo }'
    ])('is silent for %s', async text => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 'a.svcdef': text });
        expect(ws.codes('a.svcdef')).toEqual([]);
    });
});

describe('duplicate-property', () => {
    it('reports a single-valued property written twice, on the repeat', async () => {
        const text = 'provider IT\nservice S {\n  status live\n  owner IT\n  status retired\n}';
        const ws = await workspace({ 'a.svcdef': text });
        const [diagnostic] = ws.diagnostics('a.svcdef');
        expect(diagnostic.code).toBe('duplicate-property');
        expect(diagnostic.range.start.line).toBe(4);
        expect(diagnostic.message).toContain('line 3');
    });

    it('reports repeats of references, fragments\' properties and nested values, each on its repeat', async () => {
        const text = [
            'customer Finance { contact "a@x" contact "b@x" }',
            'provider IT',
            'service S { owner IT owner IT offering Basic { price 5 EUR price 6 EUR } }',
            'sla A { customer Finance valid from 2026-01-01 valid to 2027-01-01 version "1" version "2" }'
        ].join('\n');
        const ws = await workspace({ 'a.svcdef': text });
        const repeats = ws.diagnostics('a.svcdef').map(d => [d.code, d.range.start.line, ws.document('a.svcdef').textDocument.getText(d.range)]);
        expect(repeats).toEqual([
            ['duplicate-property', 0, '"b@x"'],
            ['duplicate-property', 2, 'IT'],
            ['duplicate-property', 2, '6 EUR'],
            ['duplicate-property', 3, 'valid to 2027-01-01'],
            ['duplicate-property', 3, '"2"']
        ]);
    });

    it('does not count the properties of contained elements as the container\'s', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'a.svcdef': 'sla A { customer Finance target availability >= 99% per month target availability >= 98% per month }'
        });
        expect(ws.codes('a.svcdef')).toEqual([]);
    });

    describe('of every property that holds one value', () => {
        const party = { contact: 'contact "a@x"', users: 'users 5' };
        const agreement = {
            provider: 'provider CentralIT', unit: 'unit NetworkOps', supplier: 'supplier CloudCo',
            status: 'status draft', validity: 'valid from 2026-01-01', review: 'review monthly', hours: 'hours 24x7', supportHours: 'support hours 24x7', contract: 'contract "C-1"',
            version: 'version "1"', parent: 'part of Other', creditRule: 'credits cumulative', claimWithin: 'claim within 30d',
            escalation: 'escalation { level 1 "Desk" }'
        };
        const qualifiers = { window: 'per month', priority: 'for P1', percentile: 'at p95', during: 'during 24x7' };
        /** How each is written, and the element it is written in (with the party an agreement needs, unless that is the one). */
        const written: Record<string, { lines: Record<string, string>; element: (body: string, property: string) => string }> = {
            Provider: { lines: party, element: body => `provider P { ${body} }` },
            Customer: { lines: party, element: body => `customer C { ${body} }` },
            Unit: { lines: party, element: body => `unit U { ${body} }` },
            Supplier: { lines: party, element: body => `supplier S { ${body} }` },
            Service: {
                lines: { status: 'status live', owner: 'owner CentralIT', category: 'category "Mail"', hours: 'hours 24x7',
                    supportHours: 'support hours 24x7', kind: 'kind technical', criticality: 'criticality high', manager: 'manager NetworkOps',
                    support: 'support "desk"', request: 'request "portal"', internal: 'internal { notes "n" }' },
                element: body => `service S { ${body} }`
            },
            Calendar: { lines: { timezone: 'timezone "Europe/Berlin"' }, element: body => `calendar Office { ${body} hours Mon-Fri 08:00-18:00 }` },
            Offering: { lines: { price: 'price 5 EUR', description: 'description "d"' }, element: body => `service S { offering O { ${body} } }` },
            Sla: { lines: agreement, element: (body, property) => `sla A { ${property === 'customer' ? '' : 'customer Finance '}${body} }` },
            Ola: { lines: agreement, element: (body, property) => `ola A { ${property === 'unit' ? '' : 'unit NetworkOps '}${body} }` },
            Uc: { lines: agreement, element: (body, property) => `uc A { ${property === 'supplier' ? '' : 'supplier CloudCo '}${body} }` },
            Pattern: { lines: { customer: 'customer Finance', users: 'users 5 "people"', classification: 'classification important' }, element: body => `pattern P { ${body} }` },
            ServicePackage: { lines: { capacity: 'capacity 5 users' }, element: body => `package K { ${body} }` },
            Binding: { lines: { owner: 'owner CentralIT', tool: 'tool "Jira"' }, element: body => `binding B implements A243 { ${body} }` },
            Priority: { lines: { impact: 'impact high', urgency: 'urgency low', description: 'description "d"' }, element: body => `priority Major { ${body} }` },
            Target: { lines: qualifiers, element: body => `sla A { customer Finance target incidentResponse <= 1h ${body} }` },
            // The target states the credit's qualifier once, so the credit is about a promised target.
            Credit: {
                lines: qualifiers,
                element: (body, property) => `sla A { customer Finance target incidentResponse <= 1h ${qualifiers[property as keyof typeof qualifiers]} credit 5% when incidentResponse > 1h ${body} }`
            },
            EscalationLevel: { lines: { contact: 'contact "desk@x"', after: 'after 30min' }, element: body => `sla A { customer Finance escalation { level 1 "Desk" ${body} } }` }
        };
        const cases = Object.entries(SINGLE_VALUED_PROPERTIES).flatMap(([type, properties]) => properties.map(property => [type, property] as const));

        it.each(cases)('%s %s written twice is reported once, on the repeat', async (type, property) => {
            const line = written[type].lines[property];
            const text = written[type].element(`${line} ${line}`, property);
            const ws = await workspace({ 'p.svcdef': PARTIES, 'a.svcdef': `${text}\nsla Other { customer Finance }` });
            const diagnostics = ws.diagnostics('a.svcdef');
            expect(diagnostics.map(d => d.code)).toEqual(['duplicate-property']);
            expect(diagnostics[0].message).toContain(`'${propertyWords(property)}' is already set on line 1`);
            expect(ws.document('a.svcdef').textDocument.offsetAt(diagnostics[0].range.start)).toBeGreaterThanOrEqual(text.lastIndexOf(line));
        });
    });

    it('reports a value that comes with a label once', async () => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 'a.svcdef': 'pattern P { users 5 "people" users 6 "staff" }' });
        expect(ws.codes('a.svcdef')).toEqual(['duplicate-property']);
    });

    it('allows repeated list properties', async () => {
        const ws = await workspace({ 'p.svcdef': PARTIES, 'a.svcdef': 'sla A { customer Finance services Email services Erp }' });
        expect(ws.codes('a.svcdef')).toEqual([]);
    });
});

describe('reserved-declaration', () => {
    it('refuses A2 nodes and work products outside the built-in library', async () => {
        const ws = await workspace({ 'a.svcdef': 'activity A299 "Mine" { }\nworkproduct "My Output"' });
        expect(ws.codes('a.svcdef')).toEqual(['reserved-declaration', 'reserved-declaration']);
    });
});

describe('syntax-error', () => {
    it('reports text that does not parse with the public code', async () => {
        const ws = await workspace({ 'a.svcdef': 'service Email {\n  status living\n}' });
        expect(ws.codes('a.svcdef')).toContain('syntax-error');
        expect(ws.codes('a.svcdef').every(code => code === 'syntax-error')).toBe(true);
    });

    it('reports a character no token starts with', async () => {
        const ws = await workspace({ 'a.svcdef': 'provider IT ยง' });
        expect(ws.codes('a.svcdef')).toContain('syntax-error');
    });
});

describe('unresolved artifacts of a work product', () => {
    it('suggest and name only the kinds the work product carries', async () => {
        const ws = await workspace({
            'p.svcdef': PARTIES,
            'a.svcdef': 'service NewSvd { status live }\nbinding NewSv implements A23 { owner CentralIT produces "Service Catalog" { NewSvc } }'
        });
        const unresolved = ws.diagnostics('a.svcdef').find(diagnostic => diagnostic.code === 'unresolved-reference')!;
        expect(unresolved.message).toMatch(/^No service( or [a-z ]+)? named 'NewSvc' is declared in the workspace\. Did you mean 'NewSvd'\?/);
        expect(unresolved.data).toMatchObject({ suggestions: ['NewSvd'] });
    });
});

describe('ambiguous-reference', () => {
    const files = {
        'a.svcdef': 'namespace acme.a\nprovider IT\nservice Mail { status live owner IT }',
        'b.svcdef': 'namespace acme.b\nprovider IT2\nservice Mail { status live owner IT2 }'
    };

    it('reports a simple name that two namespaces declare, suggesting both qualified names', async () => {
        const ws = await workspace({ ...files, 'c.svcdef': 'customer C\nsla S { customer C services Mail }' });
        const [diagnostic] = ws.diagnostics('c.svcdef');
        expect(diagnostic.code).toBe('ambiguous-reference');
        expect(diagnostic.data).toMatchObject({ suggestions: ['acme.a.Mail', 'acme.b.Mail'] });
        expect(ws.document('c.svcdef').textDocument.getText(diagnostic.range)).toBe('Mail');
    });

    it('is silent for qualified names and inside one of the namespaces', async () => {
        const ws = await workspace({
            ...files,
            'c.svcdef': 'customer C\nsla S { customer C services acme.a.Mail, acme.b.Mail }',
            'd.svcdef': 'namespace acme.a\ncustomer D\nsla T { customer D services Mail }'
        });
        expect(ws.codes('c.svcdef')).toEqual([]);
        expect(ws.codes('d.svcdef')).toEqual([]);
    });

    it('is silent in a file without a namespace when the root namespace declares the name, which it then means, whatever the files are called', async () => {
        for (const [namespaced, root] of [['ns.svcdef', 'root.svcdef'], ['z-ns.svcdef', 'a-root.svcdef']]) {
            const ws = await workspace({
                [namespaced]: 'namespace acme.it\nservice A { status live }',
                [root]: 'service A { status retired }\nservice B { status live depends on A }'
            });
            const model = ws.document(root).parseResult.value as unknown as { elements: { name: string; dependsOn?: { ref?: AstNode }[] }[] };
            const target = model.elements.find(element => element.name === 'B')!.dependsOn![0].ref!;
            expect(ws.document(root).parseResult.value.$document?.uri.toString(), `${namespaced} / ${root}`).toBe(target.$container?.$document?.uri.toString());
            expect(ws.codes(root)).toEqual(['depends-on-retired']);
        }
    });

    it('reports a simple name whose namesake in the own namespace is of another kind than the reference takes', async () => {
        // In acme.a `Finance` reads as acme.a's provider, but an SLA's customer is a customer: the link goes to acme.b's.
        const b = { 'b.svcdef': 'namespace acme.b\ncustomer Finance' };
        const ws = await workspace({ ...b, 'a.svcdef': 'namespace acme.a\nprovider Finance\nsla S { customer Finance }' });
        const diagnostic = ws.diagnostics('a.svcdef').find(found => found.code === 'ambiguous-reference');
        expect(diagnostic?.data).toMatchObject({ suggestions: ['acme.a.Finance', 'acme.b.Finance'] });
        const fixed = await workspace({ ...b, 'a.svcdef': 'namespace acme.a\nprovider Finance\nsla S { customer acme.b.Finance }' });
        expect(fixed.codes('a.svcdef')).not.toContain('ambiguous-reference');
    });

    describe('for an offering named through its service (`EHR.Gold`)', () => {
        const ehr = {
            'a.svcdef': 'namespace acme.a\nprovider IT\nservice EHR { status live owner IT offering Gold { } }',
            'b.svcdef': 'namespace acme.b\nprovider IT2\nservice EHR { status live owner IT2 offering Gold { } offering Silver { } }'
        };
        const offeringOf = (ws: Awaited<ReturnType<typeof workspace>>, file: string) => {
            const model = ws.document(file).parseResult.value as unknown as { elements: { $type: string; offerings: { ref?: AstNode }[] }[] };
            const offering = model.elements.find(element => element.$type === 'Sla')!.offerings[0].ref!;
            return AstUtils.getDocument(offering).uri.path.split('/').pop();
        };

        it('reports the service part shared by two namespaces whose services both offer it', async () => {
            const ws = await workspace({ ...ehr, 'c.svcdef': 'customer C\nsla S { customer C services acme.a.EHR offerings EHR.Gold }' });
            const diagnostic = ws.diagnostics('c.svcdef').find(found => found.code === 'ambiguous-reference');
            expect(diagnostic?.message).toBe("'EHR.Gold' could mean 'acme.a.EHR.Gold' or 'acme.b.EHR.Gold'. Write the qualified name.");
            expect(diagnostic?.data).toMatchObject({ suggestions: ['acme.a.EHR.Gold', 'acme.b.EHR.Gold'] });
            expect(ws.document('c.svcdef').textDocument.getText(diagnostic!.range)).toBe('EHR.Gold');
        });

        it('means the offering of the own namespace\'s service, whatever the order of the files', async () => {
            for (const [own, other] of [['a.svcdef', 'b.svcdef'], ['b.svcdef', 'a.svcdef']]) {
                const namespace = own === 'a.svcdef' ? 'acme.a' : 'acme.b';
                const ws = await workspace({
                    [own]: ehr[own as keyof typeof ehr], [other]: ehr[other as keyof typeof ehr],
                    'own.svcdef': `namespace ${namespace}\ncustomer C\nsla S { customer C services EHR offerings EHR.Gold }`
                });
                expect(ws.codes('own.svcdef'), namespace).toEqual([]);
                expect(offeringOf(ws, 'own.svcdef'), namespace).toBe(own);
            }
        });

        it('means the root namespace\'s service in a file without a namespace', async () => {
            const ws = await workspace({
                ...ehr,
                'root.svcdef': 'provider IT3\ncustomer C\nservice EHR { status live owner IT3 offering Gold { } }\nsla S { customer C services EHR offerings EHR.Gold }'
            });
            expect(ws.codes('root.svcdef')).toEqual([]);
            expect(offeringOf(ws, 'root.svcdef')).toBe('root.svcdef');
        });

        it('follows an edit that gives the other namespace\u2019s service the offering too', async () => {
            const ws = await workspace({
                'a.svcdef': ehr['a.svcdef'],
                'b.svcdef': 'namespace acme.b\nprovider IT2\nservice EHR { status live owner IT2 offering Silver { } }',
                'c.svcdef': 'customer C\nsla S { customer C services acme.a.EHR offerings EHR.Gold }',
                'own.svcdef': 'namespace acme.b\ncustomer C\nsla S { customer C services acme.a.EHR offerings EHR.Gold }'
            });
            expect(ws.codes('c.svcdef')).toEqual([]);
            expect(offeringOf(ws, 'own.svcdef')).toBe('a.svcdef');
            await ws.update({ 'b.svcdef': ehr['b.svcdef'] });
            expect(ws.codes('c.svcdef')).toEqual(['ambiguous-reference']);
            expect(offeringOf(ws, 'own.svcdef')).toBe('b.svcdef');
        });

        it('is silent when only one of the services offers it, or when it is written qualified', async () => {
            const ws = await workspace({
                ...ehr,
                'c.svcdef': 'customer C\nsla S { customer C services acme.b.EHR offerings EHR.Silver }',
                'd.svcdef': 'customer D\nsla T { customer D services acme.a.EHR offerings acme.a.EHR.Gold }'
            });
            expect(ws.codes('c.svcdef')).toEqual([]);
            expect(ws.codes('d.svcdef')).toEqual([]);
        });
    });

    it('appears when another file introduces the clash', async () => {
        const ws = await workspace({ 'a.svcdef': files['a.svcdef'], 'c.svcdef': 'customer C\nsla S { customer C services Mail }' });
        expect(ws.codes('c.svcdef')).toEqual([]);
        await ws.update({ 'b.svcdef': files['b.svcdef'] });
        expect(ws.codes('c.svcdef')).toEqual(['ambiguous-reference']);
    });
});
