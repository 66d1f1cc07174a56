/**
 * The catalog's views as the extension offers them (the view picker, the preview's bar,
 * the `svcdef.catalog.view` setting). The server renders the views; the extension only
 * names them, so it keeps these few words rather than bundling the generator for them
 * (catalog-view-names.test.ts pins them to the generator's).
 */
import type { CatalogViewName } from '../protocol/svcdef-requests.js';

export type { CatalogViewName } from '../protocol/svcdef-requests.js';

export const CATALOG_VIEWS: readonly CatalogViewName[] = ['customer', 'user', 'support'];

export const VIEW_TITLES: Readonly<Record<CatalogViewName, string>> = {
    customer: 'Customer view',
    user: 'User view',
    support: 'Support view'
};

export const VIEW_PURPOSES: Readonly<Record<CatalogViewName, string>> = {
    customer: 'What is offered: services, their status, offerings and prices, service hours and the service level agreements available.',
    user: 'How to request each service and where to get support, with the service levels that apply.',
    support: 'Everything, including technical services, internal notes, dependencies, underpinning agreements, demand and A2 process coverage.'
};

/** The home page of every view's site. */
export const INDEX = 'index.html';

export function isCatalogViewName(value: string): value is CatalogViewName {
    return (CATALOG_VIEWS as readonly string[]).includes(value);
}
