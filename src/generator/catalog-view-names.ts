/**
 * The names of the catalog's three views and how they are described to people choosing one.
 * Kept free of imports: the editor extension names the views in its picker and preview bar
 * without bundling the generator that renders them.
 */
export const CATALOG_VIEWS = ['customer', 'user', 'support'] as const;
export type CatalogViewName = typeof CATALOG_VIEWS[number];

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

export function isCatalogViewName(value: string): value is CatalogViewName {
    return (CATALOG_VIEWS as readonly string[]).includes(value);
}
