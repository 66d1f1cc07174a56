/**
 * The look of the dependency and commitment-chain diagrams. Colours come from the page's
 * custom properties and `currentColor`, so the diagrams follow the light and dark themes
 * of the rest of the page; nothing here is inline, as the Content-Security-Policy wants.
 */
export const DIAGRAM_STYLE = `
.diagram-figure{margin:1rem 0}
.diagram-figure figcaption{font-size:.9rem;margin-top:.35rem}
.diagram{display:block;color:var(--fg);font:13px system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.diagram text{text-anchor:middle}
.diagram-fit{max-width:100%;height:auto}
.diagram-wide{max-width:none}
.diagram-frame{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:.3rem;padding:.25rem}
.diagram-frame:focus{outline:2px solid var(--accent);outline-offset:2px}
.diagram-edge{fill:none;stroke:var(--muted);stroke-width:1.3}
.diagram-edge-dashed{stroke-dasharray:5 4}
.diagram-arrow path{fill:var(--muted)}
.diagram-node rect{fill:var(--soft);stroke:var(--line);stroke-width:1.2}
.diagram-node text{fill:var(--fg)}
.diagram-node text.diagram-note{fill:var(--muted);font-size:11px}
a.diagram-node text.diagram-label{fill:var(--accent);text-decoration:underline}
a.diagram-node:hover rect,a.diagram-node:focus rect{stroke:var(--accent);stroke-width:2}
a.diagram-node:focus{outline:none}
.diagram-current rect{stroke:var(--accent);stroke-width:2.4}
.diagram-current text.diagram-label{font-weight:600}
.diagram-group rect{fill:none;stroke-dasharray:4 3}
.diagram-more rect{fill:none;stroke-dasharray:2 3}
.diagram-more text{fill:var(--muted)}
`;
