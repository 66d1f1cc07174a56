/**
 * The page shell every generated HTML file shares: a document that opens from the file
 * system with no network request. Its style and script are files beside it (one of each
 * per site, linked by relative href), and its Content-Security-Policy admits nothing else:
 * no inline style or script, no remote load, so even a value that escaped escaping could
 * not load or run anything. Chromium counts sibling files of a `file://` page as 'self'.
 */
import { escapeHtml, html, type HtmlValue, type Markup } from './html-markup.js';
import { SITE_STYLE_PATH } from './site-style.js';

export interface NavItem {
    readonly label: string;
    readonly href: string;
    readonly current?: boolean;
}

/** One step of a page's breadcrumb trail; the last, without href, is the page itself. */
export interface Breadcrumb {
    readonly label: string;
    readonly href?: string;
}

/** Relative hrefs of the shared files a page loads. */
export interface PageAssetLinks {
    readonly stylesheet: string;
    /** Only pages that run the site script load it. */
    readonly script?: string;
}

/** Links of a document at the root of its folder, with the stylesheet in that folder's `assets/`. */
export const STANDALONE_ASSETS: PageAssetLinks = { stylesheet: SITE_STYLE_PATH };

/** Everything of a page that its site shares: the same on every page at one folder depth. */
export interface ShellOptions {
    /** Shown in the header above the navigation. */
    readonly siteName: string;
    /** Relative href of the site's home page, when the page belongs to a site. */
    readonly homeHref?: string;
    /** Relative href of the publisher's logo, shown before the site name (decorative: the name says who). */
    readonly logoHref?: string;
    /** A line under the site name, such as the view. */
    readonly tagline?: string;
    readonly nav: readonly NavItem[];
    /** The shared stylesheet and script; a standalone document's by default. */
    readonly assets?: PageAssetLinks;
    readonly footer: HtmlValue;
}

/** What is particular to one page. */
export interface PageContent {
    /** The document title, without the site name. */
    readonly title: string;
    readonly body: Markup;
    readonly draft?: boolean;
    readonly breadcrumbs?: readonly Breadcrumb[];
    /**
     * What the top of every printed page says (an agreement's identity). It rides on the root
     * element, where the stylesheet's page margin box reads it with `attr()`: the policy
     * forbids a style of the page's own, and the page context inherits only from the root.
     */
    readonly runningHeader?: string;
}

export interface PageOptions extends ShellOptions, PageContent {}

/**
 * A page shell rendered once, to wrap many pages: a site of thousands of pages shares a
 * handful of shells, so its header, navigation and footer are not rendered again per page.
 */
export interface PageShell {
    render(page: PageContent): string;
}

export function renderPage(options: PageOptions): string {
    return pageShell(options).render(options);
}

/** The policy of every page: only the page's own folder tree may supply style, script and images. */
export function contentSecurityPolicy(withScript: boolean): string {
    return `default-src 'none'; style-src 'self'; script-src ${withScript ? "'self'" : "'none'"}; img-src 'self'; `
        + `base-uri 'none'; form-action 'none'`;
}

export function pageShell(options: ShellOptions): PageShell {
    const assets = options.assets ?? STANDALONE_ASSETS;
    const logo = options.logoHref ? html`<img class="site-logo" src="${options.logoHref}" alt="">` : '';
    const siteName = options.homeHref
        ? html`<a href="${options.homeHref}">${logo}${options.siteName}</a>`
        : html`${logo}${options.siteName}`;
    const beforeRoot = '<!DOCTYPE html>\n<html lang="en"';
    const beforeTitle = html`>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(assets.script !== undefined)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="svcdef">
<title>`.text;
    const siteSuffix = escapeHtml(` · ${options.siteName}`);
    const afterTitle = html`</title>
<link rel="stylesheet" href="${assets.stylesheet}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
`.text;
    const header = html`<header class="site-header">
<p class="site-name">${siteName}</p>
${options.tagline ? html`<p class="view-name">${options.tagline}</p>\n` : ''}</header>
${options.nav.length > 0 ? html`<nav class="site-nav" aria-label="Site">
<ul>
${options.nav.map(item => html`<li><a href="${item.href}"${item.current ? html` aria-current="page"` : ''}>${item.label}</a></li>\n`)}</ul>
</nav>
` : ''}`.text;
    const afterBody = html`</main>
<footer class="site-footer">
${options.footer}
</footer>
${assets.script !== undefined ? html`<script src="${assets.script}"></script>\n` : ''}</body>
</html>
`.text;
    return {
        render: page => {
            const draftTitle = page.draft ? `DRAFT – ${page.title}` : page.title;
            // The home page's title may be the site's name: say it once.
            const title = escapeHtml(draftTitle) + (page.title === options.siteName && !page.draft ? '' : siteSuffix);
            const root = page.runningHeader !== undefined ? html` data-running-header="${page.runningHeader}"`.text : '';
            return beforeRoot + root + beforeTitle + title + afterTitle
                + (page.draft ? DRAFT_MARK : '')
                + header + breadcrumbTrail(page.breadcrumbs) + '<main id="main">\n' + page.body.text + afterBody;
        }
    };
}

function breadcrumbTrail(crumbs: readonly Breadcrumb[] | undefined): string {
    if (!crumbs || crumbs.length === 0) {
        return '';
    }
    const last = crumbs.length - 1;
    return html`<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>${crumbs.map((crumb, index) => index === last || !crumb.href
        ? html`<li${index === last ? html` aria-current="page"` : ''}>${crumb.label}</li>`
        : html`<li><a href="${crumb.href}">${crumb.label}</a></li>`)}</ol>
</nav>
`.text;
}

const DRAFT_MARK = '<div class="draft-mark" aria-hidden="true">DRAFT</div>\n';
