/**
 * Levenshtein distance (insertions, deletions, substitutions of UTF-16 units, as MiniSearch
 * counts them), given up as soon as it must exceed `limit`: a query word is compared with
 * every term of its shard, nearly all of them far off.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number | undefined {
    if (Math.abs(a.length - b.length) > limit) return undefined;
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let row = 1; row <= a.length; row++) {
        const current = [row];
        let best = row;
        for (let column = 1; column <= b.length; column++) {
            const cost = a.charCodeAt(row - 1) === b.charCodeAt(column - 1) ? 0 : 1;
            const value = Math.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost);
            current.push(value);
            if (value < best) best = value;
        }
        if (best > limit) return undefined;
        previous = current;
    }
    const distance = previous[b.length];
    return distance <= limit ? distance : undefined;
}
