/**
 * The prebuilt index, loaded piece by piece as queries need it: the manifest first, then
 * the shard of each query word and the summary blocks of the results shown. Each piece is
 * a script element, the one way a page opened from the file system can read a sibling
 * file; each calls back with its data. A page shown by a host that provides a search
 * source (search-source.ts) asks it for the same pieces instead.
 */
import {
    MANIFEST_FILE, SEARCH_CALLBACK, documentBlockFile, shardFile, type SearchManifest, type SearchShard, type SearchSummary
} from '../generator/search-index-format.js';
import { LoadedIndex, queryWords, shardsFor } from './loaded-index.js';
import { RankedMatches, type RankedDocument } from './ranked-matches.js';
import { SEARCH_SOURCE, type SearchSource } from './search-source.js';

export interface SearchHit {
    readonly id: number;
    readonly summary: SearchSummary;
}

export class SearchIndex {
    private readonly pending = new Map<string, (data: unknown) => void>();
    private readonly loading = new Map<string, Promise<unknown>>();
    private loaded?: Promise<LoadedIndex>;
    private readonly summaries = new Map<number, readonly SearchSummary[]>();

    constructor(private readonly base: string) {
        (window as unknown as Record<string, unknown>)[SEARCH_CALLBACK] = (kind: string, key: string, data: unknown) => {
            this.pending.get(`${kind}:${key}`)?.(data);
        };
    }

    /** Starts loading the manifest, so the first query does not wait for it. */
    prepare(): Promise<LoadedIndex> {
        this.loaded ??= this.load('m', '', MANIFEST_FILE).then(manifest => new LoadedIndex(manifest as SearchManifest));
        return this.loaded;
    }

    async search(query: string): Promise<RankedMatches> {
        const words = queryWords(query);
        if (words.length === 0) return RankedMatches.NONE;
        const index = await this.prepare();
        const keys = shardsFor(words, new Set(index.manifest.shards));
        if (!keys) return RankedMatches.NONE;
        const shards = await Promise.all(keys.map(key => this.load('t', key, shardFile(key))));
        keys.forEach((key, position) => index.add(key, shards[position] as SearchShard));
        return index.search(words);
    }

    /** The summaries of the given results, loading the blocks that hold them. */
    async hits(results: readonly RankedDocument[]): Promise<SearchHit[]> {
        const { manifest } = await this.prepare();
        const blockOf = (id: number) => Math.floor(id / manifest.blockSize);
        const blocks = [...new Set(results.map(result => blockOf(result.id)))];
        await Promise.all(blocks.map(async block => {
            if (!this.summaries.has(block)) {
                this.summaries.set(block, await this.load('d', String(block), documentBlockFile(block)) as SearchSummary[]);
            }
        }));
        return results.map(result => {
            return { id: result.id, summary: this.summaries.get(blockOf(result.id))![result.id % manifest.blockSize] };
        });
    }

    private load(kind: string, key: string, file: string): Promise<unknown> {
        const id = `${kind}:${key}`;
        let promise = this.loading.get(id);
        if (!promise) {
            const source = (window as unknown as Record<string, unknown>)[SEARCH_SOURCE];
            promise = typeof source === 'function'
                ? this.fromHost(source as SearchSource, kind, key, file)
                : this.fromScript(id, file);
            this.loading.set(id, promise);
        }
        return promise;
    }

    private fromHost(source: SearchSource, kind: string, key: string, file: string): Promise<unknown> {
        return new Promise<unknown>(resolve => resolve(source(kind, key))).catch(() => {
            // Asked again next time: the host may have it then.
            this.loading.delete(`${kind}:${key}`);
            throw new Error(`The search index file ${file} could not be loaded.`);
        });
    }

    private fromScript(id: string, file: string): Promise<unknown> {
        return new Promise((resolve, reject) => {
            const script = document.createElement('script');
            this.pending.set(id, data => {
                this.pending.delete(id);
                script.remove();
                resolve(data);
            });
            script.onerror = () => {
                this.loading.delete(id);
                script.remove();
                reject(new Error(`The search index file ${file} could not be loaded.`));
            };
            script.src = this.base + file;
            document.head.appendChild(script);
        });
    }
}
