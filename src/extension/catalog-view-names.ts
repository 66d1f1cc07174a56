/**
 * The catalog's views as the extension offers them (the view picker, the preview's bar,
 * the `svcdef.catalog.view` setting): the generator's own names and words, from a file of
 * the core that imports nothing, so the extension names the views without bundling the
 * generator that renders them.
 */
export { CATALOG_VIEWS, VIEW_PURPOSES, VIEW_TITLES, isCatalogViewName, type CatalogViewName } from '../generator/catalog-view-names.js';

/** The home page of every view's site (catalog-view-names.test.ts pins it to the generator's). */
export const INDEX = 'index.html';
