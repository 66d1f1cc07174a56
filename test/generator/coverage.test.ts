import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { buildCoverage, type Coverage } from '../../src/generator/coverage-model.js';
import { coverageOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';
import { fileNamed } from './generated-outputs.js';

describe('A2 coverage', () => {
    let catalog: Catalog;
    let coverage: Coverage;
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
        coverage = buildCoverage(catalog.bindings, a2Model);
    });

    it('places every binding on its node of the model', () => {
        const bound = [coverage.category, ...coverage.processes.flatMap(process => [process, ...process.activities])]
            .filter(node => node.bindings.length > 0)
            .map(node => `${node.id}:${node.bindings.map(binding => binding.name).join('+')}`);
        expect(bound).toEqual(['A235:CatalogPublishing', 'A243:SlaAuthoring', 'A25:DemandPlanning']);
        expect(coverage.summary).toEqual({
            processes: 7, processesBound: 1, processesTouched: 3, activities: 49, activitiesBound: 2, bindings: 3
        });
        expect(coverage.unplaced).toEqual([]);
    });

    it('lists the work products the model says flow between bound nodes, and whether bindings declare them', () => {
        // In model order of the sending node: A235, A243, A25.
        expect(coverage.flows).toEqual([
            { from: 'A235', to: 'A243', workProducts: [{ name: 'Service Catalog', declaredByProducer: true, declaredByConsumer: true }] },
            { from: 'A235', to: 'A25', workProducts: [{ name: 'Service Catalog', declaredByProducer: true, declaredByConsumer: false }] },
            { from: 'A243', to: 'A25', workProducts: [{ name: 'SLAs, OLAs, UCs', declaredByProducer: true, declaredByConsumer: false }] },
            { from: 'A25', to: 'A243', workProducts: [
                { name: 'Service Demand Forecasts', declaredByProducer: true, declaredByConsumer: false },
                { name: 'Service Level Package', declaredByProducer: false, declaredByConsumer: false }
            ] }
        ]);
    });

    it('keeps bindings to unknown nodes apart', async () => {
        const placed = buildCoverage([...catalog.bindings, { ...catalog.bindings[0], name: 'Ghost', node: { id: 'A299' } }], a2Model);
        expect(placed.unplaced.map(binding => binding.name)).toEqual(['Ghost']);
        expect(placed.summary.bindings).toBe(4);
    });

    it('renders a matrix with a row per process and the bound cells marked in HTML and Markdown', () => {
        const files = coverageOutputs(catalog, { a2: a2Model });
        const page = fileNamed(files, 'coverage.html');
        const matrix = page.slice(page.indexOf('<table class="matrix">'), page.indexOf('</table>', page.indexOf('<table class="matrix">')));
        expect(matrix.match(/<tr><th scope="row">A2\d /g)).toHaveLength(7);
        expect(matrix).toContain('<th scope="col">Activity 9</th>');
        expect(page).toContain('<td class="bound"><span class="mark" aria-hidden="true">✔</span> <strong>A243</strong> Create and Maintain Service Level Agreements<br>Bound: SlaAuthoring (Central IT Services)</td>');
        expect(page).toContain('<td class="unbound"><strong>A241</strong>');
        expect(page).toContain('<li>1 of 7 processes bound directly; 3 of 7 bound directly or through an activity.</li>');
        expect(page).toContain('<tr><th scope="row">Service Catalog</th><td>A235</td><td>A243</td><td>Yes</td><td>Yes</td></tr>');
        const md = fileNamed(files, 'coverage.md');
        expect(md).toContain('| A24 Service Level Management | A24 not bound |');
        expect(md).toContain('✔ **A243** SlaAuthoring (Central IT Services)');
        expect(md).toContain('| Service Demand Forecasts | A25 | A243 | Yes | No |');
        expect(md).toContain('| A243 Create and Maintain Service Level Agreements | activity | SlaAuthoring | Central IT Services | Confluence \\& Jira | SLAs, OLAs, UCs: Cloud mail relay, Email for Finance, NetworkForEmail | Service Catalog; Service Level Requirements |');
    });
});
