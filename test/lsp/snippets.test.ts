import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { expandSnippet } from '../../src/language/lsp/snippet-completions.js';
import { SVCDEF_SNIPPETS } from '../../src/language/lsp/svcdef-snippets.js';
import { createTestServices } from '../svcdef-test-services.js';

const { complete } = createTestServices();

/** Where a snippet's element is tried, by the rule it belongs to: inside the element that holds it. */
const CONTAINERS: Record<string, (text: string) => string> = {
    Offering: text => `service S {\n${text}\n}`,
    InternalBlock: text => `service S {\n${text}\n}`,
    Target: text => `sla S {\n${text}\n}`,
    Credit: text => `sla S {\n${text}\n}`,
    CreditCap: text => `sla S {\n${text}\n}`,
    Responsibility: text => `sla S {\n${text}\n}`,
    ServiceScope: text => `sla S {\n${text}\n}`,
    Escalation: text => `sla S {\n${text}\n}`,
    Approval: text => `sla S {\n${text}\n}`,
    Reporting: text => `sla S {\n${text}\n}`
};

const PARTIES = 'customer Finance\nprovider CentralIT\nservice Email { status live }\n';

/** The snippets offered at the cursor, by prefix and name. */
async function snippetsAt(text: string): Promise<string[]> {
    const items = await complete({ 'edit.svcdef': text }, 'edit.svcdef');
    return items.filter(isSnippet).map(item => `${item.label}: ${item.detail}`);
}

function isSnippet(item: CompletionItem): boolean {
    return item.kind === CompletionItemKind.Snippet;
}

describe('the snippets', () => {
    it('cover every kind of element a user can declare', () => {
        const prefixes = SVCDEF_SNIPPETS.map(snippet => snippet.prefix);
        for (const kind of ['provider', 'customer', 'unit', 'supplier', 'calendar', 'metric', 'priority', 'service',
            'offering', 'sla', 'ola', 'uc', 'pattern', 'forecast', 'package', 'binding']) {
            expect(prefixes).toContain(kind);
        }
    });

    it.each(SVCDEF_SNIPPETS.map(snippet => [snippet.name, snippet] as const))('%s expands to text that parses without errors', async (_name, snippet) => {
        const expanded = expandSnippet(snippet.body);
        expect(expanded).not.toMatch(/\$/);
        expect(snippet.description.length).toBeGreaterThan(10);
        const wrap = snippet.prefix === '/**' ? (text: string) => `${text}\nservice S {}` : CONTAINERS[snippet.where.rule] ?? (text => text);
        const workspace = await createTestServices().workspace({ 'snippet.svcdef': wrap(expanded) });
        const result = workspace.document('snippet.svcdef').parseResult;
        expect([...result.lexerErrors, ...result.parserErrors].map(error => error.message)).toEqual([]);
    });
});

describe('snippets in completion', () => {
    it('offers the top-level elements at the top level, as snippets the editor expands', async () => {
        const items = await complete({ 'edit.svcdef': `${PARTIES}<|>` }, 'edit.svcdef');
        const sla = items.find(item => isSnippet(item) && item.detail === 'Service level agreement')!;
        expect(sla).toMatchObject({ label: 'sla', insertTextFormat: InsertTextFormat.Snippet });
        expect(sla.textEdit?.newText).toMatch(/^sla \$\{1:FinanceEmail\} "\$\{2:Email for Finance\}" \{\n\tcustomer \$\{3:Finance\}/);
        const offered = items.filter(isSnippet).map(item => item.label);
        expect(offered).toEqual(expect.arrayContaining(['provider', 'customer', 'service', 'sla', 'ola', 'uc', 'binding', 'pattern', '/**']));
        // Members of elements are not elements.
        expect(offered).not.toEqual(expect.arrayContaining(['target']));
        expect(offered).not.toContain('offering');
        expect(offered).not.toContain('namespace');
    });

    it('offers the namespace only on the first line, where it may stand', async () => {
        expect(await snippetsAt('<|>')).toContain('namespace: Namespace');
        expect(await snippetsAt(`${PARTIES}<|>`)).not.toContain('namespace: Namespace');
    });

    it('narrows to what is typed', async () => {
        const offered = await snippetsAt(`${PARTIES}sla<|>`);
        expect(offered).toEqual(['sla: Service level agreement', 'sla: Service level agreement with per-service targets']);
    });

    it('offers nothing after customer, where a name goes', async () => {
        expect(await snippetsAt(`${PARTIES}sla X {\n  customer <|>\n}`)).toEqual([]);
        expect(await snippetsAt(`${PARTIES}customer <|>`)).toEqual([]);
        expect(await snippetsAt(`${PARTIES}service <|>`)).toEqual([]);
    });

    it('offers nothing inside a string', async () => {
        expect(await snippetsAt(`${PARTIES}service S "<|>" { status live }`)).toEqual([]);
        expect(await snippetsAt(`${PARTIES}sla X {\n  exclusion "<|>"\n}`)).toEqual([]);
    });

    it('offers an agreement\'s members inside an agreement, and not the element declared by the same word', async () => {
        const offered = await snippetsAt(`${PARTIES}sla X {\n  customer Finance\n  <|>\n}`);
        expect(offered).toEqual(expect.arrayContaining([
            'target: Target', 'for: Targets for one service', 'credit: Service credit', 'credit: Credit terms',
            'responsibility: Responsibility', 'escalation: Escalation path', 'approved: Document control', 'reporting: Reporting'
        ]));
        // `customer` and `provider` are properties of an SLA: the keyword is offered, the party declaration is not.
        const labels = (await complete({ 'edit.svcdef': `${PARTIES}sla X {\n  customer Finance\n  <|>\n}` }, 'edit.svcdef')).map(item => item.label);
        expect(labels).toContain('provider');
        expect(offered.filter(snippet => /^(customer|provider|service|sla|offering|internal):/.test(snippet))).toEqual([]);
    });

    it('offers offerings and internal blocks inside a service, targets inside an offering', async () => {
        const inService = await snippetsAt(`${PARTIES}service S {\n  status live\n  <|>\n}`);
        expect(inService).toEqual(['offering: Offering', 'offering: Offering with service levels', 'internal: Internal notes']);
        expect(await snippetsAt(`${PARTIES}service S {\n  offering Gold {\n    <|>\n  }\n}`)).toEqual(['target: Target']);
    });

    it('keeps UC-only and SLA-only members to their agreements', async () => {
        expect(await snippetsAt(`${PARTIES}ola X {\n  <|>\n}`)).not.toEqual(expect.arrayContaining(['credit: Service credit']));
        expect(await snippetsAt(`${PARTIES}uc X {\n  <|>\n}`)).toEqual(expect.arrayContaining(['credit: Service credit']));
        expect(await snippetsAt(`${PARTIES}uc X {\n  <|>\n}`)).not.toEqual(expect.arrayContaining(['reporting: Reporting']));
    });
});
