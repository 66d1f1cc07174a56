import { describe, expect, it } from 'vitest';
import { editDistance, suggestNames } from './did-you-mean.js';
import { MAX_COMPARED_CANDIDATES, MAX_POSTINGS_READ, NameSuggestionIndex } from './name-suggestion-index.js';
import { compareText } from '../generator/text-order.js';

const WORDS = ['Billing', 'Ledger', 'Payroll', 'Portal', 'Gateway', 'Archive', 'Search', 'Identity', 'Print', 'Backup'];
const serviceNames = (count: number) => Array.from({ length: count }, (_, i) => `${WORDS[i % WORDS.length]}${i}`);
/** The ranking the index promises, by comparing with every name: what it must agree with below its caps. */
function fullScan(written: string, names: readonly string[], limit = 3): string[] {
    const target = written.toLowerCase();
    const maxDistance = Math.max(2, Math.floor(target.length / 3));
    const scored = [...new Set(names)].filter(name => name !== written).flatMap(name => {
        const folded = name.toLowerCase();
        const contains = folded.includes(target) || target.includes(folded);
        let distance = editDistance(target, folded, maxDistance);
        if (distance > maxDistance && contains) distance = maxDistance;
        let prefix = 0;
        while (prefix < target.length && prefix < folded.length && target[prefix] === folded[prefix]) prefix++;
        return distance <= maxDistance ? [{ name, distance, prefix }] : [];
    });
    scored.sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || compareText(a.name, b.name));
    return scored.slice(0, limit).map(entry => entry.name);
}

/** Two neighbouring letters swapped: one edit away from the name, and from no other. */
const misspelt = (name: string) => name[0] + name[2] + name[1] + name.slice(3);

describe('NameSuggestionIndex', () => {
    it('suggests what a scan of every name suggests', () => {
        const names = ['A24', 'A233', 'A243', 'A27', 'Email', 'Erp', 'CorporateEmail', 'Emails', 'a', 'ba'];
        const index = new NameSuggestionIndex(names, editDistance);
        for (const written of ['A2433', 'emial', 'Xyz', 'Email', 'ab', 'b']) {
            expect(index.suggest(written), written).toEqual(fullScan(written, names));
            expect(suggestNames(written, names), written).toEqual(fullScan(written, names));
        }
    });

    it('agrees with a full scan on a few hundred names', () => {
        const names = serviceNames(300);
        for (const name of names.filter((_, i) => i % 7 === 0)) {
            expect(suggestNames(misspelt(name), names), name).toEqual(fullScan(misspelt(name), names));
        }
    });

    it('finds the intended name among thousands of similar ones', () => {
        const names = serviceNames(8000);
        expect(new NameSuggestionIndex(names, editDistance).suggest(misspelt('Gateway4444'))[0]).toBe('Gateway4444');
    });

    // Counted, not timed: a workspace of misspellings asks once per misspelling, so the
    // comparisons per question must not grow with the number of names declared.
    it('compares each misspelling with a bounded number of names, however many are declared', () => {
        const comparisons = (count: number) => {
            let computed = 0;
            const names = serviceNames(count);
            const index = new NameSuggestionIndex(names, (a, b, bound) => {
                computed++;
                return editDistance(a, b, bound);
            });
            for (const name of names) {
                index.suggest(misspelt(name));
            }
            return computed;
        };
        const few = comparisons(1000);
        const many = comparisons(4000);
        expect(few).toBeLessThanOrEqual(1000 * MAX_COMPARED_CANDIDATES);
        expect(many / few).toBeLessThan(6);
    });

    // A bigram such as "in" stands in a large share of all names: reading whole lists made
    // each question cost as much as the workspace is large (quadratic at 50,000 misspellings).
    it('reads a bounded number of bigram-list entries per misspelling, however many names share them', () => {
        const names = serviceNames(40_000);
        const index = new NameSuggestionIndex(names, editDistance);
        const asked = names.filter((_, i) => i % 80 === 0);
        for (const name of asked) {
            expect(index.suggest(misspelt(name))[0]).toBe(name);
        }
        expect(index.postingsRead / asked.length).toBeLessThanOrEqual(MAX_POSTINGS_READ);
    });
});
