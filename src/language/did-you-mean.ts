import { compareText } from '../generator/text-order.js';

/**
 * "Did you mean" suggestions: the candidates closest to what was written, by edit
 * distance on case-folded text, with a bound that grows with the length of the word
 * so that short names do not attract arbitrary matches.
 */
export function suggestNames(written: string, candidates: Iterable<string>, limit = 3): string[] {
    const target = written.toLowerCase();
    const maxDistance = Math.max(2, Math.floor(target.length / 3));
    const scored: Array<{ name: string; distance: number; prefix: number }> = [];
    const seen = new Set<string>();
    for (const candidate of candidates) {
        if (seen.has(candidate) || candidate === written) {
            continue;
        }
        seen.add(candidate);
        const folded = candidate.toLowerCase();
        const contains = folded.includes(target) || target.includes(folded);
        if (Math.abs(folded.length - target.length) > maxDistance && !contains) {
            continue;
        }
        let distance = editDistance(target, folded, maxDistance);
        if (distance > maxDistance && contains) {
            // A word inside a longer name ("Email" in "CorporateEmail") still helps, ranked last.
            distance = maxDistance;
        }
        if (distance <= maxDistance) {
            scored.push({ name: candidate, distance, prefix: commonPrefixLength(target, folded) });
        }
    }
    // Ties by name in a fixed order: the locale of the machine must not change a message.
    scored.sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || compareText(a.name, b.name));
    return scored.slice(0, limit).map(entry => entry.name);
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

function commonPrefixLength(a: string, b: string): number {
    let length = 0;
    while (length < a.length && length < b.length && a[length] === b[length]) {
        length++;
    }
    return length;
}
