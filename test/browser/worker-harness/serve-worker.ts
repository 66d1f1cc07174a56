import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildOptions, BuildResult } from 'esbuild';
import { ROOT } from '../../cli/built-cli.js';

interface EsbuildScript {
    ENTRY_POINTS: Array<{ entry: string; outfile: string }>;
    optionsFor(entryPoint: { entry: string }, options: { write?: boolean; minify?: boolean }): BuildOptions;
}

export const WORKER_ENTRY = 'src/language-server/browser-main.ts';
export const WEB_EXTENSION_ENTRY = 'src/extension/browser-main.ts';

/** Builds one of esbuild.mjs's entry points in memory, with its metafile, as the packaging build would. */
export async function buildEntry(entry: string, { minify = false } = {}): Promise<BuildResult & { text: string }> {
    const script = await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href) as EsbuildScript;
    const esbuild = await import('esbuild');
    const entryPoint = script.ENTRY_POINTS.find(candidate => candidate.entry === entry);
    if (!entryPoint) {
        throw new Error(`esbuild.mjs has no entry point ${entry}.`);
    }
    const result = await esbuild.build({ ...script.optionsFor(entryPoint, { write: false, minify }), metafile: true });
    const output = result.outputFiles!.find(file => !file.path.endsWith('.map'))!;
    return { ...result, text: output.text };
}

const HARNESS = path.dirname(fileURLToPath(import.meta.url));

/**
 * Serves the harness page and a fresh build of the worker bundle on localhost (a worker
 * cannot start from a file:// page). Resolves to the page's address and a way to stop.
 */
export async function serveWorkerHarness(): Promise<{ url: string; close(): Promise<void> }> {
    const worker = (await buildEntry(WORKER_ENTRY)).text;
    const pages: Record<string, { type: string; body: () => Promise<string> }> = {
        '/': { type: 'text/html', body: () => readFile(path.join(HARNESS, 'index.html'), 'utf8') },
        '/harness.js': { type: 'text/javascript', body: () => readFile(path.join(HARNESS, 'harness.js'), 'utf8') },
        '/out/language-server-worker.js': { type: 'text/javascript', body: () => Promise.resolve(worker) }
    };
    const server: Server = createServer((request, response) => {
        const page = pages[new URL(request.url ?? '/', 'http://localhost').pathname];
        if (!page) {
            response.writeHead(404).end();
            return;
        }
        page.body().then(
            body => response.writeHead(200, { 'content-type': `${page.type}; charset=utf-8` }).end(body),
            error => response.writeHead(500).end(String(error))
        );
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>(resolve => server.close(() => resolve()))
    };
}
