/**
 * The style of the index page's search box, its results and the service list's sort
 * buttons, all made visible by the site script. Uses the colour properties of
 * style-colours.ts, so the dark scheme applies without rules of its own.
 */
export const SEARCH_STYLE = `
.site-search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1rem 0}
.site-search label{flex:1 1 100%;font-weight:600}
.site-search input{flex:1 1 16rem;min-width:0;font:inherit;padding:.4rem .6rem;min-height:2.5rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg)}
.site-search button,#search-more{font:inherit;padding:.4rem .8rem;min-height:2.5rem}
.search-results{margin:0 0 1.5rem;padding:.75rem 1rem;border:1px solid var(--line);border-radius:.3rem}
.search-results ol{margin:.25rem 0;padding-left:1.4rem}
.search-results li{margin:.35rem 0;overflow-wrap:anywhere}
.search-kind{color:var(--muted);font-size:.85rem}
.search-detail{display:block;color:var(--muted);font-size:.9rem}
.sort-button{font:inherit;font-weight:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}
.sort-button::after{content:" \\2195";color:var(--muted)}
th[aria-sort=ascending] .sort-button::after{content:" \\2191"}
th[aria-sort=descending] .sort-button::after{content:" \\2193"}
@media print{.site-search,.search-results{display:none!important}}
`.trim();
