/**
 * A small seeded pseudo-random source (mulberry32), so that the same seed always yields
 * the same workspace byte for byte, on every machine and Node version.
 */
export function seededRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const random = {
        /** A float in [0, 1). */
        next,
        /** An integer in [low, high], both included. */
        int: (low, high) => low + Math.floor(next() * (high - low + 1)),
        chance: probability => next() < probability,
        pick: items => items[Math.floor(next() * items.length)],
        /** Picks by weight: `weighted([['live', 85], ['retired', 3]])`. */
        weighted: entries => {
            const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
            let point = next() * total;
            for (const [value, weight] of entries) {
                point -= weight;
                if (point < 0) return value;
            }
            return entries[entries.length - 1][0];
        },
        /** Up to `count` distinct items, in the order drawn. */
        sample: (items, count) => {
            const wanted = Math.min(count, items.length);
            const chosen = new Set();
            // Rejection sampling is fine: callers draw a handful from lists of hundreds or more;
            // for short lists fall back to a partial shuffle.
            if (items.length <= 4 * wanted) {
                const copy = [...items];
                for (let i = 0; i < wanted; i++) {
                    const j = i + Math.floor(next() * (copy.length - i));
                    [copy[i], copy[j]] = [copy[j], copy[i]];
                }
                return copy.slice(0, wanted);
            }
            while (chosen.size < wanted) {
                chosen.add(items[Math.floor(next() * items.length)]);
            }
            return [...chosen];
        }
    };
    return random;
}
