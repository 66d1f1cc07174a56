/**
 * How text becomes search terms, and which index shard a term lives in. Shared by the
 * generator, which builds the index, and the site script, which queries it: both must cut
 * and fold words identically or a query would look in the wrong shard.
 */

/**
 * English words too common to narrow a search; indexing them would make a few shards large.
 * "service" is common in a service catalog too, but it names things ("Service Desk"), and a
 * reader typing it, or "servic", must find them: ranking gives so common a word little weight.
 */
const STOP_WORDS = new Set([
    'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or',
    'that', 'the', 'this', 'to', 'with'
]);

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Anything but letters and digits separates words: `<b>Finance</b>` is the words b, Finance and b. */
const SEPARATORS = /[^\p{L}\p{N}]+/u;

export function searchWords(text: string): string[] {
    return text.split(SEPARATORS).filter(word => word.length > 0);
}

/** A word as the index keeps it (lowercase, accents removed), or null for a word not worth indexing. */
export function searchTerm(word: string): string | null {
    const term = word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
    return term.length === 0 || STOP_WORDS.has(term) ? null : term;
}

/** Characters of a term that choose its shard: a query for a term needs only that one shard. */
const SHARD_PREFIX = 2;

export function shardKey(term: string): string {
    return Array.from(term).slice(0, SHARD_PREFIX).join('');
}
