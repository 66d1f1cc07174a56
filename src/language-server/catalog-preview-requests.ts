/**
 * `svcdef/previewPage`, `svcdef/elementSource` and `svcdef/searchIndexPiece`: the catalog
 * preview's pages, their Go to Source and their search, answered from the view's model the
 * cache holds.
 */
import { catalogHtmlFiles } from '../generator/catalog-html.js';
import { isCatalogViewName, type CatalogViewName } from '../generator/catalog-views.js';
import { isSearchPieceKind } from '../generator/search-piece-kinds.js';
import type { SvcdefServices } from '../language/svcdef-module.js';
import type { PreviewPageParams, PreviewPageResult, SearchIndexPieceParams, SourceLocation } from '../protocol/svcdef-requests.js';
import type { CatalogViewCache } from './catalog-view-cache.js';
import { elementSource, pageElement } from './element-sources.js';
import { PreviewSearchIndexes, viewSearchIndex } from './preview-search-index.js';
import { pageOfSite } from './preview-site.js';

export class CatalogPreviewRequests {
    private readonly searchIndexes: PreviewSearchIndexes;

    constructor(private readonly views: CatalogViewCache, private readonly services: SvcdefServices) {
        this.searchIndexes = new PreviewSearchIndexes(view => viewSearchIndex(view, services.a2.Model));
    }

    previewPage(params: PreviewPageParams): Promise<PreviewPageResult> {
        const view = checkedView(params);
        return this.views.with(view, (catalogView, documents) => {
            const page = pageOfSite(catalogHtmlFiles(catalogView, { a2: this.services.a2.Model }), params.path);
            if (!page) return { missing: true };
            return {
                path: page.path,
                content: page.content,
                assets: [...page.assets],
                hasSource: pageElement(catalogView.catalog, page.path) !== undefined,
                files: documents.length
            };
        });
    }

    elementSource(params: PreviewPageParams): Promise<SourceLocation | null> {
        const view = checkedView(params);
        return this.views.with(view, (catalogView, documents) => {
            const element = pageElement(catalogView.catalog, params.path);
            return (element && elementSource(documents.map(document => document.parseResult.value), element)) ?? null;
        });
    }

    /** The data of a piece of the view's search index (see preview-search-index.ts); null when the index has no such piece. */
    searchIndexPiece(params: SearchIndexPieceParams): Promise<unknown> {
        const view = checkedView(params);
        if (!isSearchPieceKind(params.kind) || typeof params.key !== 'string') {
            throw new Error(`Unknown search index piece '${String(params.kind)}:${String(params.key)}': ask for kind m, t or d with a string key.`);
        }
        return this.views.with(view, catalogView => this.searchIndexes.piece(catalogView, params.kind, params.key) ?? null);
    }
}

function checkedView(params: { readonly view: CatalogViewName }): CatalogViewName {
    if (typeof params?.view !== 'string' || !isCatalogViewName(params.view)) {
        throw new Error(`Unknown catalog view '${String(params?.view)}': ask for customer, user or support.`);
    }
    return params.view;
}
