import { compareText } from '../generator/text-order.js';

/** Edit distance, giving up once past `bound`; see editDistance in did-you-mean.ts. */
export type BoundedDistance = (a: string, b: string, bound: number) => number;

/**
 * Candidates whose edit distance is worked out for one written name, at most. A workspace
 * full of misspellings asks once per misspelt reference, so comparing each with every
 * declared name took minutes at 10,000 services (see BENCHMARKS.md); this keeps the work
 * per question fixed. Below the cap the suggestions are exactly those of a full scan.
 */
export const MAX_COMPARED_CANDIDATES = 64;

/**
 * Entries read from the letter-pair and letter-triple lists for one written name, at most.
 * A pair such as "in" stands in a large share of all names, so reading every list of the
 * written name made each question cost as much as the workspace is large: quadratic again,
 * 359 s at 50,000 misspellings. The rarest lists are read first: they are what tells close
 * names apart.
 */
export const MAX_POSTINGS_READ = 1024;

interface Entry {
    readonly name: string;
    readonly folded: string;
}

/**
 * "Did you mean" over one fixed list of names, indexed once and asked many times: the
 * names that could be close to what was written are found through the letter pairs
 * (bigrams and trigrams) they share with it, the closest first, instead of by comparing with all.
 */
export class NameSuggestionIndex {
    private readonly entries: Entry[] = [];
    /** Entry numbers by case-folded bigram and trigram. */
    private readonly byGram = new Map<string, number[]>();
    /** Entry numbers by folded length: names too short to have a bigram are found here only. */
    private readonly byLength: number[][] = [];
    /** How many pairs and triples of the current question each entry shares, reset after each question. */
    private shared: Uint16Array;
    /** Entries read from the pair and triple lists over all questions: what tests count. */
    postingsRead = 0;

    constructor(candidates: Iterable<string>, private readonly distance: BoundedDistance) {
        const seen = new Set<string>();
        for (const name of candidates) {
            if (seen.has(name)) {
                continue;
            }
            seen.add(name);
            const folded = name.toLowerCase();
            const number = this.entries.length;
            this.entries.push({ name, folded });
            (this.byLength[folded.length] ??= []).push(number);
            for (const gram of distinctGrams(folded)) {
                const list = this.byGram.get(gram);
                if (list) {
                    list.push(number);
                } else {
                    this.byGram.set(gram, [number]);
                }
            }
        }
        this.shared = new Uint16Array(this.entries.length);
    }

    /**
     * The candidates closest to what was written, by edit distance on case-folded text,
     * with a bound that grows with the length of the word so that short names do not
     * attract arbitrary matches; a name that contains what was written, or is contained
     * in it, is offered too, ranked last.
     */
    suggest(written: string, limit = 3): string[] {
        const target = written.toLowerCase();
        const maxDistance = Math.max(2, Math.floor(target.length / 3));
        const scored: Array<{ name: string; distance: number; prefix: number }> = [];
        for (const number of this.examined(target, maxDistance)) {
            const { name, folded } = this.entries[number];
            if (name === written) {
                continue;
            }
            const contains = folded.includes(target) || target.includes(folded);
            if (Math.abs(folded.length - target.length) > maxDistance && !contains) {
                continue;
            }
            let distance = this.distance(target, folded, maxDistance);
            if (distance > maxDistance && contains) {
                // A word inside a longer name ("Email" in "CorporateEmail") still helps, ranked last.
                distance = maxDistance;
            }
            if (distance <= maxDistance) {
                scored.push({ name, distance, prefix: commonPrefixLength(target, folded) });
            }
        }
        // Ties by name in a fixed order: the locale of the machine must not change a message.
        scored.sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || compareText(a.name, b.name));
        return scored.slice(0, limit).map(entry => entry.name);
    }

    /**
     * The entries worth comparing, most shared pairs and triples first, at most
     * MAX_COMPARED_CANDIDATES: those sharing a pair or triple with the target, then (for short
     * targets and names, where a close name may share none) those of a near length.
     */
    private examined(target: string, maxDistance: number): number[] {
        const grams = distinctGrams(target);
        if (grams.size === 0) {
            // One letter or none: contained in nearly every name; rare enough to scan.
            return this.entries.map((_, number) => number);
        }
        const lists = [...grams].map(gram => this.byGram.get(gram) ?? []).sort((a, b) => a.length - b.length);
        const touched: number[] = [];
        let budget = MAX_POSTINGS_READ;
        for (const list of lists) {
            const read = Math.min(list.length, budget);
            for (let index = 0; index < read; index++) {
                const number = list[index];
                if (this.shared[number]++ === 0) {
                    touched.push(number);
                }
            }
            budget -= read;
            this.postingsRead += read;
            if (budget === 0) {
                break;
            }
        }
        // Bucketed by how many pairs and triples they share, then by how near their length is (the
        // nearest first), so that picking the best costs no sort of all of them.
        const nearness = maxDistance + 2;
        const buckets: number[][] = [];
        for (const number of touched) {
            const lengthGap = Math.min(Math.abs(this.entries[number].folded.length - target.length), maxDistance + 1);
            (buckets[this.shared[number] * nearness + (nearness - 1 - lengthGap)] ??= []).push(number);
        }
        const picked: number[] = [];
        for (let bucket = buckets.length - 1; bucket >= nearness && picked.length < MAX_COMPARED_CANDIDATES; bucket--) {
            for (const number of buckets[bucket] ?? []) {
                if (picked.length === MAX_COMPARED_CANDIDATES) {
                    break;
                }
                picked.push(number);
            }
        }
        // Names sharing no pair can still be within the distance ("ab" and "ba"), or contained ("a").
        const shortest = Math.max(0, target.length - maxDistance);
        for (let length = shortest; length <= target.length + maxDistance && picked.length < MAX_COMPARED_CANDIDATES; length++) {
            for (const number of this.byLength[length] ?? []) {
                if (picked.length === MAX_COMPARED_CANDIDATES) {
                    break;
                }
                if (this.shared[number] === 0) {
                    picked.push(number);
                }
            }
        }
        for (let length = 0; length < Math.min(2, shortest); length++) {
            picked.push(...this.byLength[length] ?? []);
        }
        for (const number of touched) {
            this.shared[number] = 0;
        }
        return picked;
    }
}

/**
 * The letter pairs and triples of a name. Pairs find close short names ("emial" and
 * "email" share only "em"); triples are rarer, so in a long name they single out its
 * neighbours ("g31", "319" in "Billing31920") where every pair is common.
 */
function distinctGrams(text: string): Set<string> {
    const grams = new Set<string>();
    for (let i = 0; i + 1 < text.length; i++) {
        grams.add(text.slice(i, i + 2));
        if (i + 2 < text.length) {
            grams.add(text.slice(i, i + 3));
        }
    }
    return grams;
}

function commonPrefixLength(a: string, b: string): number {
    let length = 0;
    while (length < a.length && length < b.length && a[length] === b[length]) {
        length++;
    }
    return length;
}
