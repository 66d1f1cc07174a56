/**
 * Tables at every width. Ordinary tables (class `cards`) turn into one card per row on a
 * narrow screen, each cell introduced by its column header from its `data-label`, so a
 * phone never scrolls sideways. Wide matrices instead scroll inside their own focusable
 * region (`.table-wrap.scroll`), whose edge shadows show that there is more to see.
 * Cells break only overlong words (`break-word`, not the page's `anywhere`), so a column is
 * never squeezed narrower than its longest word. A table's layout is contained: typing in
 * the search box of a 10,000-row home page otherwise lays out the whole list again on
 * every keystroke (65–145 ms against about 20 ms, measured in Chromium).
 */
export const TABLE_STYLE = `
.table-wrap{max-width:100%;overflow-x:auto;contain:content}
.table-wrap.scroll{margin:.5rem 0 1.25rem;border:1px solid var(--line);border-radius:.3rem;background:linear-gradient(to right,var(--bg) 30%,transparent) left/2.5rem 100% no-repeat local,linear-gradient(to left,var(--bg) 30%,transparent) right/2.5rem 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.22),transparent) left/.9rem 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.22),transparent) right/.9rem 100% no-repeat scroll}
.table-wrap.scroll table{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line);overflow-wrap:break-word}
thead th{background:var(--soft);border-bottom:2px solid var(--line);overflow-wrap:normal}
table.matrix{width:auto;min-width:100%}
table.matrix td,table.matrix th{border:1px solid var(--line);font-size:.9rem}
td.bound{background:var(--bound)}
td.unbound{color:var(--muted)}
td.absent{background:var(--soft)}
@media (max-width:40rem){
 table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block;width:100%}
 table.cards caption{display:block}
 table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
 table.cards tr{margin:0 0 .75rem;padding:.5rem .75rem;border:1px solid var(--line);border-radius:.3rem}
 table.cards th,table.cards td{border:0;padding:.2rem 0}
 table.cards tbody th{font-size:1.05rem}
 table.cards td::before{content:attr(data-label);display:block;font-size:.8rem;font-weight:600;color:var(--muted)}
 table.cards td[data-label=""]::before{content:none}
 table.cards td:empty{display:none}
}
`.trim();
