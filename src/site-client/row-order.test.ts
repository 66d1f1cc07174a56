import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowOrder, type SortValue } from './row-order.js';

const sortedNames = (names: readonly string[], descending = false) => rowOrder(names, descending).map(position => names[position]);

describe('the order of the service list when sorted by a column', () => {
    it('sorts text as a reader expects: case and accents aside, numbers by value', () => {
        expect(sortedNames(['payroll10', 'Payroll9', 'email', 'Édition', 'backup'])).toEqual(['backup', 'Édition', 'email', 'Payroll9', 'payroll10']);
        expect(sortedNames(['payroll10', 'Payroll9', 'email'], true)).toEqual(['payroll10', 'Payroll9', 'email']);
    });

    it('puts rows without a value last whichever way the column is read', () => {
        expect(sortedNames(['', 'b', 'a', ''])).toEqual(['a', 'b', '', '']);
        expect(sortedNames(['', 'b', 'a', ''], true)).toEqual(['b', 'a', '', '']);
    });

    it('keeps equal rows in the page\'s order in both directions', () => {
        // Statuses as ranks: most services live (2), a few planned (0) and retiring (3).
        const ranks = [2, 0, 2, 3, 2, 0];
        expect(rowOrder(ranks, false)).toEqual([1, 5, 0, 2, 4, 3]);
        expect(rowOrder(ranks, true)).toEqual([3, 0, 2, 4, 1, 5]);
    });

    it('agrees with a plain stable sort for any values', () => {
        const reference = (values: readonly SortValue[], descending: boolean) => values
            .map((value, position) => ({ value, position }))
            .sort((a, b) => {
                if (a.value === '' || b.value === '') return Number(a.value === '') - Number(b.value === '') || a.position - b.position;
                const order = typeof a.value === 'number' && typeof b.value === 'number'
                    ? a.value - b.value
                    : String(a.value).localeCompare(String(b.value), undefined, { sensitivity: 'base', numeric: true });
                return (descending ? -order : order) || a.position - b.position;
            })
            .map(entry => entry.position);
        fc.assert(fc.property(
            fc.oneof(fc.array(fc.integer({ min: 0, max: 5 })), fc.array(fc.constantFrom('', 'a', 'B', 'b2', 'b10', 'é', 'E'))),
            fc.boolean(),
            (values, descending) => {
                expect(rowOrder(values, descending)).toEqual(reference(values, descending));
            }
        ));
    });
});
