/**
 * The pieces of a view's search index, as each index file's call names its own: `m` the
 * manifest, `t` a shard of terms, `d` a block of result summaries. Kept free of imports: the
 * editor extension checks the kinds its preview asks for without bundling the generator.
 */
export const SEARCH_PIECE_KINDS = ['m', 't', 'd'] as const;
export type SearchPieceKind = typeof SEARCH_PIECE_KINDS[number];

export function isSearchPieceKind(value: unknown): value is SearchPieceKind {
    return (SEARCH_PIECE_KINDS as readonly unknown[]).includes(value);
}
