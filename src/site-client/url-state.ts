/**
 * The state of the index page (search words, filters, sort order) kept in the URL's hash as
 * `#q=mail&status=live&sort=-name`, so a reload, a bookmark or the back button brings it
 * back. The hash rather than the query string: it is the part a page opened from the file
 * system can change without reloading. A hash without `=` is an ordinary anchor such as
 * `#agreements` and carries no state.
 */

export type PageState = ReadonlyMap<string, string>;

export function readState(): PageState {
    const hash = location.hash.slice(1);
    if (!hash.includes('=')) return new Map();
    const state = new Map<string, string>();
    new URLSearchParams(hash).forEach((value, key) => { if (value) state.set(key, value); });
    return state;
}

/** Writes the state into the URL: as a new history entry, or in place of the current one while the reader types. */
export function writeState(state: PageState, mode: 'push' | 'replace'): void {
    const params = new URLSearchParams();
    for (const [key, value] of [...state].sort(([a], [b]) => STATE_ORDER.indexOf(a) - STATE_ORDER.indexOf(b))) {
        if (value) params.set(key, value);
    }
    const text = params.toString();
    const hash = text ? `#${text}` : '';
    if (hash === location.hash) return;
    const url = hash || location.pathname + location.search;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
}

const STATE_ORDER = ['q', 'status', 'category', 'customer', 'sort'];

/** Calls `listener` whenever the reader moves through history to another state. */
export function onStateChange(listener: () => void): void {
    window.addEventListener('popstate', listener);
}

/** Pieces of the page each own some keys of the state; they share one URL. */
export function updateState(changes: Readonly<Record<string, string>>, mode: 'push' | 'replace'): void {
    const state = new Map(readState());
    for (const [key, value] of Object.entries(changes)) {
        if (value) state.set(key, value);
        else state.delete(key);
    }
    writeState(state, mode);
}
