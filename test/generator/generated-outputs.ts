import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { CATALOG_VIEWS } from '../../src/generator/catalog-views.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { CATALOG_FORMATS, catalogOutputs, coverageOutputs, slaOutputs } from '../../src/generator/output-layout.js';

/** Every catalog file of every view and format, as `svcdef generate catalog` writes them. */
export function allCatalogFiles(catalog: Catalog): GeneratedFile[] {
    return catalogOutputs(catalog, { views: [...CATALOG_VIEWS], formats: [...CATALOG_FORMATS], a2: a2Model });
}

/** SLA documents of one view, prefixed with the view so both views can sit in one list. */
export function slaFiles(catalog: Catalog, view: 'customer' | 'support'): GeneratedFile[] {
    return slaOutputs(catalog, { names: [], view, formats: ['html', 'md'] }).files
        .map(file => ({ path: `sla-${view}/${file.path}`, content: file.content }));
}

export function coverageFiles(catalog: Catalog): GeneratedFile[] {
    return coverageOutputs(catalog, { a2: a2Model });
}

export function fileNamed(files: readonly GeneratedFile[], path: string): string {
    const file = files.find(candidate => candidate.path === path);
    if (!file) {
        throw new Error(`No generated file '${path}'; have: ${files.map(candidate => candidate.path).join(', ')}`);
    }
    return file.content;
}

/**
 * A generated page with the column names that every table cell carries for the phone layout
 * (`data-label`, pinned in site-assets.test.ts) taken out, for tests about what the cells say.
 */
export function cellContentOf(files: readonly GeneratedFile[], path: string): string {
    return withoutCellLabels(fileNamed(files, path));
}

export function withoutCellLabels(html: string): string {
    return html.replace(/ data-label="[^"]*"/g, '');
}
