import { describe, expect, it } from 'vitest';
import { backstageExport } from '../../src/generator/backstage-export.js';
import { openSloExport } from '../../src/generator/openslo-export.js';
import { FIXTURE_FILES, loadFixture } from './generator-fixture.js';
import { allCatalogFiles, coverageFiles, slaFiles } from './generated-outputs.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { SECOND_EDITION_FILES } from './second-edition-fixture.js';

function everything(catalog: Catalog): Map<string, string> {
    const files = [
        ...allCatalogFiles(catalog), ...slaFiles(catalog, 'customer'), ...slaFiles(catalog, 'support'), ...coverageFiles(catalog),
        { path: 'openslo.yaml', content: openSloExport(catalog).yaml },
        { path: 'catalog-info.yaml', content: backstageExport(catalog).yaml }
    ];
    return new Map(files.map(file => [file.path, file.content]));
}

describe('determinism', () => {
    it('generates byte-identical output from identical input, whatever the order files are loaded in', async () => {
        const first = everything((await loadFixture()).catalog);
        const reversed = Object.fromEntries(Object.entries(FIXTURE_FILES).reverse());
        const second = everything((await loadFixture(reversed)).catalog);
        expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
        for (const [path, content] of first) {
            expect(Buffer.from(second.get(path)!, 'utf8').equals(Buffer.from(content, 'utf8')), path).toBe(true);
        }
    });

    it('gives the second edition forms the same output whatever the load order, issue dates included', async () => {
        const first = everything((await loadFixture(SECOND_EDITION_FILES)).catalog);
        const second = everything((await loadFixture(Object.fromEntries(Object.entries(SECOND_EDITION_FILES).reverse()))).catalog);
        for (const [path, content] of first) {
            expect(second.get(path), path).toBe(content);
        }
        // The issue date comes from the sources, never from the clock.
        expect(first.get('sla-customer/emergency-ehr.md')).toContain('- **Issued:** 2026-01-12 (the date of the latest approval)');
    });

    it('contains no timestamp unless one is asked for', async () => {
        const files = everything((await loadFixture()).catalog);
        for (const [path, content] of files) {
            expect(content, path).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
            expect(content, path).not.toContain('Generated at');
        }
    });
});
