/**
 * Paper: agreement pages and SLA documents print on A4 with margins and "Page N of M" at the
 * foot of every page (CSS page-margin boxes, which Chromium renders since version 131),
 * without navigation or filters, and with each address spelled out after its link.
 * The document's name is not repeated as a running header: Chromium supports neither
 * `string-set` nor `position: running()`, and one stylesheet serves every document.
 */
export const PRINT_STYLE = `
@page{size:A4;margin:18mm 16mm 20mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt system-ui,sans-serif;color:#4b5663}}
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
