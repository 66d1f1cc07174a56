/**
 * The page shell every generated HTML file shares: a self-contained document that opens
 * from the file system with no network request. Style and script are inlined and pinned
 * by hash in a Content-Security-Policy, so even a value that escaped escaping could not
 * load or run anything.
 */
import { createHash } from 'node:crypto';
import { escapeHtml, html, trustedMarkup, type HtmlValue, type Markup } from './html-markup.js';

export const PAGE_STYLE = `
:root{color-scheme:light;--fg:#1b2129;--muted:#4b5663;--line:#d3d9e1;--soft:#f2f5f8;--accent:#0a58a8;--draft:#a3132b}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff}
.skip-link{position:absolute;left:-100vw;top:0}
.skip-link:focus{left:1rem;top:1rem;z-index:20;background:#fff;padding:.5rem .75rem;border:2px solid var(--accent)}
.site-header,.site-nav,main,.site-footer{max-width:74rem;margin:0 auto;padding-left:1.25rem;padding-right:1.25rem}
.site-header{padding-top:1.25rem}
.site-name{margin:0;font-size:1.05rem;font-weight:600}
.site-name a{color:inherit;text-decoration:none}
.view-name{color:var(--muted);font-size:.95rem;margin:.15rem 0 0}
.site-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.75rem 0 0;padding:0 0 .75rem;border-bottom:1px solid var(--line)}
main{padding-top:.5rem;padding-bottom:2rem}
h1{font-size:1.8rem;line-height:1.25;margin:1rem 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .4rem}
a{color:var(--accent)}
a:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #e8a317;outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;background:var(--soft);padding:0 .2em;border-radius:.2em}
.subtitle{color:var(--muted);margin:0 0 1rem}
.muted{color:var(--muted)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);border-bottom:2px solid var(--line)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.25rem;margin:.5rem 0 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
ul.plain{padding-left:1.1rem}
.badge{display:inline-block;padding:0 .45rem;border:1px solid currentColor;border-radius:.3rem;font-size:.8rem;font-weight:600;vertical-align:middle;white-space:nowrap}
.badge-live{color:#11652c}.badge-retiring{color:#8a5a00}.badge-retired{color:#5c6670}
.badge-planned,.badge-pipeline{color:#0a58a8}.badge-draft{color:var(--draft)}.badge-finalized{color:#11652c}
.filters{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:flex-end;margin:1rem 0;padding:.75rem 1rem;background:var(--soft);border:1px solid var(--line);border-radius:.3rem}
.filters label{display:block;font-weight:600;font-size:.9rem;margin-bottom:.2rem}
.filters select,.filters button{font:inherit;padding:.3rem .5rem;min-height:2.25rem}
.filter-count{margin:.25rem 0 0;color:var(--muted)}
.draft-banner{margin:1rem 0;padding:.6rem 1rem;border:2px solid var(--draft);color:var(--draft);background:#fff3f4;font-weight:700}
.draft-mark{position:fixed;top:.75rem;right:.75rem;z-index:30;padding:.2rem .6rem;background:var(--draft);color:#fff;font-weight:700;letter-spacing:.1em;pointer-events:none}
table.matrix td,table.matrix th{border:1px solid var(--line);font-size:.9rem}
td.bound{background:#e4f3e8}
td.unbound{color:var(--muted)}
td.absent{background:var(--soft)}
.mark{font-weight:700}
.site-footer{border-top:1px solid var(--line);padding-top:1rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem}
.print-only{display:none}
.signatures{grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1.5rem 2.5rem}
.signatures h2{grid-column:1/-1}
.signature-party{font-weight:600;margin:0 0 .5rem}
.signature-line{margin:0;padding-top:2.2rem;border-bottom:1px solid var(--fg);font-size:.8rem;color:var(--muted)}
@media print{
 .print-only{display:block}
 .signatures{display:grid}
 body{font-size:10.5pt}
 .site-nav,.filters,.filter-count,.skip-link{display:none!important}
 .site-header,.site-nav,main,.site-footer{max-width:none;padding:0}
 a{color:inherit}
 a[href^="http"]::after,a[href^="mailto:"]::after{content:" <" attr(href) ">";font-size:.85em;word-break:break-all}
 thead{display:table-header-group}
 tr,dl.facts,.draft-banner,.signature{break-inside:avoid}
 .signatures{break-before:auto;margin-top:2rem}
 h1,h2,h3{break-after:avoid}
 .draft-mark{position:fixed;top:42%;left:0;right:0;padding:0;text-align:center;background:none;color:rgba(163,19,43,.18);font-size:110pt;transform:rotate(-28deg)}
 td.bound{background:none;font-weight:600}
}
`.trim();

/** Reveals the filter form and hides rows that do not match; without it every row stays visible. */
export const FILTER_SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('#service-list tbody tr'));
  var count = document.getElementById('filter-count');
  function selected(id) { return document.getElementById(id).value; }
  function apply() {
    var status = selected('filter-status'), category = selected('filter-category'), customer = selected('filter-customer');
    var shown = 0;
    rows.forEach(function (row) {
      var customers = ' ' + (row.getAttribute('data-customers') || '') + ' ';
      var match = (!status || row.getAttribute('data-status') === status)
        && (!category || row.getAttribute('data-category') === category)
        && (!customer || customers.indexOf(' ' + customer + ' ') >= 0);
      row.hidden = !match;
      if (match) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' services shown';
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
`.trim();

export interface NavItem {
    readonly label: string;
    readonly href: string;
    readonly current?: boolean;
}

/** Everything of a page that its site shares: the same on every page at one folder depth. */
export interface ShellOptions {
    /** Shown in the header above the navigation. */
    readonly siteName: string;
    /** Relative href of the site's home page, when the page belongs to a site. */
    readonly homeHref?: string;
    /** A line under the site name, such as the view. */
    readonly tagline?: string;
    readonly nav: readonly NavItem[];
    readonly script?: string;
    readonly footer: HtmlValue;
}

/** What is particular to one page. */
export interface PageContent {
    /** The document title, without the site name. */
    readonly title: string;
    readonly body: Markup;
    readonly draft?: boolean;
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

export function pageShell(options: ShellOptions): PageShell {
    const scriptHash = options.script ? ` 'sha256-${hashOf(options.script)}'` : '';
    const policy = `default-src 'none'; style-src 'sha256-${hashOf(PAGE_STYLE)}'; script-src${scriptHash || " 'none'"}; `
        + `img-src 'none'; base-uri 'none'; form-action 'none'`;
    const siteName = options.homeHref
        ? html`<a href="${options.homeHref}">${options.siteName}</a>`
        : options.siteName;
    const beforeTitle = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="svcdef">
<title>`.text;
    const afterTitle = html` · ${options.siteName}</title>
<style>${trustedMarkup(PAGE_STYLE)}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
`.text;
    const beforeBody = html`<header class="site-header">
<p class="site-name">${siteName}</p>
${options.tagline ? html`<p class="view-name">${options.tagline}</p>\n` : ''}</header>
${options.nav.length > 0 ? html`<nav class="site-nav" aria-label="Site">
<ul>
${options.nav.map(item => html`<li><a href="${item.href}"${item.current ? html` aria-current="page"` : ''}>${item.label}</a></li>\n`)}</ul>
</nav>
` : ''}<main id="main">
`.text;
    const afterBody = html`</main>
<footer class="site-footer">
${options.footer}
</footer>
${options.script ? html`<script>${trustedMarkup(options.script)}</script>\n` : ''}</body>
</html>
`.text;
    return {
        render: page => {
            const title = page.draft ? `DRAFT – ${page.title}` : page.title;
            return beforeTitle + escapeHtml(title) + afterTitle
                + (page.draft ? DRAFT_MARK : '')
                + beforeBody + page.body.text + afterBody;
        }
    };
}

const DRAFT_MARK = '<div class="draft-mark" aria-hidden="true">DRAFT</div>\n';

/** Hashes of the few constant styles and scripts, each computed once rather than once per page. */
const hashes = new Map<string, string>();

function hashOf(text: string): string {
    let hash = hashes.get(text);
    if (hash === undefined) {
        hash = createHash('sha256').update(text, 'utf8').digest('base64');
        hashes.set(text, hash);
    }
    return hash;
}
