/**
 * The one order of published lists: code-unit order, case-insensitive first. Stable across
 * machines and Node versions, unlike locale collation, so identical input gives
 * byte-identical output.
 */
export function compareText(a: string, b: string): number {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    if (la !== lb) return la < lb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
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
            const fa = a.folded[key];
            const fb = b.folded[key];
            if (fa !== fb) return fa < fb ? -1 : 1;
            const ea = a.exact[key];
            const eb = b.exact[key];
            if (ea !== eb) return ea < eb ? -1 : 1;
        }
        return a.index - b.index;
    });
    return rows.map(row => row.item);
}
