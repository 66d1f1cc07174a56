import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNumbers, encodeNumbers } from '../../src/generator/search-number-codec.js';

describe('the number codec of the search index', () => {
    it('gives back the numbers it was given', () => {
        fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 40 })), numbers => {
            expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
        }));
    });

    it('spends one character on a number below 32, and uses no character JSON or HTML escapes', () => {
        expect(encodeNumbers([0, 1, 2, 31])).toHaveLength(4);
        expect(encodeNumbers([32, 1023])).toHaveLength(4);
        expect(encodeNumbers([0, 5, 40, 99_999, 2 ** 35])).toMatch(/^[0-9A-Za-z_-]*$/);
    });

    it('refuses text that is not a list of numbers', () => {
        expect(() => decodeNumbers('1"2')).toThrow(/Not a number digit/);
    });
});
