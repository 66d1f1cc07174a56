import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT, runSvcdef } from '../cli/built-cli.js';
import { launchChromium, NO_CHROMIUM, openPage } from './headless-chromium.js';

/**
 * The published catalog as a reader meets it: opened from the file system in headless
 * Chromium (Debian's package), with no network, no console errors and a working filter.
 * Screenshots are kept under test-artifacts/catalog/.
 */
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'catalog');

describe.skipIf(NO_CHROMIUM)('the generated catalog in a browser', { timeout: 120_000 }, () => {
    let out: string;
    let browser: Browser;
    const problems: string[] = [];

    beforeAll(async () => {
        await ensureBundles();
        out = path.join(mkdtempSync(path.join(tmpdir(), 'svcdef-catalog-')), 'site');
        const result = await runSvcdef(['generate', 'catalog', '--workspace', path.join(ROOT, 'examples/acme'), '--out', out], { cwd: ROOT });
        expect(result.code, result.stderr).toBe(0);
        mkdirSync(ARTIFACTS, { recursive: true });
        browser = await launchChromium();
    }, 120_000);

    afterAll(async () => {
        await browser?.close();
        if (out) rmSync(path.dirname(out), { recursive: true, force: true });
    });

    const open = (relative: string): Promise<Page> => openPage(browser, out, relative, problems);

    it('shows the index with no console errors and no network requests, and filters by status, category and customer', async () => {
        const page = await open('customer/index.html');
        const rows = page.locator('#service-list tbody tr');
        const total = await rows.count();
        // Retired services are on the archive page, not in the list.
        expect(total).toBeGreaterThanOrEqual(10);
        expect(await rows.evaluateAll(all => all.filter(row => row.getAttribute('data-status') === 'retired').length)).toBe(0);
        await expect.poll(() => page.locator('#filters').isVisible()).toBe(true);

        await page.selectOption('#filter-status', 'retiring');
        const retiring = await rows.evaluateAll(all => all.filter(row => !(row as unknown as { hidden: boolean }).hidden).map(row => row.getAttribute('data-status')));
        expect(retiring.length).toBeGreaterThan(0);
        expect(new Set(retiring)).toEqual(new Set(['retiring']));
        expect(await page.locator('#filter-count').textContent()).toBe(`${retiring.length} of ${total} services shown`);

        await page.selectOption('#filter-status', '');
        await page.selectOption('#filter-customer', 'Finance');
        const forFinance = await rows.evaluateAll(all => all.filter(row => !(row as unknown as { hidden: boolean }).hidden).map(row => row.getAttribute('data-customers') ?? ''));
        expect(forFinance.length).toBeGreaterThan(0);
        expect(forFinance.every(customers => customers.split(' ').includes('Finance'))).toBe(true);

        // The filter is reachable from the keyboard: Tab lands on its first control.
        await page.click('button[type="reset"]');
        await page.keyboard.press('Tab');
        await page.screenshot({ path: path.join(ARTIFACTS, 'customer-index.png'), fullPage: true });
        await page.close();
    });

    it('opens a service page from the index', async () => {
        const page = await open('customer/index.html');
        const link = page.locator('#service-list tbody tr a').first();
        const title = (await link.textContent())?.trim();
        await link.click();
        await expect.poll(() => page.locator('h1').textContent()).toContain(title);
        await page.screenshot({ path: path.join(ARTIFACTS, 'customer-service.png'), fullPage: true });
        await page.close();
        expect(problems).toEqual([]);
    });
});
