import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { BindingEntry, Catalog } from '../../src/generator/catalog-model.js';
import { buildCoverage, coverageReaches, type Coverage } from '../../src/generator/coverage-model.js';
import { coverageOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';
import { fileNamed } from './generated-outputs.js';

/** A binding like the fixture's first, implementing another node. */
function bindingOf(catalog: Catalog, name: string, node: string): BindingEntry {
    return { ...catalog.bindings[0], name, node: { id: node } };
}

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
        expect(coverage.unplaced).toEqual([]);
    });

    it('covers an activity bound directly or through its process, and counts the 49 activities by that one rule', () => {
        const state = (id: string) => coverage.processes.flatMap(process => process.activities).find(activity => activity.id === id)?.state;
        expect(state('A235')).toBe('bound');
        expect(state('A251')).toBe('through-process');
        expect(state('A257')).toBe('through-process');
        expect(state('A231')).toBe('not-covered');
        // A235 and A243 directly, the seven activities of A25 through their process.
        expect(coverage.summary).toEqual({
            activities: 49, activitiesCovered: 9, activitiesBound: 2, activitiesThroughProcess: 7, activitiesThroughCategory: 0,
            percentCovered: 18.3,
            processes: 7, processesCovered: 1, processesBound: 1, processesPartlyCovered: 2, bindings: 3
        });
        expect(coverage.processes.map(process => `${process.id}:${process.state}`)).toEqual([
            'A21:not-covered', 'A22:not-covered', 'A23:partly-covered', 'A24:partly-covered', 'A25:covered', 'A26:not-covered', 'A27:not-covered'
        ]);
        expect(coverage.uncovered).toHaveLength(40);
        expect(coverage.uncovered.map(activity => activity.id)).not.toContain('A251');
    });

    it('never calls an activity of a bound process unbound (the contradiction of issue 22)', () => {
        const bindings = [...catalog.bindings, bindingOf(catalog, 'RequirementsOwner', 'A21')];
        const withProcess = buildCoverage(bindings, a2Model);
        const a21 = withProcess.processes.find(process => process.id === 'A21')!;
        expect(a21.state).toBe('covered');
        expect(a21.activities.map(activity => activity.state)).toEqual(Array(5).fill('through-process'));
        expect(withProcess.uncovered.map(activity => activity.id)).not.toContain('A211');
        expect(withProcess.summary).toMatchObject({ activitiesCovered: 14, percentCovered: 28.5, processesCovered: 2, processesBound: 2 });

        const files = coverageOutputs({ ...catalog, bindings }, { a2: a2Model, formats: ['html', 'md', 'json'] });
        const page = fileNamed(files, 'coverage.html');
        const cell = page.match(/<li class="heatmap-cell [^"]+">[^\n]*A211[^\n]*<\/li>/)?.[0];
        expect(cell).toContain('state-through-process');
        expect(cell).toContain('Covered through its process');
        expect(page).toContain('A21</span> Stakeholder Requirements Management <span class="heatmap-process-state">Covered: bound directly</span>');
        // The list of activities not covered names A211 in bold when it is there; here it is not.
        expect(page).not.toContain('<strong>A211</strong>');
        const md = fileNamed(files, 'coverage.md');
        expect(md).toContain('  - ↑ **A211** Establish Stakeholder Requirements Management Framework');
        expect(md).not.toContain('  - **A211**');
        const json = JSON.parse(fileNamed(files, 'coverage.json'));
        expect(json.activities.find((activity: { id: string }) => activity.id === 'A211').state).toBe('through-process');
        expect(json.notCovered.map((activity: { id: string }) => activity.id)).not.toContain('A211');
    });

    it('counts a process covered when all its activities are, without a binding of its own', () => {
        const a23 = a2Model.children('A23').map(activity => bindingOf(catalog, `Does${activity.id}`, activity.id));
        const complete = buildCoverage(a23, a2Model);
        expect(complete.processes.find(process => process.id === 'A23')?.state).toBe('covered');
        expect(complete.summary).toMatchObject({ activitiesCovered: 7, activitiesBound: 7, processesCovered: 1, processesBound: 0 });
    });

    it('covers every activity through a binding of the whole category, and says so apart from a process binding', () => {
        const whole = buildCoverage([bindingOf(catalog, 'CustomerRelationsOwner', 'A2')], a2Model);
        expect(whole.summary).toMatchObject({ activitiesCovered: 49, activitiesThroughCategory: 49, percentCovered: 100, processesCovered: 7 });
        expect(whole.uncovered).toEqual([]);
    });

    it('reaches a --fail-under of exactly its share, and not a hair more', () => {
        const half = { ...coverage.summary, activities: 50, activitiesCovered: 25 };
        expect(coverageReaches(half, '50')).toBe(true);
        expect(coverageReaches(half, '50.1')).toBe(false);
        // 9 of 49 is 18.367...%: the report rounds down to 18.3, which passes, while 18.4 does not.
        expect(coverageReaches(coverage.summary, '18.3')).toBe(true);
        expect(coverageReaches(coverage.summary, '18.4')).toBe(false);
        expect(coverageReaches(coverage.summary, '0')).toBe(true);
        // 18 of 49 is 36.734693877551020408...%: a value just below it passes, however many digits it has.
        const eighteen = { ...coverage.summary, activities: 49, activitiesCovered: 18 };
        expect(coverageReaches(eighteen, '36.7346938775510204')).toBe(true);
        expect(coverageReaches(eighteen, '36.73469387755102041')).toBe(false);
        expect(coverageReaches(eighteen, '036.7')).toBe(true);
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

    it('keeps bindings to unknown nodes apart', () => {
        const placed = buildCoverage([...catalog.bindings, bindingOf(catalog, 'Ghost', 'A299')], a2Model);
        expect(placed.unplaced.map(binding => binding.name)).toEqual(['Ghost']);
        expect(placed.summary.bindings).toBe(4);
    });
});
