/**
 * The search box of the index page: results as the reader types, the words kept in the URL.
 * The index is loaded on first use (focus or typing), never with the page. Without the
 * script the box stays hidden, since it could not answer.
 */
import { RankedMatches } from './ranked-matches.js';
import { queryWords } from './loaded-index.js';
import { SearchIndex } from './search-index-loader.js';
import { onStateChange, readState, updateState } from './url-state.js';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 50;

export function enhanceSearch(): void {
    const form = document.getElementById('site-search') as HTMLFormElement | null;
    const input = document.getElementById('search-input') as HTMLInputElement | null;
    const panel = document.getElementById('search-results');
    const status = document.getElementById('search-status');
    const list = document.getElementById('search-list') as HTMLOListElement | null;
    const more = document.getElementById('search-more') as HTMLButtonElement | null;
    if (!form || !input || !panel || !status || !list || !more) return;
    const base = form.getAttribute('data-index') ?? 'search/';
    const index = new SearchIndex(base);
    let results = RankedMatches.NONE;
    let shown = 0;
    let latest = 0;
    let timer: number | undefined;

    async function run(query: string): Promise<void> {
        const ticket = ++latest;
        if (!query.trim()) {
            panel!.hidden = true;
            list!.replaceChildren();
            return;
        }
        if (queryWords(query).length === 0) {
            // Only words like "the" or "it": the index leaves them out, so say why nothing is found.
            results = RankedMatches.NONE;
            list!.replaceChildren();
            more!.hidden = true;
            status!.textContent = `“${query.trim()}” is too common to search for. Add a more specific word.`;
            panel!.hidden = false;
            return;
        }
        try {
            const found = await index.search(query);
            if (ticket !== latest) return;
            results = found;
            shown = 0;
            list!.replaceChildren();
            await showMore(ticket);
        } catch (error) {
            if (ticket !== latest) return;
            panel!.hidden = false;
            list!.replaceChildren();
            more!.hidden = true;
            status!.textContent = error instanceof Error ? error.message : String(error);
        }
    }

    /** Shows the next results; `focusFirst` moves the focus to the first of them, for the "more" button that disappears. */
    async function showMore(ticket: number, focusFirst = false): Promise<void> {
        const page = results.slice(shown, shown + PAGE_SIZE);
        const hits = await index.hits(page);
        if (ticket !== latest) return;
        let firstLink: HTMLAnchorElement | undefined;
        for (const { summary: [title, href, kind, detail] } of hits) {
            const item = document.createElement('li');
            const link = document.createElement('a');
            link.href = base.replace(/search\/$/, '') + href;
            link.textContent = title;
            firstLink ??= link;
            const label = document.createElement('span');
            label.className = 'search-kind';
            label.textContent = kind;
            item.append(link, ' ', label);
            if (detail) {
                const line = document.createElement('span');
                line.className = 'search-detail';
                line.textContent = detail;
                item.append(line);
            }
            list!.append(item);
        }
        shown += page.length;
        status!.textContent = results.length === 0
            ? 'No services or agreements match.'
            : `${results.length} result${results.length === 1 ? '' : 's'}${results.length > shown ? `, the first ${shown} shown` : ''}`;
        more!.hidden = shown >= results.length;
        panel!.hidden = false;
        if (focusFirst) firstLink?.focus();
    }

    form.hidden = false;
    form.addEventListener('submit', event => {
        event.preventDefault();
        window.clearTimeout(timer);
        timer = undefined;
        updateState({ q: input.value.trim() }, 'push');
        void run(input.value);
    });
    input.addEventListener('focus', () => { void index.prepare().catch(() => undefined); }, { once: true });
    const answerTyping = () => {
        timer = undefined;
        updateState({ q: input.value.trim() }, 'replace');
        void run(input.value);
    };
    let lastKeystroke = -Infinity;
    input.addEventListener('input', () => {
        // The first keystroke after a pause is answered at once; those that follow it
        // closely wait for the reader to pause, so a word typed fast is one query.
        const now = performance.now();
        const typing = timer !== undefined || now - lastKeystroke < TYPING_PAUSE_MS;
        lastKeystroke = now;
        window.clearTimeout(timer);
        if (typing) timer = window.setTimeout(answerTyping, TYPING_PAUSE_MS);
        else answerTyping();
    });
    more.addEventListener('click', () => { void showMore(latest, true); });
    const restore = () => {
        const query = readState().get('q') ?? '';
        if (query !== input.value.trim()) input.value = query;
        void run(query);
    };
    onStateChange(restore);
    if (readState().get('q')) restore();
}
