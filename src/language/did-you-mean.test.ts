import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestNames } from './did-you-mean.js';

describe('suggestNames', () => {
    it('ranks by edit distance, then by shared prefix', () => {
        expect(suggestNames('A2433', ['A24', 'A233', 'A243', 'A27'])).toEqual(['A243', 'A233', 'A24']);
    });

    it('ignores case and counts a swap of neighbours as one edit', () => {
        expect(suggestNames('emial', ['Email', 'Erp'])).toEqual(['Email']);
        expect(editDistance('emial', 'email')).toBe(1);
    });

    it('does not suggest arbitrary short names', () => {
        expect(suggestNames('Xyz', ['Email', 'Erp', 'Network'])).toEqual([]);
    });

    it('offers longer names that contain what was written, last', () => {
        expect(suggestNames('Email', ['CorporateEmail', 'Emails'])).toEqual(['Emails', 'CorporateEmail']);
    });
});

describe('didYouMean', () => {
    it('phrases one, two and three suggestions', () => {
        expect(didYouMean([])).toBe('');
        expect(didYouMean(['A'])).toBe(" Did you mean 'A'?");
        expect(didYouMean(['A', 'B', 'C'])).toBe(" Did you mean 'A', 'B' or 'C'?");
    });
});
