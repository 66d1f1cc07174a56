/**
 * The coverage heatmap's style: a row per process whose activity cells wrap, so the seven
 * processes and 49 activities fit a 1280-pixel screen without scrolling sideways and stay
 * usable on a 390-pixel phone. Each state has its own colour in light and dark schemes,
 * but the cell's mark and (for screen readers) its words carry the state too.
 */
export const COVERAGE_STYLE = `
:root{--cov-bound:#cdebd6;--cov-bound-edge:#2e7d46;--cov-inherited:#dbe9f7;--cov-inherited-edge:#3a6ea5;--cov-none:#f7e1e1;--cov-none-edge:#b04a4a}
@media (prefers-color-scheme:dark){:root{--cov-bound:#173722;--cov-bound-edge:#4caf6e;--cov-inherited:#15293f;--cov-inherited-edge:#5b8fd0;--cov-none:#3a1a1e;--cov-none-edge:#c46a6a}}
.heatmap-legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.25rem;margin:.5rem 0 1rem;padding:0}
.heatmap-swatch{display:inline-block;min-width:1.7rem;text-align:center;border:1px solid;border-radius:.25rem;font-weight:700;color:var(--fg)}
.heatmap{display:grid;gap:.6rem;margin:0 0 1.5rem}
.heatmap-row{display:grid;grid-template-columns:minmax(0,13rem) minmax(0,1fr);gap:.4rem 1rem;align-items:start;border-top:1px solid var(--line);padding-top:.6rem}
.heatmap-process{margin:0;font-size:.95rem;line-height:1.3}
.heatmap-process-state{display:block;font-weight:400;font-size:.85rem;color:var(--muted)}
.heatmap-cells{list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(6rem,1fr));gap:.3rem;margin:0;padding:0}
.heatmap-cell{min-width:0;padding:.3rem;border:1px solid;border-radius:.25rem;font-size:.75rem;line-height:1.25;overflow-wrap:break-word;hyphens:auto;color:var(--fg)}
.heatmap-mark{font-weight:700}
.heatmap-id{font-weight:700}
.heatmap-name{display:block}
.heatmap-state{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.state-bound{background:var(--cov-bound);border-color:var(--cov-bound-edge)}
.state-through-process,.state-through-category{background:var(--cov-inherited);border-color:var(--cov-inherited-edge)}
.state-not-covered{background:var(--cov-none);border-color:var(--cov-none-edge)}
ul.uncovered ul{padding-left:1.1rem;margin:.2rem 0 .6rem}
@media (max-width:40rem){.heatmap-row{grid-template-columns:minmax(0,1fr)}}
@media print{.heatmap-cell,.heatmap-swatch{print-color-adjust:exact;-webkit-print-color-adjust:exact}.heatmap-row{break-inside:avoid}}
`.trim();
