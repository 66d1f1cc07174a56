import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLangiumParser, EmptyFileSystem, GrammarAST, type LangiumParser } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE } from '../../../test/contract-example.js';
import { parseOutline } from '../../../test/parse-outline.js';
import { SECOND_EDITION_EXAMPLE } from '../../../test/contract-example-second-edition.js';
import { comparableWithLangiumsParser } from '../../../test/langium-comparable-text.js';
import { createSvcdefServices } from '../svcdef-module.js';
import { SvcdefParser } from './svcdef-parser.js';
import { buildParserRules, unsupportedFeature } from './svcdef-parser-builder.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { Svcdef } = createSvcdefServices(EmptyFileSystem);
const ours = Svcdef.parser.LangiumParser;
/** Langium's own parser, built by Langium's own builder over the same grammar and lexer. */
const langiums: LangiumParser = createLangiumParser(Svcdef);

function examples(): string[] {
    return [SECOND_EDITION_EXAMPLE, ...readdirSync(path.join(root, 'examples'), { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
        .map(entry => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))]
        .map(comparableWithLangiumsParser);
}

function grammarOf(text: string): GrammarAST.Grammar {
    const { grammar } = createLangiumGrammarServices(EmptyFileSystem);
    return grammar.parser.LangiumParser.parse<GrammarAST.Grammar>(text).value;
}

describe('the svcdef parser builder', () => {
    it('builds the rules svcdef parses with', () => {
        expect(ours).toBeInstanceOf(SvcdefParser);
        expect(unsupportedFeature(Svcdef.Grammar)).toBeUndefined();
    });

    it('parses every example to the AST and errors of Langium\'s builder', () => {
        const texts = [CONTRACT_EXAMPLE, ...examples()];
        expect(texts.length).toBeGreaterThan(5);
        let nodes = 0;
        for (const text of texts) {
            const expected = parseOutline(langiums, text);
            nodes += expected.nodes.length;
            expect(parseOutline(ours, text)).toEqual(expected);
        }
        expect(nodes).toBeGreaterThan(500);
    });

    it('parses a `for service` block right after a target\'s `for P1`, where Langium\'s builder takes `for` for a qualifier', () => {
        const text = 'sla S { target incidentResponse <= 1h for P1\n  for service EHR { target rpo <= 15min } }';
        expect(ours.parse(text).parserErrors).toEqual([]);
        expect(langiums.parse(text).parserErrors.length).toBeGreaterThan(0);
        expect(parseOutline(ours, comparableWithLangiumsParser(text))).toEqual(parseOutline(langiums, comparableWithLangiumsParser(text)));
    });

    it('recovers from a file cut off anywhere as Langium\'s builder does', () => {
        // Error recovery follows the rules' structure: where a cut lands decides which
        // repetition resynchronises, which alternative was predicted and what is kept.
        let broken = 0;
        for (const text of [CONTRACT_EXAMPLE, ...examples()]) {
            const step = Math.max(1, Math.floor(text.length / 40));
            for (let end = step; end < text.length; end += step) {
                const cut = text.slice(0, end);
                const expected = parseOutline(langiums, cut);
                broken += expected.errors.length > 0 ? 1 : 0;
                expect(parseOutline(ours, cut), `cut at ${end} of:\n${cut.slice(-80)}`).toEqual(expected);
            }
        }
        expect(broken).toBeGreaterThan(100);
    });

    it('recovers from wrong and missing words inside a body as Langium\'s builder does', () => {
        const texts = [
            'service Payroll "Payroll" {\n  status living\n  owner\n  depends on A, , B\n}\nservice B {}',
            'sla S "s" {\n  services Payroll\n  target availability >= per month\n  target latency <= 2s for\n  credit 10% when availability\n}',
            'package P { service A, B serves sla S capacity }\nforecast F for A { period 2026-Q1 demand }',
            'binding B implements A2.3 { produces "x" { a, , b } consumes "y", }'
        ];
        for (const text of texts) {
            const expected = parseOutline(langiums, text);
            expect(expected.errors.length).toBeGreaterThan(0);
            expect(parseOutline(ours, text)).toEqual(expected);
        }
    });

    it.each([
        ['rule parameters', 'grammar G\nentry M<p>: name=ID;\nterminal ID: /[a-z]+/;'],
        ['guard conditions', 'grammar G\nentry M<p>: (<p> name=ID)?;\nterminal ID: /[a-z]+/;'],
        ['unordered groups', 'grammar G\nentry M: (a=ID & b=ID);\nterminal ID: /[a-z]+/;'],
        ['rule call arguments', 'grammar G\nentry M: n=N<true>;\nN<p>: name=ID;\nterminal ID: /[a-z]+/;']
    ])('refuses a grammar with %s rather than build a parser that ignores them', (feature, text) => {
        const grammar = grammarOf(text);
        expect(unsupportedFeature(grammar)).toContain(feature);
        expect(() => buildParserRules(grammar, langiums, {})).toThrow(`does not support ${feature}`);
    });
});
