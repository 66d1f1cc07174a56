/**
 * The page itself: type, header with the publisher's name and logo, navigation,
 * breadcrumbs, footer, facts, badges and filters. Sizes are fluid so that nothing forces a
 * phone (390 px) to scroll sideways; long words and addresses wrap anywhere.
 */
export const LAYOUT_STYLE = `
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
img,svg{max-width:100%;height:auto}
.skip-link{position:absolute;left:-100vw;top:0}
.skip-link:focus{left:1rem;top:1rem;z-index:20;background:var(--bg);padding:.5rem .75rem;border:2px solid var(--accent)}
.site-header,.site-nav,.breadcrumbs,main,.site-footer{max-width:74rem;margin:0 auto;padding-left:1.25rem;padding-right:1.25rem}
.site-header{padding-top:1.25rem}
.site-name{margin:0;font-size:1.05rem;font-weight:600}
.site-name a{color:inherit;text-decoration:none;display:inline-flex;align-items:center;gap:.6rem}
.site-logo{height:2rem;width:auto;max-width:10rem}
.view-name{color:var(--muted);font-size:.95rem;margin:.15rem 0 0}
.site-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.75rem 0 0;padding:0 0 .75rem;border-bottom:1px solid var(--line)}
.breadcrumbs ol{list-style:none;display:flex;flex-wrap:wrap;margin:.75rem 0 0;padding:0;font-size:.9rem;color:var(--muted)}
.breadcrumbs li+li::before{content:"›";padding:0 .45rem;color:var(--muted)}
main{padding-top:.5rem;padding-bottom:2rem}
h1{font-size:1.8rem;line-height:1.25;margin:1rem 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .4rem}
a{color:var(--accent)}
a:focus-visible,select:focus-visible,button:focus-visible,input:focus-visible,.table-wrap:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;background:var(--soft);padding:0 .2em;border-radius:.2em}
.subtitle{color:var(--muted);margin:0 0 1rem}
.muted{color:var(--muted)}
dl.facts{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.3rem 1.25rem;margin:.5rem 0 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
ul.plain{padding-left:1.1rem}
.badge{display:inline-block;padding:0 .45rem;border:1px solid currentColor;border-radius:.3rem;font-size:.8rem;font-weight:600;vertical-align:middle;white-space:nowrap}
.badge-live{color:var(--live)}.badge-retiring{color:var(--retiring)}.badge-retired{color:var(--retired)}
.badge-planned,.badge-pipeline{color:var(--planned)}.badge-draft{color:var(--draft)}.badge-finalized{color:var(--live)}
.filters{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:flex-end;margin:1rem 0;padding:.75rem 1rem;background:var(--soft);border:1px solid var(--line);border-radius:.3rem}
.filters label{display:block;font-weight:600;font-size:.9rem;margin-bottom:.2rem}
.filters select,.filters button,.filters input{font:inherit;padding:.3rem .5rem;min-height:2.25rem;max-width:100%}
.filter-count{margin:.25rem 0 0;color:var(--muted)}
.draft-banner{margin:1rem 0;padding:.6rem 1rem;border:2px solid var(--draft);color:var(--draft);background:var(--draft-bg);font-weight:700}
.draft-mark{position:fixed;top:.75rem;right:.75rem;z-index:30;padding:.2rem .6rem;background:var(--draft);color:var(--bg);font-weight:700;letter-spacing:.1em;pointer-events:none}
.mark{font-weight:700}
.site-footer{border-top:1px solid var(--line);padding-top:1rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem}
.print-only{display:none}
.signatures{grid-template-columns:repeat(auto-fill,minmax(min(16rem,100%),1fr));gap:1.5rem 2.5rem}
.signatures h2{grid-column:1/-1}
.signature-party{font-weight:600;margin:0 0 .5rem}
.signature-line{margin:0;padding-top:2.2rem;border-bottom:1px solid var(--fg);font-size:.8rem;color:var(--muted)}
@media (max-width:40rem){
 .site-header,.site-nav,.breadcrumbs,main,.site-footer{padding-left:.9rem;padding-right:.9rem}
 h1{font-size:1.5rem}
 dl.facts{grid-template-columns:minmax(0,1fr);gap:0}
 dl.facts dd{margin:0 0 .5rem}
 .filters{padding:.6rem .75rem}
 .filters>div{flex:1 1 100%}
 .filters select{width:100%}
}
`.trim();
