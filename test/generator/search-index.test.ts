import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { catalogHtml } from '../../src/generator/catalog-html.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { catalogPaths } from '../../src/generator/catalog-paths.js';
import { viewOf } from '../../src/generator/catalog-views.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { SEARCH_CALLBACK, documentBlockFile, shardFile, type SearchManifest, type SearchShard, type SearchSummary } from '../../src/generator/search-index-format.js';
import { searchDocuments, searchIndexFiles, type SearchDocument } from '../../src/generator/search-index.js';
import { shardKey } from '../../src/generator/search-terms.js';
import { LoadedIndex, queryWords, shardsFor } from '../../src/site-client/loaded-index.js';
import { loadFixture } from './generator-fixture.js';

/** Runs an index file as the browser would and returns what it hands the site script. */
function evaluate(file: GeneratedFile): { kind: string; key: string; data: unknown } {
    let call: { kind: string; key: string; data: unknown } | undefined;
    runInNewContext(file.content, { [SEARCH_CALLBACK]: (kind: string, key: string, data: unknown) => { call = { kind, key, data }; } });
    if (!call) throw new Error(`${file.path} did not call ${SEARCH_CALLBACK}`);
    return call;
}

/** Answers a query the way the site script does, reading only the files it would load. */
function searcher(files: readonly GeneratedFile[]) {
    const byPath = new Map(files.map(file => [file.path, file]));
    const read = (path: string) => {
        const file = byPath.get(path);
        if (!file) throw new Error(`no index file ${path}`);
        return evaluate(file).data;
    };
    const manifest = read('search/manifest.js') as SearchManifest;
    const index = new LoadedIndex(manifest);
    const loaded: string[] = [];
    return {
        loaded,
        search(query: string): SearchSummary[] {
            const words = queryWords(query);
            const keys = shardsFor(words, new Set(manifest.shards));
            if (!keys) return [];
            for (const key of keys) {
                loaded.push(`search/${shardFile(key)}`);
                index.add(key, read(`search/${shardFile(key)}`) as SearchShard);
            }
            const ranked = index.search(words);
            return ranked.slice(0, ranked.length).map(({ id }) => {
                const block = read(`search/${documentBlockFile(Math.floor(id / manifest.blockSize))}`) as SearchSummary[];
                return block[id % manifest.blockSize];
            });
        }
    };
}

function document(title: string, keywords = '', description = ''): SearchDocument {
    return { kind: 'service', title, keywords, description, summary: [title, `services/${title.length}.html`, 'Service', description] };
}

describe('the search index of a view', () => {
    let catalog: Catalog;
    let support: GeneratedFile[];
    let customer: GeneratedFile[];

    beforeAll(async () => {
        catalog = (await loadFixture()).catalog;
        const indexOf = (files: GeneratedFile[]) => files.filter(file => file.path.startsWith('search/'));
        support = indexOf(catalogHtml(viewOf(catalog, 'support'), { a2: a2Model }));
        customer = indexOf(catalogHtml(viewOf(catalog, 'customer'), { a2: a2Model }));
    });

    it('finds a service by a word of its title, category, owner or customer, and links to its page', () => {
        const search = searcher(support);
        // Agreements that cover it match too, below the service whose title it is.
        expect(search.search('corporate')[0][0]).toBe('Corporate Email');
        expect(search.search('infrastructure').map(([title]) => title).sort()).toEqual(['Campus Network', 'Directory Services']);
        const email = search.search('email').find(([title]) => title === 'Corporate Email')!;
        expect(email[1]).toBe(catalogPaths(catalog).service('acme.it.Email'));
        expect(search.search('network operations').map(([title]) => title)).toContain('Campus Network');
        expect(search.search('finance division').map(([title]) => title)).toContain('Corporate Email');
    });

    it('finds agreements too, and in the customer view no OLA or UC', () => {
        expect(searcher(support).search('cloud mail relay').map(([, , kind]) => kind)).toEqual(['Underpinning contract']);
        expect(searcher(customer).search('cloud mail relay')).toEqual([]);
        expect(searcher(customer).search('email finance').map(([title]) => title)).toContain('Email for Finance');
    });

    it('leads a search for a retired service to its entry on the archive page, saying what replaced it', async () => {
        const retired = (await loadFixture({
            'a.svcdef': 'provider IT\nservice Mail "Corporate Email" { status live owner IT }\n'
                + 'service Fax "Fax Gateway" { status retired until 2026-03-31 replaced by Mail owner IT }'
        })).catalog;
        for (const view of ['customer', 'user'] as const) {
            const found = searcher(catalogHtml(viewOf(retired, view), { a2: a2Model }).filter(file => file.path.startsWith('search/'))).search('fax');
            expect(found).toEqual([['Fax Gateway', 'archive.html#retired-fax', 'Retired service', 'Ended 2026-03-31; replaced by Corporate Email']]);
        }
        // The support view keeps the service's own page, and finds that.
        const support = searcher(catalogHtml(viewOf(retired, 'support'), { a2: a2Model }).filter(file => file.path.startsWith('search/'))).search('fax');
        expect(support.map(([, href, kind]) => [href, kind])).toEqual([['services/fax.html', 'Service']]);
    });

    it('matches the last word as a prefix, needs every word, and forgives a typo in a long word', () => {
        const search = searcher(support);
        expect(search.search('corp').map(([title]) => title)).toContain('Corporate Email');
        expect(search.search('corporate network')).toEqual([]);
        expect(search.search('corprate').map(([title]) => title)).toContain('Corporate Email');
        expect(search.search('zzzz')).toEqual([]);
    });

    it('loads only the shards of the query words', () => {
        const search = searcher(support);
        search.search('campus network');
        expect(search.loaded).toEqual(['search/t-ca.js', 'search/t-ne.js']);
    });

    it('puts every term in the shard of its first two characters, in files with safe names', () => {
        for (const file of support.filter(candidate => candidate.path.startsWith('search/t-'))) {
            const { key, data } = evaluate(file);
            expect(file.path).toMatch(/^search\/t-[a-z0-9-]+\.js$/);
            for (const [term] of (data as SearchShard).t) expect(shardKey(term as string)).toBe(key);
        }
    });

    it('is byte-identical for the same input', () => {
        const again = catalogHtml(viewOf(catalog, 'support'), { a2: a2Model }).filter(file => file.path.startsWith('search/'));
        expect(again).toEqual(support);
    });

    it('keeps a title that would end a script or a line of JavaScript as data', () => {
        const hostile = 'Chat </script><script>alert(1)</script> \u2028 line \u2029 "quoted" \\ back';
        const files = [...searchIndexFiles([document(hostile, 'collab'), document('Plain')])];
        for (const file of files) {
            expect(file.content).not.toMatch(/<\/?script|\u2028|\u2029/i);
        }
        const [found] = searcher(files).search('collab');
        expect(found[0]).toBe(hostile);
    });

    it('escapes the hostile values of the fixture workspace in every index file', () => {
        for (const file of support) {
            expect(file.content).not.toContain('<');
            evaluate(file);
        }
        expect(searcher(support).search('alert').map(([title]) => title)).toContain("<script>alert('chat')</script>");
    });

    it('keeps a shard to a few bytes per document it holds, so a word in every service stays within budget', () => {
        const many = Array.from({ length: 2000 }, (_, index) => document(`Service ${index} billing`, 'Business applications', `Handles orders for division ${index % 50}`));
        const files = [...searchIndexFiles(many)];
        const largest = Math.max(...files.map(file => Buffer.byteLength(file.content)));
        // "billing", "business", "applications" are in every document: their shards list all 2000.
        // At 12 bytes a document, a word in each of 10,000 services is a shard of 120 kB.
        expect(largest).toBeLessThan(2000 * 12);
        expect(searcher(files).search('billing 1999')).toHaveLength(1);
    });

    it('indexes the search documents of a view by title, keywords and description', () => {
        const documents = searchDocuments(viewOf(catalog, 'support'), catalogPaths(catalog), name => name);
        const email = documents.find(entry => entry.summary[0] === 'Corporate Email')!;
        expect(email.title).toContain('Email');
        expect(email.keywords).toContain('Collaboration');
        expect(email.description).toContain('Mailboxes');
        expect(email.summary[3]).toMatch(/^Live · Collaboration · Mailboxes/);
    });
});
