import { describe, expect, it } from 'vitest';
import { INDEX as GENERATOR_INDEX } from '../generator/catalog-html.js';
import * as generator from '../generator/catalog-views.js';
import { CATALOG_VIEWS, INDEX, VIEW_PURPOSES, VIEW_TITLES, isCatalogViewName } from './catalog-view-names.js';

describe('the views the extension names', () => {
    it('are the generator\'s own views, titles and purposes, not copies of them', () => {
        expect(CATALOG_VIEWS).toBe(generator.CATALOG_VIEWS);
        expect(VIEW_TITLES).toBe(generator.VIEW_TITLES);
        expect(VIEW_PURPOSES).toBe(generator.VIEW_PURPOSES);
        expect(INDEX).toBe(GENERATOR_INDEX);
    });

    it('accept only those names', () => {
        expect(isCatalogViewName('support')).toBe(true);
        expect(isCatalogViewName('admin')).toBe(false);
    });
});
