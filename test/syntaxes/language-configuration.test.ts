import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const configuration = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));

/** The word VS Code selects at a column: the match of the word pattern that contains it. */
function wordAt(line: string, column: number): string | undefined {
    const pattern = new RegExp(configuration.wordPattern, 'g');
    for (const match of line.matchAll(pattern)) {
        if (match.index <= column && column <= match.index + match[0].length) {
            return match[0];
        }
    }
    return undefined;
}

describe('word pattern', () => {
    it.each([
        ['binding SlaAuthoring implements A243 {', 'A243'],
        ['  target availability >= 99.9% per month', '99.9%'],
        ['  target incidentResponse <= 30min for P1', '30min'],
        ['  target latency <= 300ms at p95', '300ms'],
        ['  valid from 2026-01-01 to 2026-12-31', '2026-01-01'],
        ['  period 2027-Q1 demand 1200 mailboxes', '2027-Q1'],
        ['  hours 24x7', '24x7'],
        ['  peak "month end" x3.0', 'x3.0'],
        ['  classification must-have', 'must-have'],
        ['  offering Standard { price 4.50 EUR per user per month }', '4.50'],
        ['  owner finance_emea', 'finance_emea']
    ])('keeps the word in %j whole', (line, word) => {
        const column = line.indexOf(word) + 1;
        expect(wordAt(line, column)).toBe(word);
    });

    it('stops at the dots of a qualified name, so each part can be renamed or looked up', () => {
        const line = '  depends on acme.infra.Network';
        expect(wordAt(line, line.indexOf('Network') + 2)).toBe('Network');
        expect(wordAt(line, line.indexOf('infra') + 1)).toBe('infra');
    });
});

describe('indentation and folding', () => {
    const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);

    it('indents after an opening brace that stays open on its line', () => {
        expect(increase.test('service Email "Corporate Email" {')).toBe(true);
        expect(increase.test('  internal {')).toBe(true);
        expect(increase.test('  offering Large { price 7.00 EUR per user per month }')).toBe(false);
        expect(increase.test('// a comment with a brace {')).toBe(false);
        expect(decrease.test('  }')).toBe(true);
        expect(decrease.test('  status live')).toBe(false);
    });

    it('folds regions marked by comments', () => {
        expect(new RegExp(configuration.folding.markers.start).test('// #region SLAs')).toBe(true);
        expect(new RegExp(configuration.folding.markers.end).test('  // #endregion')).toBe(true);
    });

    it('pairs braces and quotes, and closes doc comments', () => {
        expect(configuration.brackets).toEqual([['{', '}']]);
        const opens = configuration.autoClosingPairs.map((pair: { open: string }) => pair.open);
        expect(opens).toEqual(expect.arrayContaining(['{', '"', '/**']));
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });
});
