/**
 * Where the elements that have a page in the catalog site are declared, for the preview's
 * Go to Source: the page's path gives the element's catalog id (see catalog-paths.ts), and
 * the id gives its declaration in the workspace's documents. Nothing here depends on VS Code.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { nameOf } from '../generator/catalog-refs.js';
import type { Catalog } from '../generator/catalog-model.js';
import { catalogPaths } from '../generator/catalog-paths.js';
import { orderedByText } from '../generator/text-order.js';
import { isOla, isService, isSla, isUc, type Model } from '../language/generated/ast.js';
import type { SourceLocation } from '../protocol/svcdef-requests.js';

export type PageElementKind = 'service' | 'sla' | 'ola' | 'uc';

export interface PageElement {
    readonly kind: PageElementKind;
    /** The catalog id: the qualified name, suffixed `~2`, `~3` for later declarations of a repeated name. */
    readonly id: string;
}

/** The service or agreement the page at `pagePath` shows, if it shows one. */
export function pageElement(catalog: Catalog, pagePath: string): PageElement | undefined {
    const paths = catalogPaths(catalog);
    const service = catalog.services.find(entry => paths.serviceEntry(entry) === pagePath);
    if (service) return { kind: 'service', id: service.id };
    for (const agreements of [catalog.slas, catalog.olas, catalog.ucs]) {
        const agreement = agreements.find(entry => paths.agreementEntry(entry) === pagePath);
        if (agreement) return { kind: agreement.kind, id: agreement.id };
    }
    return undefined;
}

const IS_KIND: Readonly<Record<PageElementKind, (node: unknown) => boolean>> = { service: isService, sla: isSla, ola: isOla, uc: isUc };

/**
 * Where the element with this catalog id is declared (the range of its name). The catalog
 * numbers repeated names in the order it reads declarations: by document URI, then by
 * position in the document; this counts the same way.
 */
export function elementSource(models: readonly Model[], element: PageElement): SourceLocation | undefined {
    const suffix = /~(\d+)$/.exec(element.id);
    const name = suffix ? element.id.slice(0, suffix.index) : element.id;
    const ordinal = suffix ? Number(suffix[1]) : 1;
    const declarations = models.flatMap(model => {
        const uri = AstUtils.getDocument(model).uri.toString();
        return model.elements
            .filter(node => IS_KIND[element.kind](node) && typeof node.name === 'string' && node.name !== '' && nameOf(node) === name)
            .map(node => ({ node: node as AstNode, uri }));
    });
    const declaration = orderedByText(declarations, item => item.uri)[ordinal - 1];
    if (!declaration) return undefined;
    const cst = GrammarUtils.findNodeForProperty(declaration.node.$cstNode, 'name') ?? declaration.node.$cstNode;
    return cst && { uri: declaration.uri, range: cst.range };
}
