import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultLexer, EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE } from '../../../test/contract-example.js';
import { a2Model } from '../../a2/a2-reference-model.js';
import { builtinLibraryText } from '../builtin/builtin-library.js';
import { SvcdefLexer } from './svcdef-lexer.js';
import { createSvcdefServices } from '../svcdef-module.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { Svcdef } = createSvcdefServices(EmptyFileSystem);
const lexer = Svcdef.parser.Lexer;
/** Chevrotain's own lexing of the same vocabulary: the reference the svcdef lexer must agree with. */
const reference = new DefaultLexer(Svcdef);

function tokens(text: string, using = lexer): string[] {
    const result = using.tokenize(text);
    return [
        ...result.tokens.map(token => `${token.tokenType.name}:${token.image}@${token.startOffset}:${token.startLine}.${token.startColumn}-${token.endLine}.${token.endColumn}`),
        ...result.hidden.map(token => `hidden ${token.tokenType.name}@${token.startOffset}`),
        ...result.errors.map(error => `error@${error.offset}+${error.length}`)
    ];
}

function svcdefFilesUnder(folder: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
        .map(entry => path.join(entry.parentPath, entry.name));
}

describe('the svcdef lexer', () => {
    it('is the lexer of svcdef services', () => {
        expect(lexer).toBeInstanceOf(SvcdefLexer);
    });

    it('makes the same tokens as Chevrotain from the examples, the contract forms and the built-in library', () => {
        const texts = [CONTRACT_EXAMPLE, builtinLibraryText(a2Model), ...svcdefFilesUnder(path.join(root, 'examples')).map(file => readFileSync(file, 'utf8'))];
        expect(texts.length).toBeGreaterThan(5);
        for (const text of texts) {
            expect(tokens(text)).toEqual(tokens(text, reference));
        }
    });

    it('makes the same tokens where keywords and names meet', () => {
        const edges = [
            'service services serviceX service.x services.Mail at.x at p95 x3 x3.5 x3abc 24x7 acme.24x7 acme. acme.it.',
            'must-have must-haves nice-to-have monthly month months per user per month',
            '{status live}{owner acme.it.CentralIT}, >= <= > < = ;; . 2027-Q1 2027-03 2026-01-01 15min 500ms 99.9% 4.50',
            'sla"quoted"sla /* comment */ status// line\nlive _private A243 in outside'
        ];
        for (const text of edges) {
            expect(tokens(text)).toEqual(tokens(text, reference));
        }
    });

    it('reads a date written in another form as one token, which no rule takes', () => {
        expect(tokens('2026/01/01 2026-1-1 31.12.2026 2026-01-1').map(token => token.split('@')[0])).toEqual([
            'MALFORMED_DATE:2026/01/01', 'MALFORMED_DATE:2026-1-1', 'MALFORMED_DATE:31.12.2026', 'MALFORMED_DATE:2026-01-1'
        ]);
        const wellFormed = '2026-01-01 2027-03 2027-Q1 2027 4.50 99.9% 1.5h x1.5 24x7';
        expect(tokens(wellFormed)).toEqual(tokens(wellFormed, reference));
    });

    it('reads strings and names where they end as their terminals do', () => {
        const edges = [
            '"" "a\\"b" "a\\\\" "tab\\tnew\\n" "\u2028" "é€😀" "open\nline" "end\\\n" "a\\\u2028b" "unterminated',
            'a a_1 _a 1x2 24x7 24x7abc 24x 24xa a.b a. a.1 a.1x a.1x2 a..b a.b.c. x3 x3.5 é a"b"c "a"b "\\',
            '"escaped at the end\\',
            '/* a */ /**/ /*/ x */ /** doc\n * more\n */ a/*b*/c /* a /* b */ */ /* unclosed \n service'
        ];
        for (const text of edges) {
            expect(tokens(text)).toEqual(tokens(text, reference));
        }
    });

    it('reads a string literal of millions of characters as one token', () => {
        // A regular expression keeps a backtracking entry per character and overflowed V8's stack at 4.5 million.
        for (const inner of ['a'.repeat(6_000_000), '\\"'.repeat(3_000_000)]) {
            const result = lexer.tokenize(`service S "${inner}" { status live }`);
            expect(result.errors).toEqual([]);
            expect(result.tokens[2].image.length).toBe(inner.length + 2);
        }
    });

    it('reads a name of millions of dotted parts as one token', () => {
        const name = 'a.'.repeat(6_000_000) + 'b';
        const result = lexer.tokenize(`service S { owner ${name} }`);
        expect(result.errors).toEqual([]);
        expect(result.tokens.map(token => token.image.length)).toEqual(['service', 'S', '{', 'owner', name, '}'].map(image => image.length));
    });

    it('reads a line of escaped quotes that never closes, and comments that never close, in proportion to their length', { timeout: 10_000 }, () => {
        // After the first error Chevrotain tries again at every offset: each escaped quote used
        // to start a scan to the end of the line, and each `/*` one to the end of the text.
        for (const text of [`service S "${'\\"'.repeat(200_000)}\n`, '/*'.repeat(200_000)]) {
            const result = lexer.tokenize(text);
            expect(result.errors.length).toBeGreaterThan(0);
        }
    });

    it('reads a word that is a keyword as that keyword, and any longer word as a name', () => {
        expect(tokens('service services service.x').map(token => token.split('@')[0])).toEqual(['service:service', 'services:services', 'ID:service.x']);
    });
});
