import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { neighbourShares, NEIGHBOURHOOD_LIMIT } from '../../src/generator/dependency-diagram.js';
import { SERVICE_MAP_LIMIT } from '../../src/generator/dependency-map-html.js';
import { layoutGraph } from '../../src/generator/graph-layout.js';
import { catalogOutputs } from '../../src/generator/output-layout.js';
import { serviceRelations } from '../../src/generator/service-relations.js';
import { INDIRECT_LIST_LIMIT } from '../../src/generator/service-page-html.js';
import { FIT_WIDTH, svgDiagram } from '../../src/generator/svg-diagram.js';
import { fileNamed } from './generated-outputs.js';
import { loadFixture } from './generator-fixture.js';
import { attribute, elements, text, type Element } from './html-elements.js';

function supportSite(catalog: Catalog) {
    return catalogOutputs(catalog, { views: ['support'], formats: ['html'], a2: a2Model });
}

function svgOf(page: string): Element {
    const svg = elements(parse(page)).find(element => element.tagName === 'svg');
    expect(svg, 'the page has a diagram').toBeDefined();
    return svg!;
}

const HOSTILE = {
    'services.svcdef': `
namespace demo
service Hub "Core <b>Net</b> & \\"Co\\" </svg><script>alert(1)</script>" { status live category "Infra & <i>co</i>" }
service Mail "Mail <img src=x onerror=alert(2)>" { status live depends on Hub }
`
};

describe('diagrams', { timeout: 120_000 }, () => {
    it('escape every name: markup in titles stays text inside the SVG', async () => {
        const site = supportSite((await loadFixture(HOSTILE)).catalog);
        for (const path of ['support/services/hub.html', 'support/services/mail.html', 'support/dependency-map.html']) {
            const page = fileNamed(site, path);
            const svg = svgOf(page);
            const inside = elements(svg).map(element => element.tagName);
            expect(inside, path).not.toContain('script');
            expect(inside, path).not.toContain('b');
            expect(inside, path).not.toContain('img');
            expect(elements(parse(page)).filter(element => element.tagName === 'script' && !attribute(element, 'src')), path).toEqual([]);
            const labels = elements(svg).filter(element => element.tagName === 'text' || element.tagName === 'title').map(text);
            expect(labels.some(label => label.startsWith('Core <b>Net</b> & "Co"')), path).toBe(true);
            expect(labels.some(label => label.startsWith('Mail <img')), path).toBe(true);
        }
        expect(fileNamed(site, 'support/services/hub.html')).toContain('Core &lt;b&gt;Net&lt;/b&gt; &amp; &quot;Co&quot;');
    });

    it('give every diagram a title and description it is labelled by, and a text alternative on the page', async () => {
        const site = supportSite((await loadFixture(HOSTILE)).catalog);
        const page = fileNamed(site, 'support/services/hub.html');
        const svg = svgOf(page);
        expect(attribute(svg, 'role')).toBe('img');
        const [titleId, descId] = attribute(svg, 'aria-labelledby')!.split(' ');
        const inner = elements(svg);
        expect(text(inner.find(element => attribute(element, 'id') === titleId && element.tagName === 'title')!)).toMatch(/^Dependencies of Core/);
        expect(text(inner.find(element => attribute(element, 'id') === descId && element.tagName === 'desc')!)).toContain('1 service depend');
        expect(attribute(svg, 'viewBox')).toMatch(/^0 0 \d+ \d+$/);
        const all = elements(parse(page));
        const figure = all.find(element => element.tagName === 'figcaption')!;
        const alternative = attribute(elements(figure).find(element => element.tagName === 'a')!, 'href')!.slice(1);
        expect(all.some(element => attribute(element, 'id') === alternative)).toBe(true);
        // Nodes link to the pages of the services they stand for.
        expect(inner.filter(element => element.tagName === 'a').map(element => attribute(element, 'href'))).toEqual(['../services/mail.html']);
        // No inline styles anywhere: the Content-Security-Policy forbids them.
        expect(inner.filter(element => attribute(element, 'style') !== undefined)).toEqual([]);
    });

    it('are byte-identical for the same workspace, whatever order its files load in', async () => {
        const files = {
            'a.svcdef': 'namespace demo\nservice A "Alpha" { depends on B, C }\nservice D "Delta" { depends on A, C }\n',
            'b.svcdef': 'namespace demo\nservice B "Bravo" { depends on C }\nservice C "Charlie"\nservice E "Echo" { depends on C }\n'
        };
        const reversed = Object.fromEntries(Object.entries(files).reverse());
        const first = supportSite((await loadFixture(files)).catalog);
        const second = supportSite((await loadFixture(reversed)).catalog);
        const diagrams = (site: typeof first) => site.filter(file => file.content.includes('<svg')).map(file => `${file.path}\n${file.content}`);
        expect(diagrams(first).length).toBeGreaterThanOrEqual(6);
        expect(diagrams(second)).toEqual(diagrams(first));
    });

    it('survive a dependency cycle: the walk ends and each service is listed once', async () => {
        const { catalog } = await loadFixture({
            'cycle.svcdef': 'namespace demo\nservice A { depends on B }\nservice B { depends on C }\nservice C { depends on A }\nservice D { depends on A }\n'
        });
        const relations = serviceRelations(catalog);
        const byName = (name: string) => catalog.services.find(service => service.name === `demo.${name}`)!;
        const names = (services: readonly { name: string }[]) => services.map(service => service.name.slice('demo.'.length));
        expect(names(relations.dependencies(byName('A')))).toEqual(['B']);
        expect(names(relations.indirectDependencies(byName('A')).first)).toEqual(['C']);
        expect(names(relations.dependants(byName('A')))).toEqual(['C', 'D']);
        expect(names(relations.indirectDependants(byName('A')).first)).toEqual(['B']);
        expect(names(relations.indirectDependencies(byName('D')).first)).toEqual(['B', 'C']);
        const site = supportSite(catalog);
        expect(fileNamed(site, 'support/services/a.html')).toContain('<summary>All 1 indirect dependency</summary>');
        expect(svgOf(fileNamed(site, 'support/dependency-map.html'))).toBeDefined();
    });

    it(`draw at most ${NEIGHBOURHOOD_LIMIT} boxes around a hub and say how many more there are`, async () => {
        const dependants = Array.from({ length: 40 }, (_, index) => `service User${String(index).padStart(2, '0')} { depends on Hub }`);
        const { catalog } = await loadFixture({ 'hub.svcdef': `namespace demo\nservice Hub "Hub"\n${dependants.join('\n')}\n` });
        const site = supportSite(catalog);
        const svg = svgOf(fileNamed(site, 'support/services/hub.html'));
        const inner = elements(svg);
        expect(inner.filter(element => element.tagName === 'a')).toHaveLength(NEIGHBOURHOOD_LIMIT - 1);
        expect(inner.filter(element => element.tagName === 'text').map(text)).toContain('and 16 more');
        // The list beside it is complete.
        expect(fileNamed(site, 'support/services/hub.html').match(/<li><a href="\.\.\/services\/user\d\d\.html">/g)).toHaveLength(40);
    });

    it(`list at most ${INDIRECT_LIST_LIMIT} indirect dependants and give the exact count`, async () => {
        const users = Array.from({ length: INDIRECT_LIST_LIMIT + 5 }, (_, index) => `service U${String(index).padStart(3, '0')} { depends on Mid }`);
        const { catalog } = await loadFixture({ 'deep.svcdef': `namespace demo\nservice Core\nservice Mid { depends on Core }\n${users.join('\n')}\n` });
        const page = fileNamed(supportSite(catalog), 'support/services/core.html');
        const details = elements(parse(page)).find(element => element.tagName === 'details')!;
        expect(text(elements(details).find(element => element.tagName === 'summary')!)).toBe(`All ${INDIRECT_LIST_LIMIT + 5} indirect dependants`);
        expect(elements(details).filter(element => element.tagName === 'li')).toHaveLength(INDIRECT_LIST_LIMIT);
        expect(text(details)).toContain('5 more are not listed');
    });

    it('share the room of a neighbourhood between both sides', () => {
        expect(neighbourShares(3, 40)).toEqual({ dependencies: 3, dependants: 21 });
        expect(neighbourShares(40, 40)).toEqual({ dependencies: 12, dependants: 12 });
        expect(neighbourShares(30, 2)).toEqual({ dependencies: 22, dependants: 2 });
        expect(neighbourShares(2, 1)).toEqual({ dependencies: 2, dependants: 1 });
    });

    it('draw the whole catalog by category once it has too many services to draw each, and say so', async () => {
        const count = SERVICE_MAP_LIMIT + 10;
        const services = Array.from({ length: count }, (_, index) =>
            `service App${String(index).padStart(3, '0')} { category "Apps ${index % 3}" depends on ${index % 2 === 0 ? 'Net' : 'Dir'} }`);
        const { catalog } = await loadFixture({
            'many.svcdef': `namespace demo\nservice Net "Network" { category "Infrastructure" }\nservice Dir "Directory" { category "Infrastructure" depends on Net }\n${services.join('\n')}\n`
        });
        const map = fileNamed(supportSite(catalog), 'support/dependency-map.html');
        const svg = svgOf(map);
        expect(elements(svg).filter(element => element.tagName === 'text' && attribute(element, 'class') === 'diagram-label').map(text).sort())
            .toEqual(['Apps 0', 'Apps 1', 'Apps 2', 'Infrastructure']);
        expect(map).toContain('too many services with dependencies to draw each one');
        const rows = elements(parse(map)).filter(element => element.tagName === 'tr').map(row => text(row));
        expect(rows.some(row => row.startsWith('NetworkInfrastructure') && row.endsWith(String(count / 2 + 1)))).toBe(true);
    });

    it('shrink a narrow diagram to fit and scroll a wide one inside a focusable frame', () => {
        const narrow = svgDiagram(layoutGraph({ nodes: [{ id: 'a', label: 'A', kind: 'service' }], edges: [], direction: 'LR' }), { id: 'n', title: 'Narrow', description: 'One box' }).text;
        expect(narrow).toContain('class="diagram diagram-fit"');
        expect(narrow).not.toContain('tabindex');
        const chain = Array.from({ length: 8 }, (_, index) => ({ id: `n${index}`, label: `A rather long service title ${index}`, kind: 'service' as const }));
        const wideLayout = layoutGraph({ nodes: chain, edges: chain.slice(1).map((node, index) => ({ from: chain[index].id, to: node.id })), direction: 'LR' });
        expect(wideLayout.width).toBeGreaterThan(FIT_WIDTH);
        const wide = svgDiagram(wideLayout, { id: 'w', title: 'Wide', description: 'A long chain' }).text;
        expect(wide).toContain('<div class="diagram-frame" tabindex="0" role="region" aria-label="Wide (scrolls sideways)">');
        expect(wide).toContain('class="diagram diagram-wide"');
    });
});
