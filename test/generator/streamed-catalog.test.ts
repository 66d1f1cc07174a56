import { a2Model } from '../../src/a2/a2-reference-model.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogHtmlFiles } from '../../src/generator/catalog-html.js';
import { catalogJsonChunks } from '../../src/generator/catalog-json.js';
import { catalogMarkdownChunks } from '../../src/generator/catalog-markdown.js';
import type { Catalog, ServiceEntry } from '../../src/generator/catalog-model.js';
import { CATALOG_VIEWS, viewOf, type CatalogView } from '../../src/generator/catalog-views.js';
import { inMemory, isStreamedFile } from '../../src/generator/generated-file.js';
import { mdDocument, mdDocumentChunks } from '../../src/generator/markdown-text.js';
import { CATALOG_FORMATS, catalogFiles, catalogOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';

/**
 * The catalog renders lazily, so that `svcdef generate` can write each file and let it go
 * before the next exists: a page, or a service's part of the Markdown and JSON, is only
 * rendered when the consumer asks for it.
 */
describe('the catalog, rendered as it is consumed', () => {
    let catalog: Catalog;
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
    });

    /** The support view with a second service that counts how often its description is read. */
    function watchedView(): { view: CatalogView; second: ServiceEntry; reads: () => number } {
        const view = viewOf(catalog, 'support');
        let reads = 0;
        const original = view.catalog.services[1];
        const second = Object.defineProperty({ ...original }, 'description', {
            enumerable: true,
            get: () => {
                reads++;
                return original.description;
            }
        });
        const services = view.catalog.services.map((service, index) => index === 1 ? second : service);
        return { view: { ...view, catalog: { ...view.catalog, services } }, second, reads: () => reads };
    }

    /** Takes items until one satisfies `stop`, leaving the rest unrequested (and the generator open). */
    function takeUntil<T>(items: Iterator<T>, stop: (item: T) => boolean): T[] {
        const taken: T[] = [];
        for (let next = items.next(); !next.done; next = items.next()) {
            taken.push(next.value);
            if (stop(next.value)) {
                break;
            }
        }
        return taken;
    }

    function drain(items: Iterator<unknown>): void {
        while (!items.next().done) {
            // reading on
        }
    }

    it('renders a service page only when the site reaches it', () => {
        const { view, reads } = watchedView();
        const first = view.catalog.services[0];
        const pages = catalogHtmlFiles(view, { a2: a2Model });
        const taken = takeUntil(pages, page => page.content.includes(`<code>${first.name}</code>`));
        expect(taken.map(page => page.path)).toEqual([
            expect.stringMatching(/^assets\/.*\.css$/), expect.stringMatching(/^assets\/.*\.js$/), 'index.html', expect.stringMatching(/^services\//)
        ]);
        expect(reads()).toBe(0);
        drain(pages);
        expect(reads()).toBeGreaterThan(0);
    });

    it.each([
        ['Markdown', (view: CatalogView) => catalogMarkdownChunks(view)],
        ['JSON', (view: CatalogView) => catalogJsonChunks(view)]
    ])('writes a service into the %s only when the document reaches it', (_, chunksOf) => {
        const { view, second, reads } = watchedView();
        const first = view.catalog.services[0];
        const chunks = chunksOf(view);
        const taken = takeUntil(chunks, chunk => chunk.includes(first.name) && !chunk.includes(second.name));
        expect(taken.join('')).toContain(first.name);
        expect(reads()).toBe(0);
        drain(chunks);
        expect(reads()).toBeGreaterThan(0);
    });

    it('hands over each view\'s Markdown and JSON in pieces, and the same files as in memory', () => {
        const options = { views: [...CATALOG_VIEWS], formats: [...CATALOG_FORMATS], a2: a2Model };
        const streamed = [...catalogFiles(catalog, options)];
        expect(streamed.filter(isStreamedFile).map(file => file.path).sort())
            .toEqual(CATALOG_VIEWS.flatMap(view => [`${view}/catalog.json`, `${view}/catalog.md`]).sort());
        expect(streamed.map(inMemory)).toEqual(catalogOutputs(catalog, options));
    });

    it.each<(string | undefined | false)[]>([
        [],
        [''],
        ['# Title'],
        ['# Title', undefined, '', 'Paragraph', false, 'Table\n| a |'],
        [undefined, 'Only after a gap', '']
    ])('joins Markdown blocks in pieces exactly as mdDocument does: %j', (...blocks) => {
        expect([...mdDocumentChunks(blocks)].join('')).toBe(mdDocument(blocks));
    });
});
