import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLangiumParser, EmptyFileSystem, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE } from '../../../test/contract-example.js';
import { parseOutline } from '../../../test/parse-outline.js';
import { SECOND_EDITION_EXAMPLE } from '../../../test/contract-example-second-edition.js';
import { comparableWithLangiumsParser } from '../../../test/langium-comparable-text.js';
import { a2Model } from '../../a2/a2-reference-model.js';
import { builtinLibraryText } from '../builtin/builtin-library.js';
import { createSvcdefServices } from '../svcdef-module.js';
import { SvcdefParser, takeHiddenTokensBefore } from './svcdef-parser.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
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
        for (const text of [CONTRACT_EXAMPLE, builtinLibraryText(a2Model), ...[SECOND_EDITION_EXAMPLE, ...examples].map(comparableWithLangiumsParser)]) {
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
