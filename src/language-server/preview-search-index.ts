/**
 * The search index of the view the preview shows, as pieces of data: the same pieces
 * `svcdef generate catalog` writes into the view's `search/` folder (from the same
 * documents, by the same builder), kept as the data each file hands to the site script, so
 * the preview's bridge passes data and never code. Built once per view model the cache
 * holds, on the first search, and let go with that model.
 */
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { SiteContext } from '../generator/catalog-html.js';
import { catalogPaths } from '../generator/catalog-paths.js';
import type { CatalogView } from '../generator/catalog-views.js';
import { searchDocuments, searchIndexPieces, type SearchIndexPiece } from '../generator/search-index.js';

/** A piece's name as its file's call gives it: kind and key. */
type PieceName = `${SearchIndexPiece['kind']}:${string}`;

/** Every piece of the view's index, by kind and key, as the generator builds them for the view's site. */
export function viewSearchIndex(view: CatalogView, a2: A2ReferenceModel): ReadonlyMap<PieceName, unknown> {
    const site = new SiteContext(view, catalogPaths(view.catalog), { a2 });
    const documents = searchDocuments(view, site.paths, name => site.customerName(name));
    return new Map([...searchIndexPieces(documents)].map(piece => [`${piece.kind}:${piece.key}` as const, piece.data]));
}

export class PreviewSearchIndexes {
    /** Keyed by the model: a model the cache lets go takes its index with it. */
    private readonly built = new WeakMap<CatalogView, ReadonlyMap<PieceName, unknown>>();

    constructor(private readonly build: (view: CatalogView) => ReadonlyMap<PieceName, unknown>) {}

    /** The data of the piece, or undefined when the view's index has no such piece. */
    piece(view: CatalogView, kind: SearchIndexPiece['kind'], key: string): unknown {
        let pieces = this.built.get(view);
        if (!pieces) {
            pieces = this.build(view);
            this.built.set(view, pieces);
        }
        return pieces.get(`${kind}:${key}`);
    }
}
