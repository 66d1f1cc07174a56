import fc from 'fast-check';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { catalogPaths } from '../../src/generator/catalog-paths.js';
import { viewOf } from '../../src/generator/catalog-views.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { SEARCH_BOOST, SEARCH_CALLBACK, SEARCH_FIELDS, shardFile, type SearchManifest, type SearchShard } from '../../src/generator/search-index-format.js';
import { buildSearchIndex, searchDocuments, searchIndexFiles, type SearchDocument } from '../../src/generator/search-index.js';
import { searchTerm, searchWords, shardKey } from '../../src/generator/search-terms.js';
import { LoadedIndex, queryWords, shardsFor } from '../../src/site-client/loaded-index.js';
import { editDistanceWithin } from '../../src/site-client/edit-distance.js';
import { loadFixture } from './generator-fixture.js';

/**
 * The site ranks matches itself, for speed at 10,000 services; MiniSearch is the reference
 * it must agree with: the same documents, the same scores, best first. The reference holds
 * the terms of the shards a page would have loaded for the query, as the site did when it
 * searched through MiniSearch.
 */

function dataOf(file: GeneratedFile): unknown {
    let data: unknown;
    runInNewContext(file.content, { [SEARCH_CALLBACK]: (_kind: string, _key: string, value: unknown) => { data = value; } });
    return data;
}

interface Ranked { readonly id: number; readonly score: number }

function siteRanking(files: readonly GeneratedFile[], query: string): Ranked[] {
    const byPath = new Map(files.map(file => [file.path, file]));
    const manifest = dataOf(byPath.get('search/manifest.js')!) as SearchManifest;
    const words = queryWords(query);
    const keys = shardsFor(words, new Set(manifest.shards));
    if (!keys) return [];
    const index = new LoadedIndex(manifest);
    for (const key of keys) index.add(key, dataOf(byPath.get(`search/${shardFile(key)}`)!) as SearchShard);
    const ranked = index.search(words);
    return ranked.slice(0, ranked.length);
}

function miniSearchRanking(documents: readonly SearchDocument[], query: string): Ranked[] {
    const whole = buildSearchIndex(documents);
    const words = queryWords(query);
    const keys = new Set(words.map(shardKey));
    if (![...keys].every(key => whole.index.some(([term]) => shardKey(term) === key))) return [];
    const loaded = { ...whole, index: (whole.index as [string, unknown][]).filter(([term]) => keys.has(shardKey(term))) } as AsPlainObject;
    const engine = MiniSearch.loadJS(loaded, { fields: [...SEARCH_FIELDS], tokenize: searchWords, processTerm: searchTerm });
    const serviceCount = documents.filter(document => document.kind === 'service').length;
    const options = {
        combineWith: 'AND',
        prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
        boost: SEARCH_BOOST,
        boostDocument: (id: unknown) => (Number(id) < serviceCount ? 1.5 : 1)
    } as const;
    const exact = words.length === 0 ? [] : engine.search(words.join(' '), options);
    const found = exact.length > 0 || words.length === 0 ? exact : engine.search(words.join(' '), { ...options, fuzzy: term => (term.length > 4 ? 0.2 : false) });
    return found.map(result => ({ id: Number(result.id), score: result.score }));
}

function expectSameRanking(site: readonly Ranked[], reference: readonly Ranked[]): void {
    expect(site.map(({ id }) => id).sort((a, b) => a - b)).toEqual(reference.map(({ id }) => id).sort((a, b) => a - b));
    const scores = new Map(reference.map(({ id, score }) => [id, score]));
    for (const { id, score } of site) expect(score).toBeCloseTo(scores.get(id)!, 9);
    for (let position = 1; position < site.length; position++) {
        const [before, after] = [site[position - 1], site[position]];
        expect(before.score > after.score || (before.score === after.score && before.id < after.id)).toBe(true);
    }
}

const VOCABULARY = [
    'billing', 'billings', 'bill', 'division', 'divisions', 'divisional', 'payroll', 'payroll17', 'payroll170',
    'network', 'networks', 'netherlands', 'mail', 'mailbox', 'email', 'finance', 'financial', 'backup', 'back', 'zeta'
];
const QUERY_WORDS = [...VOCABULARY, 'bil', 'divi', 'pay', 'netwrk', 'finanse', 'bakcup', 'payrol', 'mai', 'zzz', 'n'];

function documentsOf(texts: readonly (readonly [string, string, string])[], serviceCount: number): SearchDocument[] {
    return texts.map(([title, keywords, description], id) => ({
        kind: id < serviceCount ? 'service' : 'agreement', title, keywords, description, summary: [title, `d/${id}.html`, 'Service', ''] as const
    }));
}

describe('the ranking of the site search', () => {
    it('ranks the documents of the example catalog as MiniSearch does', async () => {
        const catalog = (await loadFixture()).catalog;
        const documents = searchDocuments(viewOf(catalog, 'support'), catalogPaths(catalog), name => name);
        const files = [...searchIndexFiles(documents)];
        for (const query of ['email', 'corp', 'corporate email', 'infrastructure back', 'finance division', 'network operations', 'corprate', 'cloud mail relay', 'qqqq']) {
            expectSameRanking(siteRanking(files, query), miniSearchRanking(documents, query));
        }
    });

    it('ranks any documents as MiniSearch does, for exact words, a prefix last word and typos', () => {
        const text = (max: number) => fc.array(fc.constantFrom(...VOCABULARY), { maxLength: max }).map(words => words.join(' '));
        fc.assert(fc.property(
            fc.array(fc.tuple(text(4), text(5), text(12)), { minLength: 1, maxLength: 40 }),
            fc.nat(),
            fc.array(fc.constantFrom(...QUERY_WORDS), { minLength: 1, maxLength: 3 }),
            (texts, services, query) => {
                const documents = documentsOf(texts, services % (texts.length + 1));
                const files = [...searchIndexFiles(documents)];
                expectSameRanking(siteRanking(files, query.join(' ')), miniSearchRanking(documents, query.join(' ')));
            }
        ), { numRuns: 300 });
    });

    it('lists the best ten without sorting the rest, in the same order as the whole list', () => {
        const texts = Array.from({ length: 300 }, (_, id) => [`Billing ${id % 7 === 0 ? 'billing' : ''}`, id % 3 === 0 ? 'finance' : '', 'division '.repeat(id % 5)] as const);
        const files = [...searchIndexFiles(documentsOf(texts, 200))];
        const byPath = new Map(files.map(file => [file.path, file]));
        const manifest = dataOf(byPath.get('search/manifest.js')!) as SearchManifest;
        const index = new LoadedIndex(manifest);
        index.add('bi', dataOf(byPath.get('search/t-bi.js')!) as SearchShard);
        const firstPage = index.search(['billing']).slice(0, 10);
        const all = index.search(['billing']);
        expect(all.length).toBe(300);
        expect(firstPage).toEqual(all.slice(0, 300).slice(0, 10));
        expect(all.slice(10, 20)).toEqual(all.slice(0, 300).slice(10, 20));
    });
});

describe('the edit distance of a typo', () => {
    it('counts insertions, deletions and substitutions, and gives up beyond the limit', () => {
        expect(editDistanceWithin('network', 'netwrk', 1)).toBe(1);
        expect(editDistanceWithin('finanse', 'finance', 1)).toBe(1);
        expect(editDistanceWithin('bakcup', 'backup', 2)).toBe(2);
        expect(editDistanceWithin('bakcup', 'backup', 1)).toBeUndefined();
        expect(editDistanceWithin('mail', 'mailbox', 2)).toBeUndefined();
        expect(editDistanceWithin('same', 'same', 0)).toBe(0);
    });
});
