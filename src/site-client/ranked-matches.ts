/**
 * The documents a query matched, best first, equal scores in id order. A page shows ten of
 * them: those are picked out in one pass, and the whole list is sorted only when the
 * reader asks for more, since sorting ten thousand matches took longer than finding them.
 */
export interface RankedDocument {
    /** The document's number: its place in the summary blocks. */
    readonly id: number;
    readonly score: number;
}

export class RankedMatches {
    static readonly NONE = new RankedMatches([], new Float64Array(0));

    private sorted?: readonly RankedDocument[];

    /** `scores` is indexed by document id; `ids` are the matching documents, in any order. */
    constructor(private readonly ids: readonly number[], private readonly scores: Float64Array) {}

    get length(): number {
        return this.ids.length;
    }

    slice(start: number, end: number): RankedDocument[] {
        end = Math.min(end, this.ids.length);
        if (start >= end) return [];
        if (!this.sorted && end <= FIRST_PAGES) return this.best(end).slice(start);
        this.sorted ??= [...this.ids].sort((a, b) => this.before(a, b)).map(id => ({ id, score: this.scores[id] }));
        return this.sorted.slice(start, end);
    }

    /** The `count` best, in order, by insertion into a short list. */
    private best(count: number): RankedDocument[] {
        const top: number[] = [];
        for (const id of this.ids) {
            if (top.length === count && this.before(top[count - 1], id) <= 0) continue;
            let place = top.length === count ? count - 1 : top.length;
            while (place > 0 && this.before(id, top[place - 1]) < 0) {
                top[place] = top[place - 1];
                place--;
            }
            top[place] = id;
        }
        return top.map(id => ({ id, score: this.scores[id] }));
    }

    /** Negative when document `a` ranks before `b`. */
    private before(a: number, b: number): number {
        return this.scores[b] - this.scores[a] || a - b;
    }
}

/** Up to this many results are picked without sorting them all: a few pages' worth. */
const FIRST_PAGES = 50;
