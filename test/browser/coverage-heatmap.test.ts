import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { catalogOutputs, coverageOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from '../generator/generator-fixture.js';
import { ROOT } from '../cli/built-cli.js';
import { launchChromium, NO_CHROMIUM, openPage } from './headless-chromium.js';

/**
 * The coverage heatmap as a reader sees it in headless Chromium (Debian's package), opened
 * from the file system: the 49 activities in seven process rows fit a 1280-px screen (each
 * process on one line of cells) and a 390-px phone without sideways scrolling, each state
 * has its own colour in light and dark schemes, and nothing is fetched from the network.
 * Screenshots are kept under test-artifacts/coverage/.
 */
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'coverage');

/** The browser globals the page functions below use: the project compiles without the DOM library. */
declare const document: {
    readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
    querySelectorAll(selector: string): ArrayLike<{ readonly offsetTop: number; readonly className: string }>;
};
declare function getComputedStyle(element: unknown): { readonly backgroundColor: string };

function write(folder: string, files: readonly GeneratedFile[]): void {
    for (const file of files) {
        mkdirSync(path.dirname(path.join(folder, file.path)), { recursive: true });
        writeFileSync(path.join(folder, file.path), file.content);
    }
}

/** Relative luminance-ish brightness of an `rgb(r, g, b)` colour, 0 to 255. */
function brightness(colour: string): number {
    const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
    return 0.299 * r + 0.587 * g + 0.114 * b;
}

describe.skipIf(NO_CHROMIUM)('the coverage heatmap in a browser', { timeout: 120_000 }, () => {
    let out: string;
    let browser: Browser;
    const problems: string[] = [];

    beforeAll(async () => {
        const { catalog } = await loadFixture();
        // A bound process next to bound activities, so every state is on the page.
        const bindings = [...catalog.bindings, { ...catalog.bindings[0], name: 'RequirementsOwner', node: { id: 'A21' } }];
        mkdirSync(ARTIFACTS, { recursive: true });
        out = mkdtempSync(path.join(tmpdir(), 'svcdef-coverage-'));
        write(path.join(out, 'report'), coverageOutputs({ ...catalog, bindings }, { a2: a2Model }));
        write(path.join(out, 'site'), catalogOutputs({ ...catalog, bindings }, { views: ['support'], formats: ['html'], a2: a2Model }));
        browser = await launchChromium();
    }, 120_000);

    afterAll(async () => {
        await browser?.close();
        if (out) rmSync(out, { recursive: true, force: true });
    });

    const open = (relative: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> =>
        openPage(browser, out, relative, problems, { width, colorScheme });

    const pages = ['report/coverage.html', 'site/support/coverage.html'];

    it.each(pages)('fits %s into 1280 px with each process on one line of cells', async relative => {
        const page = await open(relative, 1280);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
        expect(await page.locator('.heatmap-cell').count()).toBe(49);
        const linesPerRow = await page.evaluate(() => Array.from(document.querySelectorAll('.heatmap-cells'))
            .map(list => new Set(Array.from((list as unknown as { children: ArrayLike<{ offsetTop: number }> }).children).map(cell => cell.offsetTop)).size));
        expect(linesPerRow).toEqual([1, 1, 1, 1, 1, 1, 1]);
        await page.screenshot({ path: path.join(ARTIFACTS, `${relative.replace(/\W+/g, '-')}-1280.png`), fullPage: true });
        await page.close();
    });

    it.each(pages)('keeps %s within a 390-px phone, the cells wrapping', async relative => {
        const page = await open(relative, 390);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        const box = await page.locator('.heatmap-cell').first().boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(90);
        await page.screenshot({ path: path.join(ARTIFACTS, `${relative.replace(/\W+/g, '-')}-390.png`), fullPage: true });
        await page.close();
    });

    it.each(['light', 'dark'] as const)('colours each state apart in the %s scheme', async scheme => {
        const page = await open('report/coverage.html', 1280, scheme);
        const colour = (selector: string) => page.locator(selector).first().evaluate(cell => getComputedStyle(cell).backgroundColor);
        const bound = await colour('.heatmap-cell.state-bound');
        const inherited = await colour('.heatmap-cell.state-through-process');
        const none = await colour('.heatmap-cell.state-not-covered');
        expect(new Set([bound, inherited, none]).size).toBe(3);
        for (const background of [bound, inherited, none]) {
            expect(scheme === 'dark' ? brightness(background) < 90 : brightness(background) > 180, background).toBe(true);
        }
        await page.screenshot({ path: path.join(ARTIFACTS, `coverage-${scheme}.png`) });
        await page.close();
    });

    it('logged no console error and fetched nothing from the network', () => {
        expect(problems).toEqual([]);
    });
});
