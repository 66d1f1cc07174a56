/**
 * One code-server workbench in headless Chromium for a test file of the editor suite: the
 * browser, the page on the workbench, what its console said, and test steps that keep a
 * screenshot of the moment they failed together with the console and code-server's log.
 */
import type { Browser } from 'playwright-core';
import { it } from 'vitest';
import { launchChromium } from '../browser/headless-chromium.js';
import type { CodeServer } from './code-server.js';
import { Workbench } from './workbench.js';

export class WorkbenchSession {
    /** Console output of the page, its frames (webviews) and workers (the web extension host's). */
    readonly consoleMessages: string[] = [];
    private browser: Browser | undefined;
    private opened: Workbench | undefined;

    constructor(private readonly label: string, private readonly server: () => CodeServer | undefined) {}

    /** Opens code-server's workbench, on `folder` when given (else the folder code-server serves). */
    async open(folder?: string): Promise<Workbench> {
        const server = this.server();
        if (!server) throw new Error('code-server did not start.');
        this.browser = await launchChromium();
        const page = await this.browser.newPage({ viewport: { width: 1600, height: 1000 } });
        page.setDefaultTimeout(30_000);
        page.on('console', message => this.consoleMessages.push(`${message.type()}: ${message.text()} (${message.location().url})`));
        const url = new URL(server.url);
        if (folder) url.searchParams.set('folder', folder);
        await page.goto(url.toString());
        this.opened = new Workbench(page);
        await this.opened.waitUntilReady();
        return this.opened;
    }

    get workbench(): Workbench {
        if (!this.opened) throw new Error('The workbench is not open.');
        return this.opened;
    }

    async close(): Promise<void> {
        await this.browser?.close();
    }

    /** A test step; a failure names its screenshot and ends with the console and code-server's log. */
    step(name: string, body: () => Promise<void>, timeout = 120_000): void {
        it(name, async () => {
            try {
                await body();
            } catch (error) {
                const shot = await this.opened?.screenshot(`failed-${this.label}${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => undefined);
                throw new Error(`${error instanceof Error ? error.message : String(error)}\nscreenshot: ${shot}`
                    + `\nbrowser console:\n${this.consoleMessages.slice(-40).join('\n')}\ncode-server log:\n${this.server()?.log().slice(-4000)}`);
            }
        }, timeout);
    }
}
