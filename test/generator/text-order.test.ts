import { describe, expect, it } from 'vitest';
import { compareText, orderedByText } from '../../src/generator/text-order.js';

describe('text order', () => {
    it('orders case-insensitively first, then by code unit, never by locale', () => {
        expect(['b', 'B', 'a', 'É', 'e', 'A', 'z'].sort(compareText)).toEqual(['A', 'a', 'B', 'b', 'e', 'z', 'É']);
    });

    it('orders by the first key, then the next, then by position', () => {
        const items = [
            { title: 'Mail', name: 'b.Mail', n: 1 },
            { title: 'mail', name: 'a.Mail', n: 2 },
            { title: 'Chat', name: 'z.Chat', n: 3 },
            { title: 'Mail', name: 'a.Mail', n: 4 },
            { title: 'Mail', name: 'a.Mail', n: 5 }
        ];
        expect(orderedByText(items, item => item.title, item => item.name).map(item => item.n)).toEqual([3, 4, 5, 1, 2]);
        expect(items.map(item => item.n)).toEqual([1, 2, 3, 4, 5]);
    });

    it('gives the order a comparator chain of compareText gives, on mixed-case names', () => {
        let seed = 7;
        const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
        const letters = 'aAbBcC._';
        const word = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => letters[Math.floor(random() * letters.length)]).join('');
        const items = Array.from({ length: 500 }, (_, index) => ({ first: word(), second: word(), index }));
        const expected = [...items].sort((a, b) => compareText(a.first, b.first) || compareText(a.second, b.second) || a.index - b.index);
        expect(orderedByText(items, item => item.first, item => item.second)).toEqual(expected);
    });

    it('works each key out once per item', () => {
        let calls = 0;
        const items = Array.from({ length: 200 }, (_, index) => `item-${(index * 37) % 200}`);
        orderedByText(items, item => { calls++; return item; });
        expect(calls).toBe(200);
    });
});
