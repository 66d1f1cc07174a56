/**
 * How a match scores: MiniSearch's ranking with its default parameters, the one the index
 * was built for and the tests hold the site's search to. The site scores loaded shards
 * itself rather than through MiniSearch's `search`, which for a word in every one of
 * 10,000 services spent a fifth of a second building per-result objects a page never shows.
 */

/** BM25+ as MiniSearch computes it: k saturates repeated words, b weighs field length, d rewards any occurrence. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** How much a term says about a document, from how many of the documents have it in that field. */
export function inverseDocumentFrequency(matchingDocuments: number, documentCount: number): number {
    return Math.log(1 + (documentCount - matchingDocuments + 0.5) / (matchingDocuments + 0.5));
}

/** The part of a score that depends on the field's length only, worked out once per document and field. */
export function lengthNormalization(fieldLength: number, averageFieldLength: number): number {
    return BM25.k * (1 - BM25.b + BM25.b * fieldLength / averageFieldLength);
}

/** A term's BM25+ score in one field of one document (the site inlines it in its loop over postings). */
export function bm25Score(termFrequency: number, inverseFrequency: number, normalization: number): number {
    return inverseFrequency * (BM25.d + termFrequency * (BM25.k + 1) / (termFrequency + normalization));
}

/** A term found by extending the last word weighs less the more it adds to it. */
const PREFIX_WEIGHT = 0.375;

/** A term found by forgiving a typo weighs less than one found by extending the word. */
const TYPO_WEIGHT = 0.45;

/** Typos forgiven: one in five characters, words of four characters or fewer none, six at most. */
const TYPO_RATE = 0.2;
const MAX_TYPOS = 6;
const SHORTEST_FORGIVEN = 5;

/** The weight of `term`, which starts with the typed `word` and is longer. */
export function prefixWeight(term: string, word: string): number {
    return PREFIX_WEIGHT * term.length / (term.length + 0.3 * (term.length - word.length));
}

/** The weight of `term`, `distance` edits away from the typed word. */
export function typoWeight(term: string, distance: number): number {
    return TYPO_WEIGHT * term.length / (term.length + distance);
}

/** How many edits a typed word may be from the term it meant: none for short words. */
export function typosForgiven(word: string): number {
    return word.length < SHORTEST_FORGIVEN ? 0 : Math.min(MAX_TYPOS, Math.round(word.length * TYPO_RATE));
}
