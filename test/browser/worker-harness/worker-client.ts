import type { Browser, Page } from 'playwright-core';
import { watchPage } from '../headless-chromium.js';

/** What harness.js keeps of a publishDiagnostics notification. */
export interface PublishedDiagnostics {
    readonly diagnostics: ReadonlyArray<{ readonly message: string; readonly severity?: number; readonly range: unknown; readonly code?: unknown }>;
    readonly at: number;
}

export interface StartOptions {
    readonly folder: string;
    readonly files: Record<string, string>;
    /** False for a plain LSP client that never offers the workspace's files. */
    readonly offerFiles?: boolean;
    readonly configuration?: Record<string, unknown>;
}

/**
 * The tests' handle on harness.js in a Chromium tab: each method runs the harness's method
 * of the same name in the page, where the worker runs.
 */
export class WorkerClient {
    private constructor(readonly page: Page, readonly problems: string[]) {}

    /** Opens the harness page of `url` in a new tab, watched for console errors and page errors. */
    static async open(browser: Browser, url: string): Promise<WorkerClient> {
        const page = await browser.newPage();
        const problems: string[] = [];
        watchPage(page, problems, () => 'worker harness', address => address.startsWith(url));
        await page.goto(url);
        return new WorkerClient(page, problems);
    }

    start(options: StartOptions): Promise<unknown> {
        return this.call('start', options);
    }

    request<T = unknown>(method: string, params: unknown): Promise<T> {
        return this.call('request', method, params) as Promise<T>;
    }

    notify(method: string, params: unknown): Promise<void> {
        return this.call('notify', method, params) as Promise<void>;
    }

    open(uri: string, text: string, version = 1): Promise<void> {
        return this.call('open', uri, text, version) as Promise<void>;
    }

    change(uri: string, text: string, version: number): Promise<void> {
        return this.call('change', uri, text, version) as Promise<void>;
    }

    writeFile(uri: string, text: string): Promise<void> {
        return this.call('writeFile', uri, text) as Promise<void>;
    }

    /** Resolves (with ms since start) once every URI has diagnostics published after `since` that `accept` (a function's source, run in the page) takes. */
    diagnosticsFor(uris: readonly string[], { since = 0, accept = '() => true', timeout = 120_000 } = {}): Promise<number> {
        return this.page.evaluate(({ uris, since, accept, timeout }) => {
            const harness = (globalThis as unknown as { harness: { diagnosticsFor(...args: unknown[]): Promise<number> } }).harness;
            return harness.diagnosticsFor(uris, { since, accept: new Function(`return (${accept});`)(), timeout });
        }, { uris, since, accept, timeout });
    }

    diagnostics(uri: string): Promise<PublishedDiagnostics | undefined> {
        return this.page.evaluate(uri => (globalThis as unknown as { harness: { diagnostics: Map<string, PublishedDiagnostics> } }).harness.diagnostics.get(uri), uri);
    }

    now(): Promise<number> {
        return this.call('now') as Promise<number>;
    }

    /** How often the server listed and read the workspace through the bridge, and how many files it read. */
    bridgeCalls(): Promise<{ list: number; read: number; filesRead: number }> {
        return this.page.evaluate(() => (globalThis as unknown as { harness: { bridgeCalls: { list: number; read: number; filesRead: number } } }).harness.bridgeCalls);
    }

    /** The methods of every request and notification the server sent so far. */
    fromServer(): Promise<string[]> {
        return this.page.evaluate(() => (globalThis as unknown as { harness: { fromServer: string[] } }).harness.fromServer);
    }

    close(): Promise<void> {
        return this.page.close();
    }

    private call(method: string, ...args: unknown[]): Promise<unknown> {
        return this.page.evaluate(({ method, args }) => {
            const harness = (globalThis as unknown as { harness: Record<string, (...args: unknown[]) => unknown> }).harness;
            return harness[method]!.apply(harness, args);
        }, { method, args });
    }
}
