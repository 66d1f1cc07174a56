/**
 * Turns a page of the generated catalog site into a page for the preview webview. The
 * generator's pages pin their inline style and script by hash; the webview gets its own
 * policy instead, in which nothing loads from anywhere and only elements carrying this
 * render's nonce may style or script the page. A small bar on top switches the view, and
 * a bridge script hands link clicks to the extension, because a webview cannot navigate
 * between files by itself.
 */
import { CATALOG_VIEWS, VIEW_TITLES, type CatalogViewName } from '../generator/catalog-views.js';
import { escapeHtml } from '../generator/html-markup.js';

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
    if (!CSP_META.test(page) || !page.includes('<body>') || !page.includes('</body>')) {
        throw new Error(`The generated page ${options.pagePath} does not have the expected page shell.`);
    }
    const nonce = options.nonce;
    return page
        .replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${webviewPolicy(nonce)}">`)
        // User text in generated pages is escaped, so these tags are the generator's own.
        .replace(/<(style|script)>/g, `<$1 nonce="${nonce}">`)
        .replace('<body>', `<body>\n<style nonce="${nonce}">${BAR_STYLE}</style>\n${bar(options)}`)
        .replace('</body>', `<script nonce="${nonce}">${bridgeScript(options.scroll)}</script>\n</body>`);
}

function bar(options: PreviewPageOptions): string {
    const choices = CATALOG_VIEWS.map(view =>
        `<option value="${view}"${view === options.view ? ' selected' : ''}>${escapeHtml(VIEW_TITLES[view])}</option>`).join('');
    const status = options.status !== undefined ? `<span class="svcdef-preview-status">${escapeHtml(options.status)}</span>` : '';
    return `<div class="svcdef-preview-bar" role="toolbar" aria-label="Catalog preview">`
        + `<label for="svcdef-preview-view">View</label> <select id="svcdef-preview-view">${choices}</select>`
        + `<code class="svcdef-preview-page">${escapeHtml(options.pagePath)}</code>${status}</div>\n`;
}

/** A string literal that is safe inside an inline script, whatever the text holds. */
function scriptString(text: string): string {
    return JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function bridgeScript(scroll: PreviewPageOptions['scroll']): string {
    // VS Code scrolls replaced webview content back to where the old content was, unless the
    // new content has scrolled itself by the time it loads: hence one pixel for "top".
    const scrollStatement = scroll === 'keep'
        ? ''
        : scroll === 'top'
            ? 'window.scrollTo(0, 1);'
            : `var target = document.getElementById(${scriptString(scroll.fragment)}); if (target) target.scrollIntoView(); else window.scrollTo(0, 1);`;
    return `
(function () {
  var vscode = acquireVsCodeApi();
  document.getElementById('svcdef-preview-view').addEventListener('change', function (event) {
    vscode.postMessage({ type: 'view', view: event.target.value });
  });
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    var href = link.getAttribute('href');
    if (href.charAt(0) === '#') return;
    event.preventDefault();
    vscode.postMessage({ type: 'link', href: href });
  });
  ${scrollStatement}
})();
`;
}

const BAR_STYLE = `
.svcdef-preview-bar{position:sticky;top:0;z-index:40;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.4rem 1.25rem;background:#eef2f6;border-bottom:1px solid #d3d9e1;font:13px/1.4 system-ui,sans-serif;color:#1b2129}
.svcdef-preview-bar label{font-weight:600}
.svcdef-preview-bar select{font:inherit;padding:.1rem .3rem}
.svcdef-preview-page{background:none;color:#4b5663}
.svcdef-preview-status{color:#4b5663;margin-left:auto}
`;
