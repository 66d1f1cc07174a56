import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { CATALOG_VIEWS } from '../../src/generator/catalog-views.js';
import { CATALOG_FORMATS, catalogOutputs, slaOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';
import { workspaceFiles } from '../workspace-files.js';

const ACME = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'acme');

/**
 * What the example workspace publishes, kept as files under __snapshots__/acme so that a
 * change to any generator shows up as a reviewable diff of real documents. After an
 * intended change, run `npx vitest run test/generator/acme-snapshot.test.ts -u`.
 */
describe.runIf(existsSync(ACME))('examples/acme publishes', async () => {
    const { workspace, catalog } = await loadFixture(workspaceFiles(ACME));
    const catalogFiles = catalogOutputs(catalog, { views: [...CATALOG_VIEWS], formats: [...CATALOG_FORMATS], a2: a2Model });
    // The shared stylesheet is pinned by site-assets.test.ts; a snapshot of it would leave a stale copy behind at every change.
    const documentsOnly = (files: { path: string; content: string }[]) => files.filter(file => !file.path.startsWith('assets/'));
    const customerSlas = documentsOnly(slaOutputs(catalog, { names: [], view: 'customer', formats: ['html', 'md'] }).files);
    const supportSlas = documentsOnly(slaOutputs(catalog, { names: [], view: 'support', formats: ['md'] }).files);

    it('from a workspace without errors', () => {
        const errors = Object.entries(workspace.allDiagnostics())
            .flatMap(([file, diagnostics]) => diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => `${file}: ${diagnostic.message}`));
        expect(errors).toEqual([]);
    });

    it('the same file layout', async () => {
        const layout = [...catalogFiles.map(file => `catalog/${file.path}`), ...customerSlas.map(file => `sla/${file.path}`)].sort().join('\n');
        await expect(`${layout}\n`).toMatchFileSnapshot('__snapshots__/acme/layout.txt');
    });

    const snapshotted = [
        ...['customer', 'user', 'support'].map(view => `${view}/catalog.md`),
        'customer/catalog.json',
        'customer/index.html',
        'support/coverage.md'
    ];
    it.each(snapshotted)('catalog %s', async file => {
        const content = catalogFiles.find(candidate => candidate.path === file)?.content;
        await expect(content).toMatchFileSnapshot(`__snapshots__/acme/catalog/${file}`);
    });

    it.each(customerSlas.map(file => file.path))('SLA document %s (customer view)', async file => {
        await expect(customerSlas.find(candidate => candidate.path === file)!.content)
            .toMatchFileSnapshot(`__snapshots__/acme/sla/customer/${file}`);
    });

    it.each(supportSlas.map(file => file.path))('SLA document %s (support view)', async file => {
        await expect(supportSlas.find(candidate => candidate.path === file)!.content)
            .toMatchFileSnapshot(`__snapshots__/acme/sla/support/${file}`);
    });
});
