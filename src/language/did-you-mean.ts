import { NameSuggestionIndex } from './name-suggestion-index.js';

/**
 * "Did you mean" suggestions from a list asked once (see NameSuggestionIndex for the
 * ranking); a list asked many times is indexed once instead.
 */
export function suggestNames(written: string, candidates: Iterable<string>, limit = 3): string[] {
    return new NameSuggestionIndex(candidates, editDistance).suggest(written, limit);
}

/** `did you mean "A" or "B"?`, or an empty string when there is nothing to suggest. */
export function didYouMean(suggestions: readonly string[], quote: (name: string) => string = name => `'${name}'`): string {
    if (suggestions.length === 0) {
        return '';
    }
    const quoted = suggestions.map(quote);
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
    return ` Did you mean ${list}?`;
}

/** Damerau-Levenshtein (optimal string alignment), giving up once past `bound`. */
export function editDistance(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
    if (a === b) {
        return 0;
    }
    let previous2: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, previous2[j - 2] + 1);
            }
            current.push(value);
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > bound) {
            return rowMin;
        }
        previous2 = previous;
        previous = current;
    }
    return previous[b.length];
}
