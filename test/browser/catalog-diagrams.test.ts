/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT, runSvcdef } from '../cli/built-cli.js';
import { launchChromium, NO_CHROMIUM, openPage } from './headless-chromium.js';

/**
 * The dependency and commitment-chain diagrams of the support view as readers see them in
 * headless Chromium: on a 390-px phone and at 1280 px, in light and dark mode, with their
 * text alternatives, nothing loaded from the network and no console error. Screenshots
 * are kept under test-artifacts/diagrams/.
 */
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'diagrams');
const PAGES = ['support/services/network.html', 'support/services/directory.html', 'support/slas/manufacturing-mes.html', 'support/dependency-map.html'];

describe.skipIf(NO_CHROMIUM)('diagrams in a browser', { timeout: 180_000 }, () => {
    let out: string;
    let browser: Browser;
    const problems: string[] = [];

    beforeAll(async () => {
        await ensureBundles();
        out = path.join(mkdtempSync(path.join(tmpdir(), 'svcdef-diagrams-')), 'site');
        const result = await runSvcdef(['generate', 'catalog', '--workspace', path.join(ROOT, 'examples/acme'), '--out', out, '--view', 'support', '--format', 'html'], { cwd: ROOT });
        expect(result.code, result.stderr).toBe(0);
        mkdirSync(ARTIFACTS, { recursive: true });
        browser = await launchChromium();
    }, 180_000);

    afterAll(async () => {
        await browser?.close();
        if (out) rmSync(path.dirname(out), { recursive: true, force: true });
    });

    const open = (relative: string, options: { width: number; dark?: boolean }): Promise<Page> =>
        openPage(browser, out, relative, problems, { width: options.width, colorScheme: options.dark ? 'dark' : 'light' });

    const shot = (relative: string, suffix: string) => path.join(ARTIFACTS, `${relative.replace(/[/.]/g, '-')}-${suffix}.png`);

    it.each(PAGES)('%s: no sideways page scroll on a 390-px phone, a wide diagram scrolls in its own frame', async relative => {
        const page = await open(relative, { width: 390 });
        const svg = page.locator('svg.diagram').first();
        await svg.waitFor({ state: 'visible', timeout: 60_000 });
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(widths.scroll, `${relative} is ${widths.scroll} px wide`).toBeLessThanOrEqual(widths.client);
        const box = (await svg.boundingBox())!;
        const frame = page.locator('.diagram-frame').first();
        if (await frame.count() > 0 && await frame.locator('svg').count() > 0) {
            // The frame, not the page, scrolls, and a keyboard user can focus it to scroll.
            const frameBox = (await frame.boundingBox())!;
            expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(390);
            expect(await frame.getAttribute('tabindex')).toBe('0');
            expect(await frame.evaluate(element => element.scrollWidth > element.clientWidth)).toBe(true);
        } else {
            expect(box.x + box.width).toBeLessThanOrEqual(390);
        }
        await page.screenshot({ path: shot(relative, 'phone'), fullPage: true });
        await page.close();
    });

    it.each(PAGES)('%s: readable at 1280 px, in light and dark mode, labels inside their boxes', async relative => {
        for (const dark of [false, true]) {
            const page = await open(relative, { width: 1280, dark });
            const svg = page.locator('svg.diagram').first();
            await svg.waitFor({ state: 'visible', timeout: 60_000 });
            // Drawn at natural size or close to it: text stays at its 13 px.
            const scale = await svg.evaluate(element => element.getBoundingClientRect().width / Number(element.getAttribute('width')));
            expect(scale).toBeGreaterThan(0.95);
            const overflowing = await svg.evaluate(element => [...element.querySelectorAll('.diagram-node')].filter(node => {
                const rect = node.querySelector('rect')!.getBBox();
                return [...node.querySelectorAll('text')].some(text => {
                    const box = (text as SVGTextElement).getBBox();
                    return box.x < rect.x || box.x + box.width > rect.x + rect.width;
                });
            }).map(node => node.textContent));
            expect(overflowing).toEqual([]);
            // Boxes and text follow the theme: text is not drawn in the colour of its box.
            const colours = await svg.evaluate(element => {
                const node = element.querySelector('.diagram-node')!;
                return { box: getComputedStyle(node.querySelector('rect')!).fill, text: getComputedStyle(node.querySelector('text')!).fill };
            });
            expect(colours.box).not.toBe(colours.text);
            await page.screenshot({ path: shot(relative, dark ? 'desktop-dark' : 'desktop'), fullPage: true });
            await page.close();
        }
    });

    it('has a named diagram, a text alternative that exists, and nodes that open their pages', async () => {
        const page = await open('support/services/network.html', { width: 1280 });
        const svg = page.locator('svg.diagram').first();
        const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
        expect(await page.locator(`#${titleId}`).textContent()).toContain('Dependencies of');
        expect(await page.locator(`#${descId}`).textContent()).toContain('9 services depend directly on it');
        const alternative = await page.locator('figure.diagram-figure figcaption a').getAttribute('href');
        expect(await page.locator(alternative!).count()).toBe(1);
        await svg.locator('a', { hasText: 'Remote Access' }).click();
        await page.waitForURL(/remote-access\.html$/, { timeout: 60_000 });
        expect(await page.locator('h1').textContent()).toContain('Remote Access');
        await page.close();
    });

    it('made no network request and logged no console error', () => {
        expect(problems).toEqual([]);
    });
});
