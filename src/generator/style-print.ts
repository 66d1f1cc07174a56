/**
 * Paper: agreement pages and SLA documents print on A4 with margins, the agreement's identity
 * at the top and "Page N of M" at the foot of every page (CSS page-margin boxes, which Chromium
 * renders since version 131), without navigation or filters, and with each address spelled
 * out after its link.
 * The running header is a margin box too, so it can never overlap the body text. Its text
 * cannot come from `string-set` or `position: running()` (Chromium supports neither), nor from
 * a style of the page's own (the Content-Security-Policy forbids inline style, and one
 * stylesheet serves every document): the page carries it in `data-running-header` on its root
 * element, `attr()` (any property since Chromium 133) copies it into a custom property, and the
 * page context inherits that from the root. A browser without either feature prints no header,
 * never a wrong one; a page without the attribute (every page but an agreement's) has none.
 */
export const PRINT_STYLE = `
:root[data-running-header]{--running-header:attr(data-running-header)}
@page{size:A4;margin:18mm 16mm 20mm;@top-left{content:var(--running-header);font:9pt system-ui,sans-serif;color:#4b5663;vertical-align:bottom;padding-bottom:4mm}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt system-ui,sans-serif;color:#4b5663}}
@media print{
 :root{color-scheme:light;--bg:#fff;--fg:#000;--muted:#333;--line:#999;--soft:#f2f2f2;--accent:#000}
 .print-only{display:block}
 .signatures{display:grid}
 body{font-size:10.5pt;background:#fff}
 .site-nav,.filters,.filter-count,.breadcrumbs,.skip-link{display:none!important}
 .site-header,.site-nav,main,.site-footer{max-width:none;padding:0}
 a{color:inherit}
 a[href^="http"]::after,a[href^="mailto:"]::after{content:" <" attr(href) ">";font-size:.85em;word-break:break-all}
 thead{display:table-header-group}
 tr,dl.facts,.draft-banner,.signature{break-inside:avoid}
 .signatures{break-before:auto;margin-top:2rem}
 h1,h2,h3{break-after:avoid}
 .draft-mark{position:fixed;top:42%;left:0;right:0;padding:0;text-align:center;background:none;color:rgba(163,19,43,.18);font-size:110pt;transform:rotate(-28deg)}
 td.bound{background:none;font-weight:600}
 .table-wrap{overflow:visible;contain:none}
 .table-wrap.scroll{border:0;background:none}
}
`.trim();
