import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { CATALOG_VIEWS } from '../../src/generator/catalog-views.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { catalogOutputs, slaOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';
import { workspaceFiles } from '../workspace-files.js';

const ACME = path.resolve(import.meta.dirname, '..', '..', 'examples', 'acme');

/** Every `href` and `src` of a page that leads to another file of the output (not the web, mail or phone). */
function localLinks(page: string): string[] {
    return [...page.matchAll(/\s(?:href|src)="([^"]*)"/g)]
        .map(match => match[1].replace(/&amp;/g, '&'))
        .filter(target => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target) && !target.startsWith('#'));
}

/** Each local link that leads nowhere: to no generated file, or to an anchor its page does not have. */
function deadLinks(files: readonly GeneratedFile[]): string[] {
    const byPath = new Map(files.map(file => [file.path, file.content]));
    const dead: string[] = [];
    for (const file of files.filter(candidate => candidate.path.endsWith('.html'))) {
        for (const link of localLinks(file.content)) {
            const [target, fragment] = link.split('#');
            const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), target.split('?')[0]));
            const content = byPath.get(resolved);
            if (content === undefined) {
                dead.push(`${file.path} → ${link} (no such file)`);
            } else if (fragment !== undefined && fragment !== '' && !content.includes(`id="${fragment}"`)) {
                dead.push(`${file.path} → ${link} (no such anchor)`);
            }
        }
    }
    return dead;
}

describe.runIf(existsSync(ACME))('every local link of the published example', async () => {
    const { catalog } = await loadFixture(workspaceFiles(ACME));

    it.each(CATALOG_VIEWS)('leads to a file of the %s view, and to an anchor that file has', view => {
        const files = catalogOutputs(catalog, { views: [view], formats: ['html', 'md', 'json'], a2: a2Model, today: '2026-06-01' });
        const links = files.filter(file => file.path.endsWith('.html')).flatMap(file => localLinks(file.content));
        // Not vacuous: every page links its stylesheet, and the home page every service.
        expect(links.length).toBeGreaterThan(catalog.services.length * 3);
        expect(deadLinks(files)).toEqual([]);
    });

    it.each(['customer', 'support'] as const)('leads to a file of the %s SLA documents folder', view => {
        const { files } = slaOutputs(catalog, { names: [], view, formats: ['html', 'md'], today: '2026-06-01' });
        expect(files.map(file => file.path)).toContain('index.html');
        expect(deadLinks(files)).toEqual([]);
    });

    it('catches a link to a missing page or anchor (the check is not vacuous)', () => {
        const files = [
            { path: 'index.html', content: '<a href="services/a.html">A</a> <a href="archive.html#retired-b">B</a> <a href="mailto:x@y.example">mail</a>' },
            { path: 'archive.html', content: '<h2 id="retired-c">C</h2>' }
        ];
        expect(deadLinks(files)).toEqual(['index.html → services/a.html (no such file)', 'index.html → archive.html#retired-b (no such anchor)']);
    });
});
