/**
 * Turns a page of the generated catalog site into a page for the preview webview. The
 * published page loads its style and script from the site's shared asset files (or, from
 * older generators, inlines them, pinned by hash); a webview cannot read the site's files,
 * so the preview inlines the assets and gets its own policy, in which nothing loads from
 * anywhere and only elements carrying this render's nonce may style or script the page.
 * The site's colour-scheme rules follow the editor's theme (see preview-theme.ts). A bar
 * on top switches the view and offers Back, Open in Browser and Go to Source; a bridge
 * script hands link clicks and those buttons to the extension, because a webview cannot
 * navigate between files by itself, and gives the site script's search box the pieces of
 * the index it asks for, which the extension gets from the language server.
 */
import { CATALOG_VIEWS, VIEW_TITLES, type CatalogViewName } from './catalog-view-names.js';
import { escapeHtml } from '../generator/html-markup.js';
import { sitePath } from '../protocol/preview-links.js';
import { SEARCH_SOURCE } from '../site-client/search-source.js';
import { PREVIEW_STYLE, themedStylesheet } from './preview-theme.js';

export interface PreviewPageOptions {
    /** A fresh random value per render (see `createNonce`). */
    readonly nonce: string;
    readonly view: CatalogViewName;
    /** The page's path in the generated site, such as `services/email.html`. */
    readonly pagePath: string;
    /**
     * Where the page opens: at an element id, at the top (a page just navigated to), or
     * where the previous render was scrolled to (the same page rendered again after a save).
     */
    readonly scroll: { readonly fragment: string } | 'top' | 'keep';
    /** A line about the workspace shown in the bar, such as how many files were read. */
    readonly status?: string;
    /** Whether Back has somewhere to go. */
    readonly canGoBack?: boolean;
    /** Whether the page shows one element of the workspace (a service or an agreement), so Go to Source has a target. */
    readonly hasSource?: boolean;
    /** The text of a file of the site, by its path from the site root: the stylesheet and script the page links to. */
    readonly asset?: (path: string) => string | undefined;
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

export function webviewPolicy(nonce: string): string {
    return [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        "img-src 'none'",
        "font-src 'none'",
        "connect-src 'none'",
        "frame-src 'none'",
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
}

export function previewPage(page: string, options: PreviewPageOptions): string {
    if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce)) {
        throw new Error('The preview nonce must be at least 16 characters of base64.');
    }
    if (!CSP_META.test(page) || !/<body[\s>]/.test(page) || !page.includes('</body>')) {
        throw new Error(`The generated page ${options.pagePath} does not have the expected page shell.`);
    }
    const nonce = options.nonce;
    const asset = (href: string | undefined) => {
        const target = href !== undefined ? sitePath(options.pagePath, decodeEntities(href)) : undefined;
        return target && options.asset?.(target.path);
    };
    // Scripts the page loads from files run once the page is parsed; inlined, they go last to do the same.
    const loadedScripts: string[] = [];
    // User text in generated pages is escaped, so these tags are the generator's own.
    const rewritten = page
        .replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${webviewPolicy(nonce)}">`)
        .replace(/<link\b([^>]*)>|<style\b[^>]*>([\s\S]*?)<\/style>|<script\b([^>]*)>([\s\S]*?)<\/script>/g,
            (_tag, link: string | undefined, style: string | undefined, scriptAttributes: string | undefined, code: string | undefined) => {
                if (link !== undefined) {
                    const css = /\brel="stylesheet"/.test(link) ? asset(attributeOf(link, 'href')) : undefined;
                    // Anything else a page links (icons, preloads) could not load in the webview anyway.
                    return css !== undefined ? `<style nonce="${nonce}">${inlineText(themedStylesheet(css))}</style>` : '';
                }
                if (style !== undefined) {
                    return `<style nonce="${nonce}">${themedStylesheet(style)}</style>`;
                }
                const src = attributeOf(scriptAttributes!, 'src');
                if (src === undefined) {
                    return `<script nonce="${nonce}">${code}</script>`;
                }
                const loaded = asset(src);
                if (loaded !== undefined) loadedScripts.push(loaded);
                return '';
            })
        // Images are files of the site (the publisher's logo), which the webview cannot read:
        // without a source they show nothing and ask for nothing.
        .replace(/<img\b[^>]*>/g, tag => tag.replace(/\ssrc="[^"]*"/, ''))
        // The page's <body> may carry attributes; the bar goes right after it.
        .replace(/<body\b([^>]*)>/, (_tag, attributes: string) =>
            `<body${attributes}>\n<style nonce="${nonce}">${PREVIEW_STYLE}</style>\n${bar(options)}`);
    const scripts = loadedScripts.map(code => `<script nonce="${nonce}">${inlineText(code)}</script>\n`).join('');
    const end = rewritten.lastIndexOf('</body>');
    // The bridge before the site script, which may search at once (a query in the URL) and
    // must find the bridge's search source; the scroll after it, once it has shown what it reveals.
    return rewritten.slice(0, end)
        + `<script nonce="${nonce}">${bridgeScript(options.view)}</script>\n`
        + scripts
        + (options.scroll === 'keep' ? '' : `<script nonce="${nonce}">${scrollScript(options.scroll)}</script>\n`)
        + rewritten.slice(end);
}

function attributeOf(attributes: string, name: string): string | undefined {
    return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** Attribute values in generated pages are escaped; the few entities a path can hold are undone. */
function decodeEntities(value: string): string {
    return value.replace(/&(amp|quot|#39|lt|gt);/g, (_entity, name: string) =>
        ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name]!);
}

/**
 * A file's text that cannot end the element it is inlined into: no end tag at all. `<\/`
 * reads as `</` in a CSS or script string, the only places either has it.
 */
function inlineText(text: string): string {
    return text.replace(/<\//g, '<\\/');
}

function bar(options: PreviewPageOptions): string {
    const choices = CATALOG_VIEWS.map(view =>
        `<option value="${view}"${view === options.view ? ' selected' : ''}>${escapeHtml(VIEW_TITLES[view])}</option>`).join('');
    const status = options.status !== undefined ? `<span class="svcdef-preview-status">${escapeHtml(options.status)}</span>` : '';
    const button = (id: string, label: string, title: string, enabled: boolean) =>
        `<button type="button" id="${id}" title="${title}"${enabled ? '' : ' disabled'}>${label}</button>`;
    return `<div class="svcdef-preview-bar" role="toolbar" aria-label="Catalog preview">`
        + button('svcdef-preview-back', 'Back', 'Back to the previous page (Alt+Left)', options.canGoBack === true)
        + `<label for="svcdef-preview-view">View</label> <select id="svcdef-preview-view">${choices}</select>`
        + `<code class="svcdef-preview-page">${escapeHtml(options.pagePath)}</code>`
        + button('svcdef-preview-source', 'Go to source', 'Open the .svcdef declaration this page shows', options.hasSource === true)
        + button('svcdef-preview-browser', 'Open in browser', 'Write this view of the catalog and open this page in the browser', true)
        + `${status}</div>\n`;
}

/** A string literal that is safe inside an inline script, whatever the text holds. */
function scriptString(text: string): string {
    return JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * What the page may send the extension: `view`, `link`, `back`, `goToSource`,
 * `openInBrowser`, and `searchIndex` for a piece of the search index, which the extension
 * answers with a `searchIndex` message of the same id: `found` and the piece's data, or an
 * `error`. Ids are unique to the page, so an answer meant for a page since replaced finds
 * no taker.
 */
function bridgeScript(view: CatalogViewName): string {
    return `
(function () {
  var vscode = acquireVsCodeApi();
  document.getElementById('svcdef-preview-view').addEventListener('change', function (event) {
    vscode.postMessage({ type: 'view', view: event.target.value });
  });
  [['svcdef-preview-back', 'back'], ['svcdef-preview-source', 'goToSource'], ['svcdef-preview-browser', 'openInBrowser']].forEach(function (pair) {
    document.getElementById(pair[0]).addEventListener('click', function () { vscode.postMessage({ type: pair[1] }); });
  });
  document.addEventListener('keydown', function (event) {
    if (event.altKey && event.key === 'ArrowLeft' && !document.getElementById('svcdef-preview-back').disabled) {
      event.preventDefault();
      vscode.postMessage({ type: 'back' });
    }
  });
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    var href = link.getAttribute('href');
    if (href.charAt(0) === '#') return;
    event.preventDefault();
    vscode.postMessage({ type: 'link', href: href });
  });
  var searches = new Map();
  var searchPage = Math.random().toString(36).slice(2);
  var searchCount = 0;
  window[${scriptString(SEARCH_SOURCE)}] = function (kind, key) {
    return new Promise(function (resolve, reject) {
      var id = searchPage + ':' + (++searchCount);
      searches.set(id, { resolve: resolve, reject: reject });
      vscode.postMessage({ type: 'searchIndex', id: id, view: ${scriptString(view)}, kind: kind, key: key });
    });
  };
  window.addEventListener('message', function (event) {
    var answer = event.data;
    if (!answer || answer.type !== 'searchIndex' || !searches.has(answer.id)) return;
    var pending = searches.get(answer.id);
    searches.delete(answer.id);
    if (answer.found) pending.resolve(answer.data);
    else pending.reject(new Error(String(answer.error)));
  });
})();
`;
}

function scrollScript(scroll: 'top' | { readonly fragment: string }): string {
    // VS Code scrolls replaced webview content back to where the old content was, unless the
    // new content has scrolled itself by the time it loads: hence one pixel for "top".
    return scroll === 'top'
        ? 'window.scrollTo(0, 1);'
        : `(function () { var target = document.getElementById(${scriptString(scroll.fragment)}); if (target) target.scrollIntoView(); else window.scrollTo(0, 1); })();`;
}
