/**
 * The shards of the index loaded so far, and the ranked answer to a query over them. Each
 * shard holds every posting of its terms and the field lengths of the documents they name;
 * with the index-wide figures of the manifest, scores are those MiniSearch gives over the
 * whole catalog. No DOM: the generator's tests query the index through this too.
 */
import { SEARCH_BOOST, SEARCH_FIELDS, type SearchManifest, type SearchShard } from '../generator/search-index-format.js';
import { decodeNumbers } from '../generator/search-number-codec.js';
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

    add(key: string, shard: SearchShard): void {
        if (this.shards.has(key)) return;
        const terms = new Map<string, readonly FieldPostings[]>();
        const named = new Uint8Array(this.manifest.documentCount);
        for (const [term, ...entries] of shard.t) {
            const fields: FieldPostings[] = [];
            for (let entry = 0; entry < entries.length; entry += 2) {
                const postings = decodePostings(entries[entry] as number, entries[entry + 1] as string);
                for (const id of postings.ids) named[id] = 1;
                fields.push(postings);
            }
            terms.set(term as string, fields);
        }
        // The shard's lengths are those of the documents it names, in id order.
        const lengths = decodeNumbers(shard.l);
        for (let id = 0, position = 0; id < named.length; id++) {
            if (!named[id]) continue;
            if (!this.known[id]) {
                this.known[id] = 1;
                for (let field = 0; field < this.fieldCount; field++) {
                    this.normalizations[id * this.fieldCount + field] = lengthNormalization(
                        lengths[position * this.fieldCount + field], this.manifest.averageFieldLength[field]);
                }
            }
            position++;
        }
        this.shards.set(key, terms);
    }

    /**
     * Documents matching every word (the last also as the start of a longer term); when none match as typed, words of five characters
     * or more also match terms a typo or two away. The words' shards must be loaded.
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
        let touched: number[] = [];
        for (let position = 0; position < words.length; position++) {
            touched = [];
            for (const [fields, weight] of this.termsFor(words[position], position === words.length - 1, forgiving)) {
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

    /** The postings of the terms a word stands for, each with its weight: the word itself, longer terms it starts, near terms. */
    private termsFor(word: string, isLast: boolean, forgiving: boolean): [readonly FieldPostings[], number][] {
        const terms = this.shards.get(shardKey(word));
        if (!terms) return [];
        const found: [readonly FieldPostings[], number][] = [];
        const exact = terms.get(word);
        if (exact) found.push([exact, 1]);
        const typos = forgiving ? typosForgiven(word) : 0;
        if (!isLast && typos === 0) return found;
        for (const [term, fields] of terms) {
            if (term === word) continue;
            if (isLast && term.startsWith(word)) {
                found.push([fields, prefixWeight(term, word)]);
            } else if (typos > 0) {
                const distance = editDistanceWithin(word, term, typos);
                if (distance !== undefined) found.push([fields, typoWeight(term, distance)]);
            }
        }
        return found;
    }
}

/** A field's postings as the generator coded them: id differences doubled, plus one when a count follows. */
function decodePostings(field: number, text: string): FieldPostings {
    const numbers = decodeNumbers(text);
    const ids: number[] = [];
    const counts: number[] = [];
    let id = 0;
    for (let position = 0; position < numbers.length; position++) {
        const coded = numbers[position];
        id += Math.floor(coded / 2);
        ids.push(id);
        counts.push(coded % 2 === 1 ? numbers[++position] : 1);
    }
    return { field, ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
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
