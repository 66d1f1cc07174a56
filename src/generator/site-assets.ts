/**
 * The shared files of a published site: one stylesheet and one script under `assets/`,
 * named by a hash of their content, which every page links by a relative href that fits
 * its folder depth. A site of thousands of pages carries one copy of each, not thousands.
 */
import { relativeHref } from './catalog-paths.js';
import type { GeneratedFile } from './generated-file.js';
import { hashedAssetPath } from './hashed-asset.js';
import type { PageAssetLinks } from './html-page.js';
import { SITE_SCRIPT } from './site-client-script.js';
import { SITE_STYLE, SITE_STYLE_PATH } from './site-style.js';

export interface SiteAssets {
    /** The files to write, at paths relative to the site root. */
    readonly files: readonly GeneratedFile[];
    /** What a page at `pagePath` (relative to the site root) links. */
    linksFrom(pagePath: string, withScript: boolean): PageAssetLinks;
}

let shared: SiteAssets | undefined;

/** The stylesheet and script of every view's site: constants, so hashed once per process. */
export function siteAssets(): SiteAssets {
    shared ??= assetsOf([
        { path: SITE_STYLE_PATH, content: SITE_STYLE },
        { path: hashedAssetPath(SITE_SCRIPT, 'js'), content: SITE_SCRIPT }
    ]);
    return shared;
}

/** Documents that run no script (SLA documents, the coverage report) need only the stylesheet. */
export function documentAssets(): SiteAssets {
    return assetsOf([{ path: SITE_STYLE_PATH, content: SITE_STYLE }]);
}

function assetsOf(files: readonly GeneratedFile[]): SiteAssets {
    const [stylesheet, script] = files;
    return {
        files,
        linksFrom: (pagePath, withScript) => ({
            stylesheet: relativeHref(pagePath, stylesheet.path),
            script: withScript && script ? relativeHref(pagePath, script.path) : undefined
        })
    };
}
