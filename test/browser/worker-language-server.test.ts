import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/built-cli.js';
import { launchChromium, NO_CHROMIUM } from './headless-chromium.js';
import { serveWorkerHarness } from './worker-harness/serve-worker.js';
import { WorkerClient } from './worker-harness/worker-client.js';
import { WORKSPACE_URI, workspaceFiles, workspaceUri } from './worker-harness/workspace-files.js';

/**
 * The language server's web-worker bundle in headless Chromium, as the web extension runs
 * it on vscode.dev: a page speaks LSP to it over postMessage and hands it examples/acme
 * through the workspace-files bridge, from memory.
 */
const ERROR = 1;
const COLLABORATION = workspaceUri('services/collaboration.svcdef');
const SLAS = workspaceUri('agreements/slas.svcdef');
const NO_ERRORS = '(diagnostics) => diagnostics.every(diagnostic => diagnostic.severity !== 1)';

describe.skipIf(NO_CHROMIUM)('the language server in a web worker', { timeout: 120_000 }, () => {
    let browser: Browser;
    let harness: { url: string; close(): Promise<void> };
    let files: Record<string, string>;
    let sources: string[];

    beforeAll(async () => {
        [browser, harness, files] = await Promise.all([launchChromium(), serveWorkerHarness(), workspaceFiles(path.join(ROOT, 'examples/acme'))]);
        sources = Object.keys(files).filter(uri => uri.endsWith('.svcdef'));
    }, 120_000);

    afterAll(async () => {
        await browser?.close();
        await harness?.close();
    });

    describe('with the workspace offered through the bridge', () => {
        let client: WorkerClient;

        beforeAll(async () => {
            client = await WorkerClient.open(browser, harness.url);
            await client.start({ folder: WORKSPACE_URI, files });
        }, 120_000);

        afterAll(async () => {
            expect(client.problems).toEqual([]);
            await client.close();
        });

        it('builds every file of the workspace without any being opened, in a few round trips', async () => {
            await client.diagnosticsFor(sources, { accept: NO_ERRORS });
            expect(sources.length).toBe(11);
            const calls = await client.bridgeCalls();
            expect(calls.list).toBe(1);
            // The holidays calendar and svcdef.json-like files with the listing; the sources in one batch.
            expect(calls.read).toBeLessThanOrEqual(2);
            expect(calls.filesRead).toBe(Object.keys(files).length);
        });

        it('reports an error in a file never opened when a declaration it refers to changes elsewhere', async () => {
            const original = files[COLLABORATION]!;
            const since = await client.now();
            await client.open(COLLABORATION, original);
            await client.change(COLLABORATION, original.replace('service Email "Corporate Email"', 'service Mail "Corporate Email"'), 2);
            await client.diagnosticsFor([SLAS], { since, accept: '(diagnostics) => diagnostics.some(diagnostic => diagnostic.severity === 1 && /Email/.test(diagnostic.message))' });
            const broken = (await client.diagnostics(SLAS))!.diagnostics.filter(diagnostic => diagnostic.severity === ERROR);
            expect(broken.map(diagnostic => diagnostic.message).join('\n')).toMatch(/Email/);

            const restored = await client.now();
            await client.change(COLLABORATION, original, 3);
            await client.diagnosticsFor([SLAS], { since: restored, accept: NO_ERRORS });
        });

        it('completes the names of other files\' elements where they fit', async () => {
            const uri = workspaceUri('scratch.svcdef');
            await client.open(uri, 'sla Scratch "Scratch" {\n  customer \n}\n');
            const completion = await client.request<{ items: Array<{ label: string }> } | Array<{ label: string }>>('textDocument/completion', {
                textDocument: { uri }, position: { line: 1, character: 11 }
            });
            const labels = (Array.isArray(completion) ? completion : completion.items).map(item => item.label);
            expect(labels).toContain('Finance');
            expect(labels).not.toContain('Email');
            await client.notify('textDocument/didClose', { textDocument: { uri } });
        });

        it('renames a service in every file that names it, unopened ones included', async () => {
            const text = files[COLLABORATION]!;
            const line = text.split('\n').findIndex(candidate => candidate.startsWith('service Email '));
            const edit = await client.request<{ changes?: Record<string, unknown[]>; documentChanges?: Array<{ textDocument: { uri: string }; edits: unknown[] }> }>('textDocument/rename', {
                textDocument: { uri: COLLABORATION }, position: { line, character: 'service '.length + 1 }, newName: 'Mail'
            });
            const touched = edit.changes ? Object.keys(edit.changes) : edit.documentChanges!.map(change => change.textDocument.uri);
            expect(touched).toEqual(expect.arrayContaining([COLLABORATION, SLAS]));
        });

        it('answers the catalog preview from the workspace it built', async () => {
            const page = await client.request<{ content: string; files: number }>('svcdef/previewPage', { view: 'customer', path: 'index.html' });
            expect(page.files).toBe(sources.length);
            expect(page.content).toContain('Corporate Email');
        });

        it('gives the A2 model view its tree, with the workspace\'s bindings', async () => {
            const roots = await client.request<Array<{ label: string; children: unknown[] }>>('svcdef/a2Tree', undefined);
            expect(roots.length).toBeGreaterThan(0);
            expect(JSON.stringify(roots)).toContain('SlaAuthoring');
        });

        it('keeps a file closed after it was saved, and goes back to the saved text when closed unsaved', async () => {
            const original = files[COLLABORATION]!;
            const uri = COLLABORATION;
            await client.open(uri, original, 10);
            const since = await client.now();
            await client.change(uri, original.replace('service Email "Corporate Email"', 'service Mail "Corporate Email"'), 11);
            await client.diagnosticsFor([SLAS], { since, accept: '(diagnostics) => diagnostics.some(diagnostic => diagnostic.severity === 1)' });
            const closed = await client.now();
            await client.notify('textDocument/didClose', { textDocument: { uri } });
            // Closed unsaved: the workspace holds the saved text again, and the SLAs find Email.
            await client.diagnosticsFor([SLAS], { since: closed, accept: NO_ERRORS });
            const later = await client.now();
            const renamed = await client.request<Array<{ uri: string }> | null>('textDocument/references', {
                textDocument: { uri }, position: { line: original.split('\n').findIndex(text => text.startsWith('service Email ')), character: 9 }, context: { includeDeclaration: true }
            });
            expect(renamed?.map(location => location.uri)).toContain(SLAS);
            expect((await client.diagnostics(SLAS))!.at).toBeLessThanOrEqual(later);
        });

        it('takes in a file created in the workspace when the watcher reports it', async () => {
            const uri = workspaceUri('services/new-service.svcdef');
            const since = await client.now();
            await client.writeFile(uri, 'service Printing "Printing" {\n  status live\n  owner NoSuchTeam\n}\n');
            await client.diagnosticsFor([uri], { since, accept: '(diagnostics) => diagnostics.some(diagnostic => /NoSuchTeam/.test(diagnostic.message))' });
        });
    });

    describe('driven by a plain LSP client that does not offer the workspace', () => {
        let client: WorkerClient;

        beforeAll(async () => {
            client = await WorkerClient.open(browser, harness.url);
            await client.start({ folder: WORKSPACE_URI, files: {}, offerFiles: false });
        }, 120_000);

        afterAll(async () => {
            expect(client.problems).toEqual([]);
            await client.close();
        });

        it('checks and answers on the documents it opens, and never asks for files', async () => {
            const uri = workspaceUri('services/collaboration.svcdef');
            await client.open(uri, files[COLLABORATION]!);
            await client.diagnosticsFor([uri], { accept: '(diagnostics) => diagnostics.some(diagnostic => diagnostic.severity === 1)' });
            const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 9 } });
            expect(JSON.stringify(hover?.contents)).toContain('Corporate Email');
            expect((await client.fromServer()).filter(method => method.startsWith('svcdef/list') || method.startsWith('svcdef/read'))).toEqual([]);
        });

        it('answers every editor feature of the desktop server on an opened document', async () => {
            const uri = workspaceUri('agreements/slas.svcdef');
            const text = files[SLAS]!;
            await client.open(uri, text);
            await client.diagnosticsFor([uri]);
            const lines = text.split('\n');
            const line = lines.findIndex(candidate => /target availability/.test(candidate));
            const at = { textDocument: { uri }, position: { line, character: lines[line]!.indexOf('availability') + 2 } };
            const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
            const definition = await client.request<Array<{ uri?: string; targetUri?: string }> | { uri: string }>('textDocument/definition', at);
            expect(JSON.stringify(definition)).toMatch(/builtin:\/+svcdef-library\.svcdef/);
            const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
            expect(tokens.data.length).toBeGreaterThan(0);
            const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
            expect(symbols.length).toBeGreaterThan(0);
            const formatting = await client.request<unknown[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
            expect(Array.isArray(formatting)).toBe(true);
            const hints = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
            expect(hints.length).toBeGreaterThan(0);
            const folding = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } });
            expect(folding.length).toBeGreaterThan(0);
            const highlights = await client.request<unknown[]>('textDocument/documentHighlight', at);
            expect(highlights.length).toBeGreaterThan(0);
        });
    });
});
