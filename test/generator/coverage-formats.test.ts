import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { SITE_STYLE, SITE_STYLE_PATH } from '../../src/generator/site-style.js';
import { coverageOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';
import { fileNamed } from './generated-outputs.js';

describe('the coverage report in each format', () => {
    let catalog: Catalog;
    let files: GeneratedFile[];
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
        files = coverageOutputs(catalog, { a2: a2Model, formats: ['html', 'md', 'json'] });
    });

    it('writes HTML and Markdown by default, and JSON when asked', () => {
        const stylesheet = SITE_STYLE_PATH;
        expect(coverageOutputs(catalog, { a2: a2Model }).map(file => file.path)).toEqual(['coverage.html', 'coverage.md', stylesheet]);
        expect(coverageOutputs(catalog, { a2: a2Model, formats: ['json'] }).map(file => file.path)).toEqual(['coverage.json']);
        expect(files.map(file => file.path)).toEqual(['coverage.html', 'coverage.md', 'coverage.json', stylesheet]);
        expect(fileNamed(files, 'coverage.html')).toContain(`<link rel="stylesheet" href="${stylesheet}">`);
        expect(fileNamed(files, stylesheet)).toBe(SITE_STYLE);
    });

    it('states the same figures and rule in HTML, Markdown and JSON', () => {
        const headline = '18.3% of activities covered: 9 of 49 (2 bound directly, 7 through their process).';
        const processes = '1 of 7 processes covered (1 of them bound directly), 2 partly covered, 4 not covered.';
        const page = fileNamed(files, 'coverage.html');
        const md = fileNamed(files, 'coverage.md');
        for (const text of [page, md]) {
            expect(text).toContain(headline);
            expect(text).toContain(processes);
            expect(text).toContain('An activity is covered when a binding implements it (bound directly), its process');
            expect(text).not.toContain('through an activity');
        }
        const json = JSON.parse(fileNamed(files, 'coverage.json'));
        expect(json.summary).toMatchObject({ activities: 49, activitiesCovered: 9, percentCovered: 18.3, processesCovered: 1, processesPartlyCovered: 2 });
    });

    it('draws a heatmap of the 49 activities in 7 process rows, each cell saying its state in words', () => {
        const page = fileNamed(files, 'coverage.html');
        const rows = page.match(/<section class="heatmap-row [^"]+"/g) ?? [];
        expect(rows).toHaveLength(7);
        const cells = page.match(/<li class="heatmap-cell state-[a-z-]+">.*<\/li>/g) ?? [];
        expect(cells).toHaveLength(49);
        expect(cells.filter(cell => cell.includes('state-bound'))).toHaveLength(2);
        expect(cells.filter(cell => cell.includes('state-through-process'))).toHaveLength(7);
        for (const cell of cells) {
            expect(cell).toMatch(/<\/span> <span class="heatmap-state">(Bound directly|Covered through its process|Not covered)<\/span>/);
        }
        expect(page).toContain('<span class="heatmap-id">A243</span> <span class="heatmap-name">Create and Maintain Service Level Agreements</span> <span class="heatmap-state">Bound directly</span>');
        expect(page).toMatch(/<ul class="heatmap-legend" aria-label="Legend">\n<li>.*✔.* Bound directly<\/li>\n<li>.*↑.* Covered through its process<\/li>\n<li>.*✗.* Not covered<\/li>\n<\/ul>/);
        // The old wide matrix (nine activity columns) is gone; the heatmap wraps instead.
        expect(page).not.toContain('class="matrix"');
    });

    it('styles the heatmap from the site stylesheet, with no style attribute on the page', () => {
        expect(SITE_STYLE).toContain('.heatmap-cells{');
        expect(SITE_STYLE).toContain('.state-not-covered{');
        expect(fileNamed(files, 'coverage.html')).not.toMatch(/ style="/);
    });

    it('lists the activities not covered by id and name under their process, in every format', () => {
        const page = fileNamed(files, 'coverage.html');
        const list = page.slice(page.indexOf('<h2 id="not-covered">'), page.indexOf('<h2>Bound nodes</h2>'));
        expect(list).toContain('<p>40 of 49 activities, by process:</p>');
        expect(list).toContain('<li>A21 Stakeholder Requirements Management\n<ul>\n<li><strong>A211</strong> Establish Stakeholder Requirements Management Framework</li>');
        expect(list).not.toContain('A235');
        expect(list).not.toContain('A251');
        expect(list.match(/<li><strong>A2\d\d<\/strong> [A-Z]/g)).toHaveLength(40);

        const md = fileNamed(files, 'coverage.md');
        const section = md.slice(md.indexOf('## Activities not covered'), md.indexOf('## Bound nodes'));
        const items = section.split('\n').filter(line => line.startsWith('  - '));
        expect(items).toHaveLength(40);
        // No bare ids: every item has a name after its id.
        for (const item of items) {
            expect(item).toMatch(/^ {2}- \*\*A2\d\d\*\* [A-Z][a-z]+\W/);
        }
        expect(section).toContain('- A24 Service Level Management\n  - **A241** Establish Service Level Management Framework\n  - **A242** Develop Service Level Relationships\n  - **A244**');

        const json = JSON.parse(fileNamed(files, 'coverage.json'));
        expect(json.notCovered).toHaveLength(40);
        expect(json.notCovered[0]).toEqual({ id: 'A211', name: 'Establish Stakeholder Requirements Management Framework', process: 'A21' });
    });

    it('gives the heatmap in Markdown as a list of processes with every activity marked and named', () => {
        const md = fileNamed(files, 'coverage.md');
        expect(md).toContain('Each activity is marked: ✔ bound directly · ↑ covered through its process · ✗ not covered.');
        expect(md).toContain('- **A25 Demand Management**: Covered: bound directly\n  - ↑ **A251** Establish Demand Management Framework');
        expect(md).toContain('- **A24 Service Level Management**: Partly covered: 1 of 7 activities covered\n  - ✗ **A241** Establish Service Level Management Framework\n  - ✗ **A242** Develop Service Level Relationships\n  - ✔ **A243** Create and Maintain Service Level Agreements');
    });

    it('keeps who implements each bound node and the work products between them', () => {
        const page = fileNamed(files, 'coverage.html');
        expect(page).toMatch(/<tr><th scope="row">Service Catalog<\/th><td[^>]*>A235<\/td><td[^>]*>A243<\/td><td[^>]*>Yes<\/td><td[^>]*>Yes<\/td><\/tr>/);
        const md = fileNamed(files, 'coverage.md');
        expect(md).toContain('| Service Demand Forecasts | A25 | A243 | Yes | No |');
        expect(md).toContain('| A243 Create and Maintain Service Level Agreements | activity | SlaAuthoring | Central IT Services | Confluence \\& Jira | SLAs, OLAs, UCs: Cloud mail relay, Email for Finance, NetworkForEmail | Service Catalog; Service Level Requirements |');
    });

    it('says so when every activity is covered', () => {
        const whole = coverageOutputs({ ...catalog, bindings: [{ ...catalog.bindings[0], name: 'Everything', node: { id: 'A2' } }] }, { a2: a2Model, formats: ['html', 'md', 'json'] });
        expect(fileNamed(whole, 'coverage.html')).toContain('<p>Every activity of the model is covered.</p>');
        expect(fileNamed(whole, 'coverage.html')).toContain('⇈</span> Covered through the whole category A2</li>');
        expect(fileNamed(whole, 'coverage.md')).toContain('## Activities not covered\n\nEvery activity of the model is covered.');
        expect(JSON.parse(fileNamed(whole, 'coverage.json')).notCovered).toEqual([]);
    });
});
