import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarUtils, isReference, type AstNode, type CstNode } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { isA2Node, isModel, isWorkProduct, type Element } from '../../src/language/generated/ast.js';
import { BUILTIN_LIBRARY_URI } from '../../src/language/builtin/builtin-library.js';
import { createTestServices } from '../svcdef-test-services.js';
import { loadTokenizer, type Token, type Tokenizer } from './textmate-tokenizer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let tokenizer: Tokenizer;
beforeAll(async () => {
    tokenizer = await loadTokenizer();
});

/** Scopes of the first token that is exactly `text` (after `after`, when given) in the snippet. */
function scopesOf(source: string, text: string, after?: string): readonly string[] {
    const tokens = tokenizer.tokenize(source);
    const lines = source.split('\n');
    const from = after === undefined ? { line: 0, start: 0 } : positionAfter(lines, after);
    const token = tokens.find(candidate => candidate.text === text
        && (candidate.line > from.line || (candidate.line === from.line && candidate.start >= from.start)));
    if (!token) {
        const shown = tokens.map(candidate => JSON.stringify(candidate.text)).join(' ');
        throw new Error(`No token ${JSON.stringify(text)} in ${JSON.stringify(source)}; tokens: ${shown}`);
    }
    return token.scopes;
}

function positionAfter(lines: string[], text: string): { line: number; start: number } {
    for (let line = 0; line < lines.length; line++) {
        const index = lines[line].indexOf(text);
        if (index >= 0) return { line, start: index + text.length };
    }
    throw new Error(`${JSON.stringify(text)} is not in the snippet.`);
}

function innermost(source: string, text: string, after?: string): string {
    const scopes = scopesOf(source, text, after);
    return scopes[scopes.length - 1];
}

describe('comments', () => {
    it('colors line, block and documentation comments', () => {
        expect(innermost('service A { } // trailing note', '// trailing note'.slice(2), '//')).toBe('comment.line.double-slash.svcdef');
        expect(scopesOf('/* block\n still block */ service A {}', ' still block ')).toContain('comment.block.svcdef');
        const doc = '/** Mailboxes for every employee. */\nservice Email {}';
        expect(scopesOf(doc, ' Mailboxes for every employee. ')).toContain('comment.block.documentation.svcdef');
        expect(scopesOf(doc, 'Email')).toContain('entity.name.type.service.svcdef');
    });

    it('does not treat the empty block comment as a doc comment', () => {
        expect(scopesOf('/**/ service A {}', '/*')).toContain('comment.block.svcdef');
        expect(scopesOf('/**/ service A {}', 'A')).toContain('entity.name.type.service.svcdef');
    });

    it('keeps braces and keywords inside comments and strings out of the structure', () => {
        const source = 'service A { // }\n  status live\n  support "}"\n}\nservice B {}';
        expect(scopesOf(source, 'live')).toContain('constant.language.service-status.svcdef');
        expect(scopesOf(source, 'B')).toContain('entity.name.type.service.svcdef');
    });
});

describe('declarations', () => {
    const kinds = ['provider', 'customer', 'unit', 'supplier', 'calendar', 'metric', 'priority', 'service',
        'sla', 'ola', 'uc', 'pattern', 'forecast', 'package', 'binding'];

    it.each(kinds)('colors the name after the kind keyword %s', kind => {
        const source = `${kind} Thing "A title"`;
        expect(scopesOf(source, kind)).toContain(`storage.type.${kind}.svcdef`);
        expect(scopesOf(source, 'Thing')).toContain(`entity.name.type.${kind}.svcdef`);
        expect(scopesOf(source, 'A title')).toContain('string.quoted.double.svcdef');
    });

    it('colors the built-in kinds of the A2 model and work products', () => {
        const source = 'activity A243 "Create and Maintain SLAs" in A24 {\n  output "SLAs, OLAs, UCs" to A24, outside\n}\nworkproduct "Service Catalog" alias "Catalog"';
        expect(scopesOf(source, 'A243')).toContain('entity.name.type.activity.svcdef');
        expect(scopesOf(source, 'A24', 'in ')).toContain('support.constant.a2-node.svcdef');
        expect(scopesOf(source, 'output')).toContain('keyword.other.output.svcdef');
        expect(scopesOf(source, 'outside')).toContain('constant.language.outside.svcdef');
        expect(scopesOf(source, 'Service Catalog')).toContain('entity.name.type.workproduct.svcdef');
        expect(scopesOf(source, 'alias')).toContain('keyword.other.alias.svcdef');
    });

    it('colors the calendar name 24x7 as a declared name and as a reference', () => {
        expect(scopesOf('calendar 24x7 "Always"', '24x7')).toContain('entity.name.type.calendar.svcdef');
        expect(scopesOf('service A { hours 24x7 }', '24x7')).toContain('support.constant.calendar.svcdef');
    });

    it('treats kind words inside a body as properties whose value is a reference', () => {
        const source = 'sla FinanceEmail {\n  customer Finance\n  provider CentralIT\n}\npackage Gold {\n  service Email\n  sla FinanceEmail\n}';
        expect(scopesOf(source, 'customer')).toContain('keyword.other.customer.svcdef');
        expect(scopesOf(source, 'Finance')).toContain('variable.other.reference.svcdef');
        expect(scopesOf(source, 'Finance')).not.toContain('entity.name.type.customer.svcdef');
        expect(scopesOf(source, 'Email')).toContain('variable.other.reference.svcdef');
        expect(scopesOf(source, 'FinanceEmail')).toContain('entity.name.type.sla.svcdef');
        expect(scopesOf(source, 'FinanceEmail', '  sla')).toContain('variable.other.reference.svcdef');
    });

    it('colors offerings declared inside a service, at any depth of braces', () => {
        const source = 'service Email {\n  internal { notes "x" }\n  offering Standard "Standard mailbox" { price 4.50 EUR per user per month }\n}';
        expect(scopesOf(source, 'Standard')).toContain('entity.name.type.offering.svcdef');
        expect(scopesOf(source, 'internal')).toContain('keyword.other.internal.svcdef');
    });

    it('colors namespaces and qualified references', () => {
        const source = 'namespace acme.infra\nservice Mail { depends on acme.infra.Network }';
        expect(scopesOf(source, 'acme.infra')).toContain('entity.name.namespace.svcdef');
        expect(scopesOf(source, 'Network')).toContain('variable.other.reference.svcdef');
        expect(scopesOf(source, '.', 'depends on acme')).toContain('punctuation.accessor.svcdef');
    });
});

describe('literals', () => {
    const target = 'sla S {\n  valid from 2026-01-01 to 2026-12-31\n  target availability >= 99.9% per month\n  target latency <= 300ms at p95\n  credit 5% when availability < 99.9%\n  credit 150.00 EUR when availability < 98%\n}';

    it('colors percentages, dates, comparators, time windows and percentiles', () => {
        expect(scopesOf(target, '2026-01-01')).toContain('constant.numeric.date.svcdef');
        expect(scopesOf(target, '99.9%')).toContain('constant.numeric.percent.svcdef');
        expect(scopesOf(target, '>=')).toContain('keyword.operator.comparison.svcdef');
        expect(scopesOf(target, '<', 'when availability')).toContain('keyword.operator.comparison.svcdef');
        expect(scopesOf(target, 'month')).toContain('constant.language.time-window.svcdef');
        expect(scopesOf(target, 'p95')).toContain('constant.numeric.percentile.svcdef');
        expect(scopesOf(target, 'availability')).toContain('support.constant.metric.svcdef');
    });

    it('colors a metric declared in the workspace like a built-in one, in targets and credits', () => {
        const own = 'metric changeSuccess percent higher\nsla S {\n  target changeSuccess >= 95% per month\n  credit 5% when changeSuccess < 90%\n}';
        expect(scopesOf(own, 'changeSuccess', 'target')).toContain('support.constant.metric.svcdef');
        expect(scopesOf(own, 'changeSuccess', 'when')).toContain('support.constant.metric.svcdef');
        expect(scopesOf(own, 'target')).toContain('keyword.other.target.svcdef');
        expect(scopesOf(own, 'when')).toContain('keyword.other.when.svcdef');
    });

    it.each(['500ms', '30s', '15min', '4h', '1d', '2w', '1.5h'])('colors the duration %s as one token', duration => {
        expect(scopesOf(`sla S { target incidentResponse <= ${duration} for P1 }`, duration)).toContain('constant.numeric.duration.svcdef');
    });

    it('colors money as an amount and a currency', () => {
        expect(scopesOf(target, '150.00')).toContain('constant.numeric.money.svcdef');
        expect(scopesOf(target, 'EUR')).toContain('support.constant.currency.svcdef');
        expect(scopesOf('service A { offering B { price 4.50 EUR per user per month } }', '4.50')).toContain('meta.money.svcdef');
    });

    it('colors periods as periods, years included after `period`', () => {
        const source = 'forecast F for Email {\n  period 2027 demand 1200 mailboxes\n  period 2027-03 demand 5\n  period 2027-Q1 demand 7\n}';
        expect(scopesOf(source, '2027')).toContain('constant.numeric.period.svcdef');
        expect(scopesOf(source, '2027-03')).toContain('constant.numeric.period.svcdef');
        expect(scopesOf(source, '2027-Q1')).toContain('constant.numeric.period.svcdef');
        expect(scopesOf(source, '1200')).toContain('constant.numeric.svcdef');
        expect(scopesOf(source, 'mailboxes')).toContain('variable.other.reference.svcdef');
    });

    it('colors multipliers, plain numbers and priorities', () => {
        const source = 'pattern P {\n  users 120 "Accountants"\n  peak "month end" x3.0\n  classification must-have\n}\nsla S { target incidentResolution <= 4h for P2 }';
        expect(scopesOf(source, '120')).toContain('constant.numeric.svcdef');
        expect(scopesOf(source, 'x3.0')).toContain('constant.numeric.multiplier.svcdef');
        expect(scopesOf(source, 'must-have')).toContain('constant.language.classification.svcdef');
        expect(scopesOf(source, 'P2')).toContain('support.constant.priority.svcdef');
    });

    it('colors escapes inside strings and ends an unterminated string at the line end', () => {
        const source = 'service A "Say \\"hi\\"" {\n  support "open\n  status live\n}';
        expect(scopesOf(source, '\\"')).toContain('constant.character.escape.svcdef');
        expect(scopesOf(source, 'live')).toContain('constant.language.service-status.svcdef');
    });

    it('colors A2 node ids after implements', () => {
        const source = 'binding SlaAuthoring implements A243 {\n  produces "SLAs, OLAs, UCs" { FinanceEmail }\n  consumes "Service Catalog"\n}';
        expect(scopesOf(source, 'SlaAuthoring')).toContain('entity.name.type.binding.svcdef');
        expect(scopesOf(source, 'implements')).toContain('keyword.other.implements.svcdef');
        expect(scopesOf(source, 'A243')).toContain('support.constant.a2-node.svcdef');
        expect(scopesOf(source, 'SLAs, OLAs, UCs')).toContain('string.quoted.double.svcdef');
        expect(scopesOf(source, 'FinanceEmail')).toContain('variable.other.reference.svcdef');
    });
});

describe('calendars, business durations and redundancy', () => {
    const calendar = `calendar Office "Mon-Fri office hours" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-12:00, 13:00-18:00
  hours Sat, Sun 09:00-13:00
  hours Fri 22:00-06:00
  holiday 2026-12-24 to 2026-12-26 "Christmas"
  holidays "holidays/berlin.ics"
  maintenance Sun 02:00-05:00 "Patching"
  maintenance 2027-03-28 01:00-04:00 "once"
}`;

    it('colors a time range as one token and day names and ranges as days', () => {
        expect(innermost(calendar, '08:00-12:00')).toBe('constant.numeric.time-range.svcdef');
        expect(innermost(calendar, '13:00-18:00')).toBe('constant.numeric.time-range.svcdef');
        expect(innermost(calendar, '22:00-06:00')).toBe('constant.numeric.time-range.svcdef');
        expect(innermost(calendar, 'Mon-Fri')).toBe('constant.language.day.svcdef');
        expect(innermost(calendar, 'Sat')).toBe('constant.language.day.svcdef');
        expect(innermost(calendar, 'Sun', 'Sat, ')).toBe('constant.language.day.svcdef');
        expect(innermost(calendar, 'Fri', '  hours ')).toBe('constant.language.day.svcdef');
        expect(innermost(calendar, 'Sun', 'maintenance')).toBe('constant.language.day.svcdef');
        expect(innermost(calendar, ',', 'Sat')).toBe('punctuation.separator.comma.svcdef');
        // The title of a first-edition calendar is text, not days.
        expect(innermost(calendar, 'Mon-Fri office hours')).toBe('string.quoted.double.svcdef');
    });

    it('colors the calendar keywords, dates and files of holidays and maintenance', () => {
        expect(scopesOf(calendar, 'Office')).toContain('entity.name.type.calendar.svcdef');
        for (const keyword of ['hours', 'holiday', 'holidays', 'maintenance', 'timezone', 'to']) {
            expect(innermost(calendar, keyword), keyword).toBe(`keyword.other.${keyword}.svcdef`);
        }
        expect(innermost(calendar, '2026-12-24')).toBe('constant.numeric.date.svcdef');
        expect(innermost(calendar, '2027-03-28')).toBe('constant.numeric.date.svcdef');
        expect(innermost(calendar, '01:00-04:00')).toBe('constant.numeric.time-range.svcdef');
        expect(innermost(calendar, 'holidays/berlin.ics')).toBe('string.quoted.double.svcdef');
    });

    it('keeps a calendar named after hours a reference, and a day outside a list of days a name', () => {
        const source = 'service Ward {\n  hours Office\n  support hours Sun\n}';
        expect(innermost(source, 'Office')).toBe('variable.other.reference.svcdef');
        expect(innermost(source, 'Sun')).toBe('variable.other.reference.svcdef');
        expect(innermost(source, 'support')).toBe('keyword.other.support.svcdef');
        expect(innermost(source, 'hours', 'support ')).toBe('keyword.other.hours.svcdef');
    });

    it('colors a business duration as an amount, the word business and its unit', () => {
        const source = 'sla S {\n  target incidentResolution <= 2 business days for P1\n  credit 5% when incidentResponse > 16.5 business hours\n}';
        expect(innermost(source, '2')).toBe('constant.numeric.duration.svcdef');
        expect(scopesOf(source, '2')).toContain('meta.business-duration.svcdef');
        expect(innermost(source, 'business')).toBe('keyword.other.business.svcdef');
        expect(innermost(source, 'days')).toBe('keyword.other.duration-unit.svcdef');
        expect(innermost(source, '16.5')).toBe('constant.numeric.duration.svcdef');
        expect(innermost(source, 'hours')).toBe('keyword.other.duration-unit.svcdef');
        // `kind business` is still the kind of a service.
        expect(innermost('service A { kind business }', 'business')).toBe('constant.language.service-kind.svcdef');
    });

    it('colors redundant with and the agreements it names', () => {
        const source = 'uc Carrier1 {\n  supports Ward\n  redundant with Carrier2, Carrier3\n}';
        expect(innermost(source, 'redundant')).toBe('keyword.other.redundant.svcdef');
        expect(innermost(source, 'with')).toBe('keyword.other.with.svcdef');
        expect(innermost(source, 'Carrier2')).toBe('variable.other.reference.svcdef');
        expect(innermost(source, 'Carrier3')).toBe('variable.other.reference.svcdef');
    });
});

describe('coverage of the language', () => {
    it('gives every keyword of the Langium grammar a scope other than a reference', async () => {
        const grammar = await readFile(path.join(root, 'language/svcdef.langium'), 'utf8');
        const keywords = [...new Set([...grammar.matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1]))];
        expect(keywords.length).toBeGreaterThan(80);
        const unscoped = keywords.filter(keyword => {
            const scopes = scopesOf(`sla S { ${keyword} }`, keyword);
            return scopes.some(scope => scope.startsWith('variable.other.reference'));
        });
        expect(unscoped).toEqual([]);
    });

    it('agrees with the parser on every declared name and reference of the examples and the built-in library', async () => {
        const files = await svcdefFilesUnder(path.join(root, 'examples/acme'));
        const contents = Object.fromEntries(await Promise.all(files.map(async file =>
            [path.relative(root, file), await readFile(file, 'utf8')] as const)));
        const workspace = await createTestServices().workspace(contents);
        const documents = [
            ...Object.keys(contents).map(name => workspace.document(name)),
            workspace.services.shared.workspace.LangiumDocuments.getDocument(BUILTIN_LIBRARY_URI)!
        ];
        let names = 0;
        let references = 0;
        const problems: string[] = [];
        for (const document of documents) {
            const tokens = tokenizer.tokenize(document.textDocument.getText());
            const model = document.parseResult.value;
            if (!isModel(model)) continue;
            for (const element of model.elements) {
                const nameNode = GrammarUtils.findNodeForProperty(element.$cstNode, 'name');
                if (!nameNode) continue;
                names++;
                const expected = `entity.name.type.${kindOf(element)}.svcdef`;
                const scopes = scopesCovering(tokens, nameNode);
                if (!scopes.includes(expected)) {
                    problems.push(`${document.uri.path}:${nameNode.range.start.line + 1} ${nameNode.text}: ${scopes.join(' ')} (expected ${expected})`);
                }
            }
            for (const node of AstUtils.streamAst(model)) {
                for (const reference of AstUtils.streamReferences(node)) {
                    const refNode = reference.reference.$refNode;
                    if (!refNode || !isReference(reference.reference)) continue;
                    references++;
                    const scopes = scopesCovering(tokens, refNode);
                    const allowed = scopes.some(scope => /^(variable\.other\.reference|support\.constant|string\.quoted)/.test(scope));
                    if (!allowed || scopes.some(scope => scope.startsWith('entity.name'))) {
                        problems.push(`${document.uri.path}:${refNode.range.start.line + 1} reference ${refNode.text}: ${scopes.join(' ')}`);
                    }
                }
            }
        }
        expect(problems).toEqual([]);
        expect(names).toBeGreaterThan(150);
        expect(references).toBeGreaterThan(300);
    });
});

function kindOf(element: Element | AstNode): string {
    if (isA2Node(element)) return element.kind;
    if (isWorkProduct(element)) return 'workproduct';
    return element.$type === 'ServicePackage' ? 'package' : element.$type.toLowerCase();
}

/** Scopes shared by every token that overlaps the node's text (a qualified name spans several tokens). */
function scopesCovering(tokens: readonly Token[], node: CstNode): string[] {
    const { start, end } = node.range;
    const covering = tokens.filter(token => token.line === start.line
        && token.start < (end.line === start.line ? end.character : Number.MAX_SAFE_INTEGER)
        && token.start + token.text.length > start.character
        && token.text.trim() !== '' && token.text !== '.');
    if (covering.length === 0) return [];
    return covering[0].scopes.filter(scope => covering.every(token => token.scopes.includes(scope)));
}

async function svcdefFilesUnder(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries.filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
        .map(entry => path.join(entry.parentPath, entry.name)).sort();
}
