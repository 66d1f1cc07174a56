import { describe, expect, it } from 'vitest';
import { a2Model } from '../a2/a2-reference-model.js';
import { catalogHtmlFiles } from '../generator/catalog-html.js';
import type { Catalog, ServiceEntry } from '../generator/catalog-model.js';
import { viewOf } from '../generator/catalog-views.js';
import type { GeneratedFile } from '../generator/generated-file.js';
import { SITE_STYLE } from '../generator/site-style.js';
import { linkedAssets, pageOfSite, SHIPPED_ASSETS, SITE_ASSET } from './preview-site.js';

const CATALOG: Catalog = {
    services: [{
        id: 'Email', name: 'Email', title: 'Corporate Email', status: 'live', kind: 'business', tags: [], dependencies: [], offerings: [],
        internal: [], slas: [], customers: [], packages: []
    } satisfies ServiceEntry],
    calendars: [], priorities: [], slas: [], olas: [], ucs: [], providers: [], customers: [], units: [], suppliers: [],
    patterns: [], forecasts: [], packages: [], bindings: []
};

const STYLE_LINK = '<link rel="stylesheet" href="../assets/svcdef.aaaa.css">';
const SCRIPT_LINK = '<script src="../assets/svcdef.bbbb.js"></script>';

/** A site of `count` service pages that records how many files were asked for. */
function recordingSite(count: number, assetsLast: boolean) {
    const asked: string[] = [];
    function* files(): Generator<GeneratedFile> {
        const all: GeneratedFile[] = [
            { path: 'index.html', content: '<link rel="stylesheet" href="assets/svcdef.aaaa.css">' },
            ...Array.from({ length: count }, (_, index) => ({ path: `services/s${index}.html`, content: `${STYLE_LINK}<h1>S${index}</h1>${SCRIPT_LINK}` }))
        ];
        const assets = [{ path: 'assets/svcdef.aaaa.css', content: 'a{color:red}' }, { path: 'assets/svcdef.bbbb.js', content: 'void 0;' }];
        for (const file of assetsLast ? [...all, ...assets] : [...assets, ...all]) {
            asked.push(file.path);
            yield file;
        }
    }
    return { asked, files };
}

describe('pages of the preview, rendered on demand', () => {
    it('stops asking the generator once it has the page and the assets it links to', () => {
        const site = recordingSite(1000, false);
        const page = pageOfSite(site.files(), 'services/s2.html', new Map());
        expect(page?.content).toBe(`${STYLE_LINK}<h1>S2</h1>${SCRIPT_LINK}`);
        expect(page?.assets).toEqual(new Map([['assets/svcdef.aaaa.css', 'a{color:red}'], ['assets/svcdef.bbbb.js', 'void 0;']]));
        expect(site.asked).toEqual(['assets/svcdef.aaaa.css', 'assets/svcdef.bbbb.js', 'index.html', 'services/s0.html', 'services/s1.html', 'services/s2.html']);
    });

    it('needs nothing past the page for assets this svcdef ships, wherever the site yields them', () => {
        const site = recordingSite(1000, true);
        const known = new Map([['assets/svcdef.aaaa.css', 'a{color:blue}'], ['assets/svcdef.bbbb.js', 'void 1;']]);
        const page = pageOfSite(site.files(), 'index.html', known);
        expect(site.asked).toEqual(['index.html']);
        expect(page?.assets).toEqual(new Map([['assets/svcdef.aaaa.css', 'a{color:blue}']]));
    });

    it('finds assets it does not know among the site\'s files, even after the page', () => {
        const site = recordingSite(3, true);
        const page = pageOfSite(site.files(), 'services/s0.html', new Map());
        expect(page?.assets.get('assets/svcdef.bbbb.js')).toBe('void 0;');
        expect(site.asked.at(-1)).toBe('assets/svcdef.bbbb.js');
    });

    it('has no page the site does not have', () => {
        expect(pageOfSite(recordingSite(3, false).files(), 'services/missing.html', new Map())).toBeUndefined();
    });

    it('reads the assets a page links to, relative to the page', () => {
        expect(linkedAssets('services/email.html', `${STYLE_LINK}<img src="../assets/logo.svg">${SCRIPT_LINK}<a href="../assets/svcdef.cccc.css">`))
            .toEqual(['assets/svcdef.aaaa.css', 'assets/svcdef.bbbb.js']);
    });

    it('knows every shared asset the generator writes, by its name and its text', () => {
        const yielded = [...catalogHtmlFiles(viewOf(CATALOG, 'support'), { a2: a2Model })].filter(file => SITE_ASSET.test(file.path));
        expect(yielded.length).toBeGreaterThan(0);
        for (const file of yielded) {
            expect(SHIPPED_ASSETS.get(file.path), file.path).toBe(file.content);
        }
    });

    it('shows a generated page with the stylesheet this svcdef ships', () => {
        const catalog = CATALOG;
        const page = pageOfSite(catalogHtmlFiles(viewOf(catalog, 'customer'), { a2: a2Model }), 'services/email.html');
        expect(page?.content).toContain('Corporate Email');
        const stylesheets = [...page!.assets.entries()].filter(([path]) => path.endsWith('.css'));
        expect(stylesheets).toEqual([[[...SHIPPED_ASSETS.keys()].find(path => path.endsWith('.css')), SITE_STYLE]]);
    });
});
