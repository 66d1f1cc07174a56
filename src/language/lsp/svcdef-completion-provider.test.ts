import type { CompletionItem, InsertReplaceEdit, TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../test/lsp/lsp-test-helpers.js';
import { createTestServices, CURSOR } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { complete, workspace } = createTestServices();

const OTHER_FILE = PARTIES + `
pattern MonthEnd { customer Finance drives Email }
sla FinanceEmail { customer Finance services Email }
ola NetworkForEmail { unit NetworkOps supports FinanceEmail }
forecast EmailDemand for Email { period 2027 demand 10 }
`;

async function labelsAt(text: string): Promise<string[]> {
    const items = await complete({ 'other.svcdef': OTHER_FILE, 'edit.svcdef': text }, 'edit.svcdef');
    return items.map(item => item.label);
}

describe('completion of names', () => {
    it('offers only services, from other files too, after services, depends on and drives', async () => {
        for (const text of ['sla X { customer Finance services <|> }', 'service X { depends on <|> }', 'pattern P { drives <|> }']) {
            const labels = await labelsAt(text);
            expect(labels).toEqual(expect.arrayContaining(['Email', 'Network', 'Erp']));
            expect(labels).not.toContain('Finance');
            expect(labels).not.toContain('FinanceEmail');
        }
    });

    it('offers only SLAs after supports', async () => {
        const labels = await labelsAt('ola X { unit NetworkOps supports <|> }');
        expect(labels).toContain('FinanceEmail');
        expect(labels).not.toContain('NetworkForEmail');
        expect(labels).not.toContain('Email');
    });

    it('offers only customers after customer', async () => {
        const labels = await labelsAt('sla X { customer <|> }');
        expect(labels).toEqual(expect.arrayContaining(['Finance', 'Sales']));
        expect(labels).not.toContain('CentralIT');
        expect(labels).not.toContain('NetworkOps');
    });

    it('offers metrics, built-in and declared, after target', async () => {
        const labels = await labelsAt('sla X { customer Finance target <|> }');
        expect(labels).toEqual(expect.arrayContaining(['availability', 'incidentResponse', 'latency', 'firstContactResolution']));
        expect(labels).not.toContain('Email');
    });

    it('offers A2 nodes after implements, labelled with their names and their process as detail', async () => {
        const items = await complete({ 'edit.svcdef': 'binding B implements <|>' }, 'edit.svcdef');
        const a243 = items.find(item => item.label === 'A243 — Create and Maintain Service Level Agreements');
        expect(a243).toMatchObject({ detail: 'A24 Service Level Management' });
        expect(a243?.textEdit?.newText).toBe('A243');
        expect(items.filter(item => item.label.startsWith('A2')).length).toBe(57);
        expect(items.map(item => item.label)).not.toContain('Email');
    });
});

describe('completion of work products', () => {
    it('offers only the implemented node\u2019s outputs inside produces', async () => {
        const labels = await labelsAt('binding B implements A243 { produces <|> }');
        expect(labels).toContain('SLAs, OLAs, UCs');
        expect(labels).not.toContain('Service Catalog');
        expect(labels).not.toContain('Service Level Requirements');
    });

    it('offers only inputs and controls inside consumes, each once', async () => {
        const labels = await labelsAt('binding B implements A243 { consumes <|> }');
        expect(labels).toEqual(expect.arrayContaining(['Service Catalog', 'Service Level Requirements', 'Business Strategy']));
        expect(labels).not.toContain('SLAs, OLAs, UCs');
        expect(new Set(labels).size).toBe(labels.length);
    });

    it('inserts the quoted name', async () => {
        const items = await complete({ 'edit.svcdef': 'binding B implements A235 { produces <|> }' }, 'edit.svcdef');
        expect(items.find(item => item.label === 'Service Catalog')?.textEdit?.newText).toBe('"Service Catalog"');
    });

    it('offers only artifacts of the kinds the work product carries inside a produces list', async () => {
        const agreements = await labelsAt('binding B implements A243 { produces "SLAs, OLAs, UCs" { <|> } }');
        expect(agreements).toEqual(expect.arrayContaining(['FinanceEmail', 'NetworkForEmail']));
        expect(agreements).not.toContain('Email');
        const services = await labelsAt('binding B implements A235 { produces "Service Catalog" { Email, <|> } }');
        expect(services).toEqual(expect.arrayContaining(['Network', 'Erp']));
        expect(services).not.toContain('FinanceEmail');
        const forecasts = await labelsAt('binding B implements A254 { produces "Service Demand Forecasts" { <|> } }');
        expect(forecasts).toEqual(['EmailDemand']);
    });
});

describe('completion inside a work-product string', () => {
    /** A binding as written in examples/acme, with `line` as its third line. */
    const binding = (line: string) => `binding SlaAuthoring implements A243 {\n  owner CentralIT\n  ${line}\n}\n`;

    /** The items offered at the marker of `line`, and that line after choosing `label`. */
    async function choose(line: string, label: string, services = createTestServices()): Promise<{ labels: string[]; after: string }> {
        const text = binding(line);
        const items = await services.complete({ 'other.svcdef': OTHER_FILE, 'edit.svcdef': text }, 'edit.svcdef');
        const item = items.find(candidate => candidate.label === label);
        expect(item?.textEdit, `an edit for '${label}' among ${JSON.stringify(items.map(candidate => candidate.label))}`).toBeDefined();
        const after = applyEdits(text.replace(CURSOR, ''), [asTextEdit(item!)]);
        return { labels: items.map(candidate => candidate.label), after: after.split('\n')[2] };
    }

    function asTextEdit(item: CompletionItem): TextEdit {
        const edit = item.textEdit as TextEdit | InsertReplaceEdit;
        return 'range' in edit ? edit : { range: edit.replace, newText: edit.newText };
    }

    it.each([
        ['between the quotes the editor closed', 'produces "<|>"'],
        ['after an opening quote at the end of the line', 'produces "<|>'],
        ['after a partial name before the closing quote', 'produces "SLA<|>"'],
        ['after a partial name without a closing quote', 'produces "SLA<|>']
    ])('offers the node\u2019s outputs %s and writes one pair of quotes', async (_where, line) => {
        const { labels, after } = await choose(line, 'SLAs, OLAs, UCs');
        expect(labels).toEqual(expect.arrayContaining(['SLAs, OLAs, UCs', 'Service Level Feasibility Request']));
        expect(labels).not.toContain('Service Catalog');
        expect(after).toBe('  produces "SLAs, OLAs, UCs"');
    });

    it('offers the node\u2019s inputs and controls inside a consumes string', async () => {
        const { labels, after } = await choose('consumes "<|>"', 'Service Catalog');
        expect(labels).toEqual(expect.arrayContaining(['Service Catalog', 'Business Strategy']));
        expect(labels).not.toContain('SLAs, OLAs, UCs');
        expect(after).toBe('  consumes "Service Catalog"');
        const second = await choose('consumes "Service Catalog", "IT P<|>"', 'IT Portfolio');
        expect(second.labels).toContain('IT Portfolio');
        expect(second.labels).not.toContain('Business Strategy');
        expect(second.after).toBe('  consumes "Service Catalog", "IT Portfolio"');
    });

    it('narrows by what is typed, from the start of any word of the name', async () => {
        const { labels } = await choose('produces "Feas<|>"', 'Service Level Feasibility Request');
        expect(labels).toEqual(['Service Level Feasibility Request']);
    });

    it('replaces the whole name, also after the cursor, and keeps what follows the string', async () => {
        const { after } = await choose('produces "Service Level Feas<|>ibility Req" { FinanceEmail }', 'Service Level Feasibility Request');
        expect(after).toBe('  produces "Service Level Feasibility Request" { FinanceEmail }');
    });

    it('gives editors with insert and replace modes both ranges within the quotes', async () => {
        const services = createTestServices();
        await services.shared.lsp.LanguageServer.initialize({
            processId: null, rootUri: null, workspaceFolders: null,
            capabilities: { textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } }
        });
        const items = await services.complete({ 'other.svcdef': OTHER_FILE, 'edit.svcdef': binding('produces "SL<|>A"') }, 'edit.svcdef');
        const item = items.find(candidate => candidate.label === 'SLAs, OLAs, UCs');
        expect(item?.textEdit).toEqual({
            newText: 'SLAs, OLAs, UCs',
            insert: { start: { line: 2, character: 12 }, end: { line: 2, character: 14 } },
            replace: { start: { line: 2, character: 12 }, end: { line: 2, character: 15 } }
        });
    });

    it('offers nothing but work products inside a string', async () => {
        expect(await labelsAt('service S "<|>')).toEqual([]);
        expect(await labelsAt('sla X { customer Finance services "<|> }')).toEqual([]);
    });

    it('is asked for as soon as a quote is typed', async () => {
        const services = createTestServices();
        const result = await services.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, workspaceFolders: null, capabilities: {} });
        expect(result.capabilities.completionProvider?.triggerCharacters).toContain('"');
    });
});

describe('completion of keywords and enumerations', () => {
    it('offers the service status values after status', async () => {
        const labels = await labelsAt('service S { status <|> }');
        expect(labels).toEqual(expect.arrayContaining(['planned', 'pipeline', 'live', 'retiring', 'retired']));
        expect(labels).not.toContain('draft');
    });

    it('offers agreement status, review cadences and classifications where they go', async () => {
        expect(await labelsAt('sla X { status <|> }')).toEqual(expect.arrayContaining(['draft', 'finalized']));
        expect(await labelsAt('sla X { review <|> }')).toEqual(expect.arrayContaining(['monthly', 'quarterly', 'semiannual', 'annual']));
        expect(await labelsAt('pattern P { classification <|> }')).toEqual(expect.arrayContaining(['must-have', 'important', 'nice-to-have']));
    });

    it('offers element keywords at the top level and property keywords inside a block', async () => {
        expect(await labelsAt('<|>')).toEqual(expect.arrayContaining(['service', 'sla', 'ola', 'uc', 'binding', 'pattern', 'forecast', 'package', 'namespace']));
        expect(await labelsAt('service S { <|> }')).toEqual(expect.arrayContaining(['status', 'owner', 'depends', 'offering', 'internal']));
    });
});

describe('qualified names', () => {
    it('offers the simple name, and the qualified one only when the simple name is ambiguous', async () => {
        const items = await complete({
            'a.svcdef': 'namespace acme.a\nprovider IT\nservice Mail { owner IT }\nservice Chat { owner IT }',
            'b.svcdef': 'namespace acme.b\nprovider IT2\nservice Mail { owner IT2 }',
            'edit.svcdef': 'customer C\nsla X { customer C services <|> }'
        }, 'edit.svcdef');
        const labels = items.map(item => item.label);
        expect(labels).toContain('Chat');
        expect(labels).not.toContain('acme.a.Chat');
        expect(labels).toEqual(expect.arrayContaining(['acme.a.Mail', 'acme.b.Mail']));
    });

    const NAMESPACES = {
        'a.svcdef': 'namespace acme.a\nprovider IT\nservice Mail { owner IT }\nservice Chat { owner IT }',
        'b.svcdef': 'namespace acme.b\nprovider IT2\nservice Mail { owner IT2 }'
    };

    it('offers every qualified name of a namespace once its prefix and dot are typed', async () => {
        for (const edit of ['customer C\nsla X { customer C services acme.<|> }', 'customer C\nsla X { customer C services acme.<|>']) {
            const items = await complete({ ...NAMESPACES, 'edit.svcdef': edit }, 'edit.svcdef');
            expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['acme.a.Mail', 'acme.a.Chat', 'acme.b.Mail']));
            // The typed prefix `acme.` is replaced as a whole.
            const chat = items.find(item => item.label === 'acme.a.Chat');
            expect(chat?.textEdit).toMatchObject({ newText: 'acme.a.Chat', range: { start: { line: 1, character: 28 }, end: { line: 1, character: 33 } } });
        }
    });

    it('narrows by a qualified prefix, even to a name whose simple form is not ambiguous', async () => {
        const items = await complete({ ...NAMESPACES, 'edit.svcdef': 'customer C\nsla X { customer C services acme.a.Ch<|> }' }, 'edit.svcdef');
        expect(items.map(item => item.label)).toEqual(['acme.a.Chat']);
        const mail = await complete({ ...NAMESPACES, 'edit.svcdef': 'customer C\nsla X { customer C services acme.b.<|> }' }, 'edit.svcdef');
        expect(mail.map(item => item.label)).toEqual(['acme.b.Mail']);
    });
});

describe('namesakes of another kind in the same kind group', () => {
    // Names are unique per kind group: a customer and a provider of one simple name in two
    // namespaces make that simple name ambiguous, even where only customers are asked for.
    const FINANCES = {
        'a.svcdef': 'namespace acme.a\ncustomer Finance',
        'b.svcdef': 'namespace acme.b\nprovider Finance'
    };

    it('offers only the qualified name where the simple one would be reported as ambiguous', async () => {
        const labels = (await complete({ ...FINANCES, 'edit.svcdef': 'provider P\nsla X { provider P customer <|> }' }, 'edit.svcdef'))
            .map(item => item.label);
        expect(labels).toContain('acme.a.Finance');
        expect(labels).not.toContain('Finance');
        const written = await workspace({ ...FINANCES, 'edit.svcdef': 'provider P\nsla X { provider P customer Finance }' });
        expect(written.codes('edit.svcdef')).toContain('ambiguous-reference');
        const qualified = await workspace({ ...FINANCES, 'edit.svcdef': 'provider P\nsla X { provider P customer acme.a.Finance }' });
        expect(qualified.codes('edit.svcdef')).not.toContain('ambiguous-reference');
    });

    it('offers the simple name in the namespace that declares the element asked for', async () => {
        const labels = (await complete({ ...FINANCES, 'edit.svcdef': 'namespace acme.a\nprovider P\nsla X { provider P customer <|> }' }, 'edit.svcdef'))
            .map(item => item.label);
        expect(labels).toContain('Finance');
    });
});

describe('completion in a comment', () => {
    it.each([
        ['a line comment', 'service X { status live // owner <|>\n}'],
        ['a line comment at the end of the file', 'service X { status live }\n// owner <|>'],
        ['a block comment', 'service X { status live /* owner <|> */ }'],
        ['a block comment over lines', 'service X {\n  /* notes\n     owner <|>\n  */\n  status live\n}']
    ])('offers nothing in %s', async (_, text) => {
        expect(await labelsAt(text)).toEqual([]);
    });

    it('offers names right after a block comment closes', async () => {
        expect(await labelsAt('service X { status live /* who */ owner <|> }')).toContain('CentralIT');
    });
});

describe('completion after depends on', () => {
    it('does not offer the service itself, which would be a dependency cycle', async () => {
        const labels = await labelsAt('service Billing { status live depends on <|> }');
        expect(labels).toContain('Email');
        expect(labels).not.toContain('Billing');
    });

    it('does not offer it by its qualified name either', async () => {
        const items = await complete({
            'a.svcdef': 'namespace acme.a\nservice Billing { status live }',
            'edit.svcdef': 'namespace acme.b\nservice Billing { status live depends on <|> }'
        }, 'edit.svcdef');
        const labels = items.map(item => item.label);
        expect(labels).toContain('acme.a.Billing');
        expect(labels).not.toContain('acme.b.Billing');
    });
});

describe('a name declared twice in one namespace', () => {
    it('is still offered: a duplicate declaration is a duplicate-name, not an ambiguity', async () => {
        // As in the examples folder, where acme and the broken examples all declare a root `Finance`.
        const labels = (await complete({
            'a.svcdef': 'customer Finance\ncustomer Sales',
            'b.svcdef': 'customer Finance',
            'c.svcdef': 'namespace acme.ops\ncustomer Finance',
            'edit.svcdef': 'service S { status live }\nsla X { customer <|> }'
        }, 'edit.svcdef')).map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['Finance', 'Sales', 'acme.ops.Finance']));
        expect(labels.filter(label => label === 'Finance')).toHaveLength(1);
    });
});

describe('a simple name two namespaces share', () => {
    const EMAILS = {
        'it.svcdef': 'namespace acme.it\ncustomer Finance\nservice Email { status live }',
        'ops.svcdef': 'namespace acme.ops\nservice Email { status live }'
    };

    it.each([
        ['services', 'sla X { customer acme.it.Finance services <|> }'],
        ['depends on', 'service X { status live depends on <|> }'],
        ['drives', 'pattern P { customer acme.it.Finance drives <|> }'],
        ['forecast for', 'forecast F for <|>'],
        ['a produces list', 'binding B implements A241 { produces "Service Catalog" { <|> } }']
    ])('is not offered after %s in a file without namespace, where it is ambiguous', async (_, text) => {
        const labels = (await complete({ ...EMAILS, 'edit.svcdef': text }, 'edit.svcdef')).map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['acme.it.Email', 'acme.ops.Email']));
        expect(labels).not.toContain('Email');
    });

    it('is offered once in a file of one of the namespaces, where it means that namespace\'s element', async () => {
        const labels = (await complete({ ...EMAILS, 'edit.svcdef': 'namespace acme.it\nsla X { customer Finance services <|> }' }, 'edit.svcdef'))
            .map(item => item.label);
        expect(labels.filter(label => label === 'Email')).toHaveLength(1);
        expect(labels).toContain('acme.ops.Email');
    });

    it('is offered in a file without namespace when one of the elements is in the root namespace', async () => {
        const labels = (await complete({ ...EMAILS, 'edit.svcdef': 'service Email { status live }\nservice X { status live depends on <|> }' }, 'edit.svcdef'))
            .map(item => item.label);
        expect(labels.filter(label => label === 'Email')).toHaveLength(1);
    });
});

describe('completion in a large catalog', () => {
    const many = ['provider IT', 'customer C',
        ...Array.from({ length: 1200 }, (_, i) => `service Svc${String(i).padStart(4, '0')} { status live owner IT }`),
        '/** The one service with a doc comment. */', 'service Payroll { status live owner IT }'].join('\n');

    it('caps the names it sends and narrows them by what is typed', async () => {
        const { MAX_REFERENCE_ITEMS } = await import('./svcdef-completion-provider.js');
        const all = await complete({ 'many.svcdef': many, 'edit.svcdef': 'sla X { customer C services <|> }' }, 'edit.svcdef');
        expect(all.length).toBe(MAX_REFERENCE_ITEMS);
        const narrowed = await complete({ 'many.svcdef': many, 'edit.svcdef': 'sla X { customer C services Svc1199<|> }' }, 'edit.svcdef');
        expect(narrowed.map(item => item.label)).toContain('Svc1199');
        const payroll = await complete({ 'many.svcdef': many, 'edit.svcdef': 'sla X { customer C services Payr<|> }' }, 'edit.svcdef');
        expect(payroll.map(item => item.label)).toEqual(['Payroll']);
        expect(JSON.stringify(payroll[0].documentation)).toContain('The one service with a doc comment.');
    });
});
