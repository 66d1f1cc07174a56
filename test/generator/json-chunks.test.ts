import { describe, expect, it } from 'vitest';
import { jsonChunks, lazyList, type Json, type LazyJson } from '../../src/generator/json-chunks.js';

/** A list member of a test document: lazy for jsonChunks, a plain array for JSON.stringify. */
class ListOf {
    constructor(readonly items: Json[]) {}
}
const list = (...items: Json[]) => new ListOf(items);

type TestDocument = Record<string, ListOf | Json | undefined>;

function eager(document: TestDocument): Record<string, Json | undefined> {
    return Object.fromEntries(Object.entries(document).map(([key, value]) => [key, value instanceof ListOf ? value.items : value]));
}

function lazy(document: TestDocument): LazyJson {
    return Object.fromEntries(Object.entries(document).map(([key, value]) =>
        [key, value instanceof ListOf ? lazyList(value.items, item => item) : value]));
}

describe('JSON in pieces', () => {
    it.each<[string, TestDocument]>([
        ['an empty document', {}],
        ['plain members only', { format: 'x', version: 1, flag: true, nothing: null, left: undefined }],
        ['lists, empty and not', {
            empty: list(),
            services: list(
                { name: 'a', title: undefined, tags: [], nested: { deeper: [1, { x: 'y' }], none: {} } },
                { name: 'b\n"quoted"\t\\ <tag> — ü 😀', list: ['one', 'two'], missing: undefined }
            ),
            numbers: list(0, -1.5, 1e21, 'text', null, [], {})
        }],
        ['members after lists', {
            first: list({ a: 1 }),
            parties: { providers: [{ name: 'p' }], units: undefined },
            coverage: { summary: { processes: 3 }, flows: [] },
            last: undefined
        }]
    ])('reads exactly as JSON.stringify(document, null, 2) with a final newline: %s', (_, document) => {
        const expected = `${JSON.stringify(eager(document), null, 2)}\n`;
        expect([...jsonChunks(lazy(document))].join('')).toBe(expected);
    });

    it('turns a list item into JSON only when the document reaches it', () => {
        const made: number[] = [];
        const chunks = jsonChunks({ items: lazyList([1, 2, 3], item => { made.push(item); return { item }; }) });
        const seen: string[] = [];
        for (const chunk of chunks) {
            seen.push(chunk);
            if (made.length === 1) {
                break;
            }
        }
        expect(made).toEqual([1]);
        expect(seen.join('')).toContain('"item": 1');
    });
});
