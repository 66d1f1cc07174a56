/**
 * The one order of published lists: code-unit order, case-insensitive first. Stable across
 * machines and Node versions, unlike locale collation, so identical input gives
 * byte-identical output.
 */
export function compareText(a: string, b: string): number {
    return compareFolded(a.toLowerCase(), b.toLowerCase(), a, b);
}

/**
 * A copy of `items` ordered by `keys` (the first, then the next to break ties, each by
 * compareText; then by their position in `items`), each key worked out once per item.
 * A catalog sorts tens of thousands of entries: a comparator that works out names and
 * lower-cases them on every comparison does so hundreds of thousands of times.
 */
export function orderedByText<T>(items: readonly T[], ...keys: ReadonlyArray<(item: T) => string>): T[] {
    const rows = items.map((item, index) => {
        const exact = keys.map(key => key(item));
        return { item, index, exact, folded: exact.map(text => text.toLowerCase()) };
    });
    rows.sort((a, b) => {
        for (let key = 0; key < keys.length; key++) {
            const order = compareFolded(a.folded[key], b.folded[key], a.exact[key], b.exact[key]);
            if (order !== 0) return order;
        }
        return a.index - b.index;
    });
    return rows.map(row => row.item);
}

/** compareText of two texts whose lower-case forms are already at hand. */
function compareFolded(foldedA: string, foldedB: string, exactA: string, exactB: string): number {
    if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
    return exactA < exactB ? -1 : exactA > exactB ? 1 : 0;
}
