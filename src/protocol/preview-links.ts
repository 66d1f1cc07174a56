/**
 * What a click on a link in the catalog preview means. Links between pages of the
 * generated site are relative; the preview shows the target page itself, rendered from
 * the generator (never read from disk), so a path the site does not have simply finds no
 * page. Web and mail addresses open outside the editor. Anything else (other schemes,
 * files that are not pages) is ignored, so a crafted href cannot make the extension open
 * arbitrary things.
 */

export type PreviewLink =
    | { readonly kind: 'page'; readonly path: string; readonly fragment?: string }
    | { readonly kind: 'external'; readonly url: string }
    | { readonly kind: 'ignored'; readonly reason: string };

/** A base that no real link shares, to resolve relative hrefs against the page's path. */
const SITE = 'https://svcdef-catalog.invalid/';
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The path, relative to the site root, that a relative href on the page at `currentPage`
 * points to; undefined when the href names a scheme or a host of its own. A path that
 * climbs above the root stays at the root, as it would on a web server.
 */
export function sitePath(currentPage: string, href: string): { path: string; fragment?: string } | undefined {
    if (href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) {
        return undefined;
    }
    let url: URL;
    try {
        url = new URL(href, SITE + currentPage);
    } catch {
        return undefined;
    }
    if (url.origin + '/' !== SITE) {
        return undefined;
    }
    const path = decodeURIComponent(url.pathname.slice(1));
    const fragment = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : undefined;
    return fragment !== undefined ? { path, fragment } : { path };
}

export function resolvePreviewLink(currentPage: string, href: string): PreviewLink {
    const inSite = sitePath(currentPage, href);
    if (inSite) {
        if (!inSite.path.endsWith('.html')) {
            return { kind: 'ignored', reason: `'${inSite.path}' is not a page of the catalog` };
        }
        return { kind: 'page', ...inSite };
    }
    if (href.startsWith('//')) {
        return { kind: 'ignored', reason: `'${href}' names no scheme` };
    }
    let url: URL;
    try {
        url = new URL(href);
    } catch {
        return { kind: 'ignored', reason: `'${href}' is not a valid link` };
    }
    if (EXTERNAL_SCHEMES.has(url.protocol)) {
        return { kind: 'external', url: url.href };
    }
    return { kind: 'ignored', reason: `links of the scheme '${url.protocol}' are not opened from the preview` };
}
