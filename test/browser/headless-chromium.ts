import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Headless Chromium (Debian's package) for the tests that look at published pages as a
 * reader would, and the watch those tests keep on every page: a published page opened from
 * the file system must log no console error, throw nothing and fetch nothing from the web.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Skip where no Chromium is installed, but never in CI, where a missing browser is a broken setup. */
export const NO_CHROMIUM = !existsSync(CHROMIUM) && !process.env.CI;

/** No sandbox (containers have none to give), and none of the browser's own calls home. */
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/**
 * Records on `problems` each console error, uncaught exception and request `isLocal` does
 * not accept (by default anything but file://), each prefixed with `label()`: the page
 * being looked at when it happened.
 */
export function watchPage(page: Page, problems: string[], label: () => string, isLocal = (url: string) => url.startsWith('file:')): void {
    page.on('console', message => { if (message.type() === 'error') problems.push(`${label()}: ${message.text()}`); });
    page.on('pageerror', error => problems.push(`${label()}: ${error.message}`));
    page.on('request', request => { if (!isLocal(request.url())) problems.push(`${label()}: fetched ${request.url()}`); });
}

export interface PageOptions {
    readonly width?: number;
    readonly height?: number;
    readonly colorScheme?: 'light' | 'dark';
}

/** A watched tab that moves from page to page of one output folder, labelling problems with the page it is on. */
export type SiteTab = Page & { visit(relative: string): Promise<void> };

export async function newSiteTab(browser: Browser, folder: string, problems: string[], options: PageOptions = {}): Promise<SiteTab> {
    const page = await browser.newPage({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? 'light'
    });
    let current = '';
    watchPage(page, problems, () => current);
    return Object.assign(page, {
        visit: async (relative: string) => {
            current = relative;
            await page.goto(pathToFileURL(path.join(folder, relative)).toString());
        }
    });
}

/** Opens `relative` (a path under `folder`) from the file system in a watched tab of its own. */
export async function openPage(browser: Browser, folder: string, relative: string, problems: string[], options: PageOptions = {}): Promise<Page> {
    const tab = await newSiteTab(browser, folder, problems, options);
    await tab.visit(relative);
    return tab;
}
