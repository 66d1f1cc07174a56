/**
 * The shards of the index loaded so far, and the ranked answer to a query over them. Each
 * shard holds every posting of its terms and the field lengths of the documents they name;
 * with the index-wide figures of the manifest, scores are those MiniSearch gives over the
 * whole catalog. No DOM: the generator's tests query the index through this too.
 */
import { SEARCH_BOOST, SEARCH_FIELDS, type SearchManifest, type SearchShard } from '../generator/search-index-format.js';
import { decodeNumbersInto } from '../generator/search-number-codec.js';
import { searchTerm, searchWords, shardKey } from '../generator/search-terms.js';
import { editDistanceWithin } from './edit-distance.js';
import { RankedMatches } from './ranked-matches.js';
import { bm25Score, inverseDocumentFrequency, lengthNormalization, prefixWeight, typosForgiven, typoWeight } from './search-ranking.js';

/** A service outranks an agreement that names it, as readers look for services first. */
const SERVICE_BOOST = 1.5;

/** Where one term occurs in one field: document ids ascending, with the count of each. */
interface FieldPostings {
    readonly field: number;
    readonly ids: Int32Array;
    readonly counts: Int32Array;
}

export class LoadedIndex {
    /** Shard key → term → its postings per field. */
    private readonly shards = new Map<string, Map<string, readonly FieldPostings[]>>();
    private readonly fieldCount: number;
    private readonly fieldBoosts: number[];
    /** The length normalization of each field, document after document; valid where `known` is set. */
    private readonly normalizations: Float64Array;
    private readonly known: Uint8Array;

    constructor(readonly manifest: SearchManifest) {
        this.fieldCount = manifest.averageFieldLength.length;
        this.fieldBoosts = Array.from({ length: this.fieldCount }, () => 1);
        for (const field of SEARCH_FIELDS) this.fieldBoosts[manifest.fieldIds[field]] = SEARCH_BOOST[field] ?? 1;
        this.normalizations = new Float64Array(manifest.documentCount * this.fieldCount);
        this.known = new Uint8Array(manifest.documentCount);
    }

    has(key: string): boolean {
        return this.shards.has(key);
    }

    /** Decodes a shard once, into typed arrays: the form a query over thousands of documents scores fastest. */
    add(key: string, shard: SearchShard): void {
        if (this.shards.has(key)) return;
        const terms = new Map<string, readonly FieldPostings[]>();
        const named = new Uint8Array(this.manifest.documentCount);
        for (const entries of shard.t) {
            const fields: FieldPostings[] = [];
            for (let entry = 1; entry < entries.length; entry += 2) {
                const postings = decodePostings(entries[entry] as number, entries[entry + 1] as string);
                for (const id of postings.ids) named[id] = 1;
                fields.push(postings);
            }
            terms.set(entries[0] as string, fields);
        }
        // The shard's lengths are those of the documents it names, in id order.
        const lengths = new Float64Array(shard.l.length);
        decodeNumbersInto(shard.l, lengths);
        const { fieldCount, known, normalizations } = this;
        const averages = this.manifest.averageFieldLength;
        for (let id = 0, position = 0; id < named.length; id++) {
            if (!named[id]) continue;
            if (!known[id]) {
                known[id] = 1;
                for (let field = 0; field < fieldCount; field++) {
                    normalizations[id * fieldCount + field] = lengthNormalization(lengths[position * fieldCount + field], averages[field]);
                }
            }
            position++;
        }
        this.shards.set(key, terms);
    }

    /**
     * Documents matching every word (the last also as the start of a longer term); when none
     * match as typed, words of five characters or more also match terms a typo or two away.
     * The words' shards must be loaded.
     */
    search(words: readonly string[]): RankedMatches {
        if (words.length === 0) return RankedMatches.NONE;
        const exact = this.rank(words, false);
        return exact.length > 0 ? exact : this.rank(words, true);
    }

    private rank(words: readonly string[], forgiving: boolean): RankedMatches {
        const { documentCount, serviceCount } = this.manifest;
        const total = new Float64Array(documentCount);
        const wordScore = new Float64Array(documentCount);
        // How many of the words so far each document matched: only those matching all go on.
        const matched = new Uint16Array(documentCount);
        const keys = [...new Set(words.map(shardKey))];
        let touched: number[] = [];
        for (let position = 0; position < words.length; position++) {
            touched = [];
            for (const [fields, weight] of this.termsFor(words[position], position === words.length - 1, forgiving, keys)) {
                for (const { field, ids, counts } of fields) {
                    // Multiplied in MiniSearch's order, so scores are equal to the last bit.
                    const boost = weight * this.fieldBoosts[field];
                    const inverseFrequency = inverseDocumentFrequency(ids.length, documentCount);
                    for (let index = 0; index < ids.length; index++) {
                        const id = ids[index];
                        if (matched[id] !== position) continue;
                        if (wordScore[id] === 0) touched.push(id);
                        const raw = bm25Score(counts[index], inverseFrequency, this.normalizations[id * this.fieldCount + field]);
                        wordScore[id] += boost * (id < serviceCount ? SERVICE_BOOST : 1) * raw;
                    }
                }
            }
            for (const id of touched) {
                total[id] += wordScore[id];
                wordScore[id] = 0;
                matched[id] = position + 1;
            }
        }
        // A document matching more distinct words ranks higher, as in MiniSearch.
        const quality = new Set(words).size;
        for (const id of touched) total[id] *= quality;
        return new RankedMatches(touched, total);
    }

    /**
     * The postings of the terms a word stands for, each with its weight: the word itself, and
     * longer terms it starts or near terms in the shards of the query's words (never in
     * shards earlier queries loaded, so an answer does not depend on what was asked before).
     */
    private termsFor(word: string, isLast: boolean, forgiving: boolean, keys: readonly string[]): [readonly FieldPostings[], number][] {
        const found: [readonly FieldPostings[], number][] = [];
        const exact = this.shards.get(shardKey(word))?.get(word);
        if (exact) found.push([exact, 1]);
        const typos = forgiving ? typosForgiven(word) : 0;
        if (!isLast && typos === 0) return found;
        for (const key of keys) {
            for (const [term, fields] of this.shards.get(key) ?? []) {
                if (term === word) continue;
                if (isLast && term.startsWith(word)) {
                    found.push([fields, prefixWeight(term, word)]);
                } else if (typos > 0) {
                    const distance = editDistanceWithin(word, term, typos);
                    if (distance !== undefined) found.push([fields, typoWeight(term, distance)]);
                }
            }
        }
        return found;
    }
}

/** Room for the numbers of one field's postings, grown to the longest seen. */
let scratch = new Float64Array(1024);

/** A field's postings as the generator coded them: id differences doubled, plus one when a count follows. */
function decodePostings(field: number, text: string): FieldPostings {
    if (scratch.length < text.length) scratch = new Float64Array(text.length);
    const count = decodeNumbersInto(text, scratch);
    const ids = new Int32Array(count);
    const counts = new Int32Array(count);
    let documents = 0;
    let id = 0;
    for (let position = 0; position < count; position++) {
        const coded = scratch[position];
        id += Math.floor(coded / 2);
        ids[documents] = id;
        counts[documents++] = coded % 2 === 1 ? scratch[++position] : 1;
    }
    return { field, ids: ids.subarray(0, documents), counts: counts.subarray(0, documents) };
}

/** The words of a query as the index spells them. */
export function queryWords(query: string): string[] {
    return searchWords(query).map(searchTerm).filter((term): term is string => !!term);
}

/** The shards a query needs, or undefined when a word's shard does not exist (it can match nothing, and all words must match). */
export function shardsFor(words: readonly string[], available: ReadonlySet<string>): string[] | undefined {
    const keys = [...new Set(words.map(shardKey))];
    return keys.every(key => available.has(key)) ? keys : undefined;
}
