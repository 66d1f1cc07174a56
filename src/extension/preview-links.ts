/**
 * What a click on a link in the catalog preview means. Links between pages of the
 * generated site are relative; the preview shows the target page itself. Web and mail
 * addresses open outside the editor. Anything else (other schemes, paths that leave the
 * site) is ignored, so a crafted href cannot make the extension open arbitrary things.
 */

export type PreviewLink =
    | { readonly kind: 'page'; readonly path: string; readonly fragment?: string }
    | { readonly kind: 'external'; readonly url: string }
    | { readonly kind: 'ignored'; readonly reason: string };

/** A base that no real link shares, to resolve relative hrefs against the page's path. */
const SITE = 'https://svcdef-catalog.invalid/';
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function resolvePreviewLink(currentPage: string, href: string, pages: ReadonlySet<string>): PreviewLink {
    if (href.startsWith('//')) {
        return { kind: 'ignored', reason: `'${href}' names no scheme` };
    }
    let url: URL;
    try {
        url = new URL(href, SITE + currentPage);
    } catch {
        return { kind: 'ignored', reason: `'${href}' is not a valid link` };
    }
    if (url.origin + '/' === SITE) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
            return { kind: 'ignored', reason: `'${href}' points outside the catalog` };
        }
        const path = decodeURIComponent(url.pathname.slice(1));
        if (!pages.has(path)) {
            return { kind: 'ignored', reason: `the catalog has no page '${path}'` };
        }
        const fragment = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : undefined;
        return fragment !== undefined ? { kind: 'page', path, fragment } : { kind: 'page', path };
    }
    if (EXTERNAL_SCHEMES.has(url.protocol)) {
        return { kind: 'external', url: url.href };
    }
    return { kind: 'ignored', reason: `links of the scheme '${url.protocol}' are not opened from the preview` };
}
