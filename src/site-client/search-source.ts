/**
 * Where a page shown inside a host, such as the editor's catalog preview, gets its search
 * index. The host's webview cannot read the site's `search/` files, and its policy lets no
 * script load from anywhere, so the host defines this function on the page before the site
 * script runs; the loader asks it for each piece by the kind and key its file would call
 * back with, and gets the piece's data: plain JSON, never code to run. On a published site
 * nothing defines it and the loader reads the files with script elements.
 */
export const SEARCH_SOURCE = 'svcdefSearchSource';

/** Answers a piece of the index with its data; rejects when the host has no such piece. */
export type SearchSource = (kind: string, key: string) => Promise<unknown>;
