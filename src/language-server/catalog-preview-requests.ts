/**
 * `svcdef/previewPage` and `svcdef/elementSource`: the catalog preview's pages and their
 * Go to Source, answered from the view's model the cache holds.
 */
import { catalogHtmlFiles } from '../generator/catalog-html.js';
import { isCatalogViewName } from '../generator/catalog-views.js';
import type { SvcdefServices } from '../language/svcdef-module.js';
import type { PreviewPageParams, PreviewPageResult, SourceLocation } from '../protocol/svcdef-requests.js';
import type { CatalogViewCache } from './catalog-view-cache.js';
import { elementSource, pageElement } from './element-sources.js';
import { pageOfSite } from './preview-site.js';

export class CatalogPreviewRequests {
    constructor(private readonly views: CatalogViewCache, private readonly services: SvcdefServices) {}

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
}

function checkedView(params: PreviewPageParams): PreviewPageParams['view'] {
    if (typeof params?.view !== 'string' || !isCatalogViewName(params.view)) {
        throw new Error(`Unknown catalog view '${String(params?.view)}': ask for customer, user or support.`);
    }
    return params.view;
}
