/**
 * The files of the search index, as the generator writes them and the site script reads
 * them: their names, the callback each calls, and the shape of the data it passes.
 */

const PLAIN_KEY = /^[a-z0-9]+$/;

/**
 * The file of a shard, under the site's `search/` folder. Keys of plain letters and digits
 * are their own name; any other key is spelled in hex code points, so a file name never
 * holds a character a file system might refuse or fold.
 */
export function shardFile(key: string): string {
    const name = PLAIN_KEY.test(key)
        ? key
        : `x${Array.from(key, character => character.codePointAt(0)!.toString(16)).join('-')}`;
    return `t-${name}.js`;
}

/** Search results are listed from small blocks of document summaries, loaded for the results shown. */
export const DOCUMENTS_PER_BLOCK = 32;

export function documentBlockFile(block: number): string {
    return `d-${block}.js`;
}

export const MANIFEST_FILE = 'manifest.js';

/** The folder of the index within a view's site. */
export const SEARCH_FOLDER = 'search';

/** The function every index file calls, defined by the site script before it loads one. */
export const SEARCH_CALLBACK = 'svcdefSearchLoaded';

/** The fields a document is indexed by, most telling first. */
export const SEARCH_FIELDS = ['title', 'keywords', 'description'] as const;

export const SEARCH_BOOST: Readonly<Record<string, number>> = { title: 3, keywords: 1.5 };

/** What a result shows: title, href from the site root, what kind of thing it is, and a line about it. */
export type SearchSummary = readonly [title: string, href: string, kind: string, detail: string];

/**
 * Data of a shard, its numbers coded by search-number-codec.ts. The documents of a shard
 * are those its postings name, in id order.
 */
export interface SearchShard {
    /** The field lengths of the shard's documents, one per field, document after document. */
    readonly l: string;
    /**
     * Per term: the term, then for each field it occurs in the field id and its postings.
     * A posting is the difference from the previous id, doubled, plus one when the term
     * occurs more than once, in which case the count follows.
     */
    readonly t: readonly (readonly (string | number)[])[];
}

/** What the site script loads first: the index-wide figures scores need, and which shards exist. */
export interface SearchManifest {
    readonly documentCount: number;
    readonly fieldIds: Readonly<Record<string, number>>;
    readonly averageFieldLength: readonly number[];
    readonly shards: readonly string[];
    readonly blockSize: number;
    /** Documents before this id are services, the rest agreements: services rank a little higher. */
    readonly serviceCount: number;
}
