import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLangiumParser, EmptyFileSystem, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE } from '../../test/contract-example.js';
import { parseOutline } from '../../test/parse-outline.js';
import { a2Model } from '../a2/a2-reference-model.js';
import { builtinLibraryText } from './builtin/builtin-library.js';
import { createSvcdefServices } from './svcdef-module.js';
import { nodesWithRepeatedProperties, SvcdefParser, takeHiddenTokensBefore } from './svcdef-parser.js';
import type { Model } from './generated/ast.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Svcdef } = createSvcdefServices(EmptyFileSystem);
/** Langium's own parser over the same grammar, lexer and value converter. */
const reference: LangiumParser = createLangiumParser(Svcdef);

describe('the svcdef parser', () => {
    it('is the parser of svcdef services', () => {
        expect(Svcdef.parser.LangiumParser).toBeInstanceOf(SvcdefParser);
    });

    it('builds the AST Langium\'s own parser builds, each node in the same container, property and index', () => {
        const examples = readdirSync(path.join(root, 'examples'), { recursive: true, withFileTypes: true })
            .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
            .map(entry => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
        expect(examples.length).toBeGreaterThan(5);
        for (const text of [CONTRACT_EXAMPLE, builtinLibraryText(a2Model), ...examples]) {
            const nodes = parseOutline(Svcdef.parser.LangiumParser, text).nodes;
            expect(nodes.filter(node => node.includes('[0]')).length).toBeGreaterThan(0);
            expect(nodes).toEqual(parseOutline(reference, text).nodes);
        }
    });

    it('reports the same errors and recovers to the same AST from broken input', () => {
        const broken = 'service Payroll "Payroll" {\n  status\n  owner\n}\nsla S "s" {\n  service Payroll\n  target availability >= 99.9% per';
        const ours = Svcdef.parser.LangiumParser.parse(broken);
        const theirs = reference.parse(broken);
        expect(ours.parserErrors.length).toBeGreaterThan(0);
        expect(ours.parserErrors.map(error => error.message)).toEqual(theirs.parserErrors.map(error => error.message));
        expect(parseOutline(Svcdef.parser.LangiumParser, broken)).toEqual(parseOutline(reference, broken));
    });

    it('parses from a named rule when asked', () => {
        expect(() => Svcdef.parser.LangiumParser.parse('x', { rule: 'NoSuchRule' })).toThrow("No rule found with name 'NoSuchRule'");
    });
});

describe('nodesWithRepeatedProperties', () => {
    const parse = (text: string) => Svcdef.parser.LangiumParser.parse<Model>(text).value;
    const names = (root: Model) => [...nodesWithRepeatedProperties(root) ?? []].map(node => `${node.$type} ${(node as { name?: string }).name ?? ''}`.trim());

    it('names the nodes in which one single-valued property is written twice, fragments and nested values included', () => {
        const root = parse([
            'customer Finance { contact "a@x" contact "b@x" }',
            'provider IT',
            'service S { status live owner IT status retired offering Basic { price 5 EUR price 6 EUR } }',
            'sla A { customer Finance valid from 2026-01-01 valid to 2027-01-01 }',
            'service Clean { status live owner IT depends on S, Clean }'
        ].join('\n'));
        expect(names(root)).toEqual(['Customer Finance', 'Service S', 'Offering Basic', 'Sla A']);
    });

    it('names none in a tree without repeats, and knows nothing of a tree it did not build', () => {
        const root = parse('provider IT\nservice S { status live owner IT offering Basic { price 5 EUR } }');
        expect(nodesWithRepeatedProperties(root)?.size).toBe(0);
        expect(nodesWithRepeatedProperties(reference.parse('provider IT').value)).toBeUndefined();
    });
});

describe('takeHiddenTokensBefore', () => {
    const comments = (...offsets: number[]) => offsets.map(startOffset => ({ startOffset }) as IToken);

    it('takes the comments that start at or before the offset off the front, in order', () => {
        const hidden = comments(2, 5, 9);
        expect(takeHiddenTokensBefore(hidden, 6).map(token => token.startOffset)).toEqual([2, 5]);
        expect(hidden.map(token => token.startOffset)).toEqual([9]);
        expect(takeHiddenTokensBefore(hidden, 9).map(token => token.startOffset)).toEqual([9]);
        expect(hidden).toEqual([]);
    });

    it('gives one shared, frozen empty list when no comment comes first', () => {
        const hidden = comments(10);
        const none = takeHiddenTokensBefore(hidden, 4);
        expect(none).toEqual([]);
        expect(takeHiddenTokensBefore([], 4)).toBe(none);
        expect(Object.isFrozen(none)).toBe(true);
        expect(hidden).toHaveLength(1);
    });
});
