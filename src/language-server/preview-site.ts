/**
 * One page of a view's site for the preview, rendered on demand. The generator renders the
 * site's files one at a time as they are asked for; the preview asks until it has the page
 * it shows (and the shared stylesheet and script that page links to) and lets the rest go
 * unrendered (the assets this svcdef ships are known by their hashed names and need no
 * asking). So the extension host holds one page at a time whatever the catalog's size,
 * and a page near the start of the site (the index) costs one page's work.
 */
import type { GeneratedFile } from '../generator/generated-file.js';
import { hashedAssetPath } from '../generator/hashed-asset.js';
import { SITE_SCRIPT } from '../generator/site-client-script.js';
import { SITE_STYLE } from '../generator/site-style.js';
import { sitePath } from '../protocol/preview-links.js';

/** The site's shared stylesheet and script, by the path pattern the generator names them with. */
export const SITE_ASSET = /^assets\/svcdef\.[^/]+\.(css|js)$/;

/**
 * The assets this build of svcdef writes into every site, under their hashed names: the
 * preview has their text without asking the generator for them, wherever in the site's
 * files they come.
 */
export const SHIPPED_ASSETS: ReadonlyMap<string, string> = new Map([
    [hashedAssetPath(SITE_STYLE, 'css'), SITE_STYLE],
    [hashedAssetPath(SITE_SCRIPT, 'js'), SITE_SCRIPT]
]);

export interface PreviewSitePage {
    readonly path: string;
    readonly content: string;
    /** The shared assets the page links to, by path from the site root. */
    readonly assets: ReadonlyMap<string, string>;
}

/**
 * The page at `path` among the site's files, or undefined when the site has no such page.
 * Stops pulling files once it has the page and every asset the page links to.
 */
export function pageOfSite(files: Iterable<GeneratedFile>, path: string, known: ReadonlyMap<string, string> = SHIPPED_ASSETS): PreviewSitePage | undefined {
    const assets = new Map<string, string>(known);
    let content: string | undefined;
    let wanted: string[] = [];
    for (const file of files) {
        if (SITE_ASSET.test(file.path)) {
            assets.set(file.path, file.content);
        } else if (file.path === path) {
            content = file.content;
            wanted = linkedAssets(path, content);
        }
        if (content !== undefined && wanted.every(asset => assets.has(asset))) break;
    }
    if (content === undefined) return undefined;
    // An asset the site never yields is left out: the page shows unstyled rather than not at all.
    return { path, content, assets: new Map(wanted.filter(asset => assets.has(asset)).map(asset => [asset, assets.get(asset)!])) };
}

/** The shared assets a page links to or loads, by path from the site root. */
export function linkedAssets(pagePath: string, content: string): string[] {
    const found = new Set<string>();
    for (const match of content.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)) {
        const target = sitePath(pagePath, match[1].replace(/&amp;/g, '&'));
        if (target && SITE_ASSET.test(target.path)) found.add(target.path);
    }
    return [...found].sort();
}
