import { describe, expect, it } from 'vitest';
import { editDistance, suggestNames } from './did-you-mean.js';
import { MAX_COMPARED_CANDIDATES, NameSuggestionIndex } from './name-suggestion-index.js';

const WORDS = ['Billing', 'Ledger', 'Payroll', 'Portal', 'Gateway', 'Archive', 'Search', 'Identity', 'Print', 'Backup'];
const serviceNames = (count: number) => Array.from({ length: count }, (_, i) => `${WORDS[i % WORDS.length]}${i}`);
/** Two neighbouring letters swapped: one edit away from the name, and from no other. */
const misspelt = (name: string) => name[0] + name[2] + name[1] + name.slice(3);

describe('NameSuggestionIndex', () => {
    it('suggests what a scan of every name suggests', () => {
        const names = ['A24', 'A233', 'A243', 'A27', 'Email', 'Erp', 'CorporateEmail', 'Emails', 'a', 'ba'];
        const index = new NameSuggestionIndex(names, editDistance);
        for (const written of ['A2433', 'emial', 'Xyz', 'Email', 'ab', 'b']) {
            expect(index.suggest(written), written).toEqual(suggestNames(written, names));
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
});
