import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import type { Ola, Sla } from '../generated/ast.js';
import { unexpectedCharactersMessage } from './syntax-messages.js';

const { workspace } = createTestServices();

/** The syntax errors of one file, each as `line:column message` (1-based), and nothing else. */
async function syntaxErrors(text: string): Promise<string[]> {
    const ws = await workspace({ 'a.svcdef': text });
    const diagnostics = ws.diagnostics('a.svcdef');
    expect(diagnostics.filter(d => d.code !== 'syntax-error').map(d => d.message)).toEqual([]);
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe('syntax error messages', () => {
    describe('for characters the lexer cannot read', () => {
        it('name the character', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  status live %\n}')).toEqual(["3:15 unexpected '%'"]);
        });

        it('show a run of skipped characters once, and invisible ones by code point', () => {
            expect(unexpectedCharactersMessage('%$&')).toBe("unexpected '%$&'");
            expect(unexpectedCharactersMessage('\u0007')).toBe('unexpected U+0007');
            expect(unexpectedCharactersMessage('\u200B%\u0000')).toBe("unexpected U+200B '%' U+0000");
            expect(unexpectedCharactersMessage("'")).toBe('unexpected "\'"');
            expect(unexpectedCharactersMessage('😀')).toBe("unexpected '😀'");
        });

        it('cover the whole run with one diagnostic', async () => {
            const ws = await workspace({ 'a.svcdef': 'provider IT §§§' });
            expect(ws.diagnostics('a.svcdef').map(d => [d.code, d.message, d.range.start.character, d.range.end.character]))
                .toEqual([['syntax-error', "unexpected '§§§'", 12, 15]]);
        });
    });

    describe('for a word a block has no property for', () => {
        it('list what an sla takes', async () => {
            expect(await syntaxErrors('customer F\nsla A {\n  customer F\n  maintenance "sundays"\n}')).toEqual([
                "4:3 unknown property 'maintenance' in sla; allowed here: customer, customers, offerings, part of, provider, services, "
                + 'status, valid, review, hours, support hours, target, for service, escalation, version, approved by, credit, credit cap, credits, '
                + 'claim within, reporting, exclusion, responsibility'
            ]);
        });

        it('name the kinds of agreement a property belongs to when it is written in another kind', async () => {
            const errors = await syntaxErrors('customer F\nsla A {\n  customer F\n  supports B\n}\nunit U\nola B {\n  unit U\n  customers F\n}');
            expect(errors).toHaveLength(2);
            expect(errors[0]).toMatch(/^4:3 'supports' is a property of ola and uc, not of sla; allowed here: customer, /);
            expect(errors[1]).toMatch(/^9:3 'customers' is a property of sla, not of ola; allowed here: unit, supports, /);
        });

        it('step over a property of another kind of agreement and keep what follows, declaring nothing', async () => {
            const text = 'unit Ops\ncustomer F\nsla A {\n  customer F\n  unit Ops supports B, C\n  contract "C-1"\n  target availability >= 99% per month\n}\n'
                + 'ola B {\n  unit Ops\n  credit 5% of monthly charge when availability < 99% per month for P1\n  customers F\n  services X for service X { target rpo <= 1h }\n}\nservice X { }';
            const errors = await syntaxErrors(text);
            expect(errors.map(error => error.split(';')[0])).toEqual([
                "5:3 'unit' is a property of ola, not of sla",
                "5:12 'supports' is a property of ola and uc, not of sla",
                "6:3 'contract' is a property of uc, not of sla",
                "11:3 'credit' is a property of sla and uc, not of ola",
                "12:3 'customers' is a property of sla, not of ola"
            ]);
            const model = (await workspace({ 'a.svcdef': text })).document('a.svcdef').parseResult.value;
            expect(model.elements.map(element => `${element.$type} ${element.name}`)).toEqual(['Unit Ops', 'Customer F', 'Sla A', 'Ola B', 'Service X']);
            const [, , sla, ola] = model.elements as [unknown, unknown, Sla, Ola];
            expect(sla.targets).toHaveLength(1);
            expect(ola.scopes.map(scope => scope.service.$refText)).toEqual(['X']);
        });

        it('list what a service takes, a property of two words as written', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  status live\n  maintenance "sundays"\n}')).toEqual([
                "4:3 unknown property 'maintenance' in service; allowed here: status, kind, tags, criticality, owner, manager, category, hours, support hours, support, request, depends on, offering, internal"
            ]);
        });

        it('list what a binding takes', async () => {
            expect(await syntaxErrors('provider IT\nbinding B implements A243 {\n  owner IT\n  schedule "weekly"\n}')).toEqual([
                "4:3 unknown property 'schedule' in binding; allowed here: owner, tool, produces, consumes"
            ]);
        });

        it('suggest the property a misspelt word is closest to', async () => {
            expect(await syntaxErrors('customer F { contcat "x" }')).toEqual([
                "1:14 unknown property 'contcat' in customer (did you mean 'contact'?); allowed here: contact, users"
            ]);
        });

        it('consider a missing closing brace when the word starts an element', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  status live\nservice T {\n  status live\n}')).toEqual([
                "4:1 unknown property 'service' in service, or a missing '}' before the next element; "
                + 'allowed here: status, kind, tags, criticality, owner, manager, category, hours, support hours, support, request, depends on, offering, internal'
            ]);
        });

        it('say what goes there when something other than a word is found', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  42\n}')).toEqual([
                "3:3 expected a property of service or '}', found '42'; allowed here: status, kind, tags, criticality, owner, manager, category, hours, support hours, support, request, depends on, offering, internal"
            ]);
        });
    });

    describe('for a date in another form', () => {
        it.each([
            ['2026/01/01', 'valid from 2026/01/01 to 2026-12-31'],
            ['2026-1-1', 'valid from 2026-1-1'],
            ['31.12.2026', 'valid from 2026-01-01 to 31.12.2026'],
            ['2026-01', 'valid from 2026-01']
        ])('give the form of a date for %s', async (written, validity) => {
            const errors = await syntaxErrors(`customer F\nsla A {\n  customer F\n  ${validity}\n}`);
            expect(errors).toEqual([`4:${validity.indexOf(written) + 3} dates are written YYYY-MM-DD, found '${written}'`]);
        });
    });

    describe('for a file that ends inside a block', () => {
        it('say what is missing and where the block opened', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  status live\n  owner IT\n')).toEqual([
                "4:11 expected '}', found the end of the file: the block of service 'S' opened on line 2 is not closed"
            ]);
        });

        it('name the innermost open block, a block without a name by its element', async () => {
            expect(await syntaxErrors('service S {\n  offering O { description "x"\n')).toEqual([
                "2:31 expected '}', found the end of the file: the block of offering 'O' opened on line 2 is not closed"
            ]);
            expect(await syntaxErrors('service S {\n  internal {\n    notes "x"\n')).toEqual([
                "3:14 expected '}', found the end of the file: the internal block of service 'S' opened on line 2 is not closed"
            ]);
        });

        it('say so also when something else was expected there', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  owner')).toEqual([
                "3:8 expected a name, found the end of the file: the block of service 'S' opened on line 2 is not closed"
            ]);
        });
    });

    describe('for other parser findings', () => {
        it('list the alternatives as a sentence', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  status active\n}')).toEqual([
                "3:10 expected one of 'planned', 'pipeline', 'live', 'retiring' or 'retired', found 'active'"
            ]);
        });

        it('name token kinds in words, and a keyword where a name goes as a keyword', async () => {
            expect(await syntaxErrors('provider IT\nservice S {\n  owner "IT"\n}')).toEqual(['3:9 expected a name, found \'"IT"\'']);
            expect(await syntaxErrors('customer F { contact 42 }')).toEqual(["1:22 expected a quoted text, found '42'"]);
            expect(await syntaxErrors('provider IT\nservice S {\n  owner live\n}')).toEqual(["3:9 expected a name, found the keyword 'live'"]);
        });

        it('say which elements a file holds where a word starts none', async () => {
            expect(await syntaxErrors('provider IT\nservise S { }')).toEqual([
                "2:1 unknown element 'servise' (did you mean 'service'?); allowed here: provider, customer, unit, supplier, calendar, "
                + 'metric, priority, service, sla, ola, uc, pattern, forecast, package, binding'
            ]);
            expect(await syntaxErrors('provider IT\n}')).toEqual(["2:1 expected an element or the end of the file, found '}'"]);
        });
    });

    it('accept the words people use as units of demand and capacity', async () => {
        const ws = await workspace({ 'a.svcdef': [
            'provider IT', 'service S { status live owner IT offering O { price 2 EUR per service per month } }',
            'forecast F for S {\n  period 2027 demand 5 users\n  period 2028 demand 6 users\n}',
            'package K { service S capacity 10 users }'
        ].join('\n') });
        expect(ws.codes('a.svcdef')).toEqual([]);
    });
});
