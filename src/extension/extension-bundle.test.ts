/**
 * The extension host runs no language core: the preview, Generate and the A2 model view ask
 * the language server (src/protocol/svcdef-requests.ts). This builds the extension bundles
 * as packaging does and checks what went into them.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

interface EntryPoint {
    readonly entry: string;
    readonly outfile: string;
}

interface EsbuildScript {
    readonly ENTRY_POINTS: readonly EntryPoint[];
    optionsFor(entryPoint: EntryPoint, options: { minify?: boolean; write?: boolean }): esbuild.BuildOptions;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const { ENTRY_POINTS, optionsFor } = await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href) as EsbuildScript;

/** What the language core is: Langium and its parser toolkit, the language, the generators, the A2 model. */
const CORE = [/^node_modules\/langium\//, /^node_modules\/chevrotain/, /^node_modules\/@chevrotain\//, /^src\/language\//, /^src\/generator\//, /^src\/a2\//];

/**
 * Pure leaves of the core that the extension may share with it:
 * - html-markup.ts: the escaping the preview's frame uses for its bar (view titles, the
 *   page path), the same the generator uses for the pages; 80 lines, no imports.
 * - catalog-view-names.ts: the views' names, titles and purposes for the picker and the
 *   preview's bar; no imports.
 * - search-piece-kinds.ts: the kinds of search index pieces the preview's bridge may ask
 *   the server for; no imports.
 */
const ALLOWED = new Set(['src/generator/html-markup.ts', 'src/generator/catalog-view-names.ts', 'src/generator/search-piece-kinds.ts']);

async function inputsOf(outfile: string): Promise<{ inputs: string[]; bytes: number }> {
    const entryPoint = ENTRY_POINTS.find(entry => entry.outfile === outfile);
    if (!entryPoint) throw new Error(`esbuild.mjs has no entry point for ${outfile}`);
    const result = await esbuild.build({ ...optionsFor(entryPoint, { minify: true, write: false }), metafile: true, logLevel: 'silent' });
    const metafile = result.metafile!;
    return { inputs: Object.keys(metafile.inputs), bytes: metafile.outputs[outfile].bytes };
}

describe('the extension bundles', { timeout: 120_000 }, () => {
    for (const outfile of ['out/extension.cjs', 'out/extension-web.cjs'].filter(file => ENTRY_POINTS.some(entry => entry.outfile === file))) {
        it(`${outfile} holds no language core, and stays small`, async () => {
            const { inputs, bytes } = await inputsOf(outfile);
            const core = inputs.filter(input => CORE.some(pattern => pattern.test(input)) && !ALLOWED.has(input));
            expect(core).toEqual([]);
            // The client library and the extension's own code; the core alone is several megabytes.
            expect(bytes).toBeLessThan(600_000);
            console.log(`${outfile}: ${(bytes / 1024).toFixed(0)} KiB minified, ${inputs.length} inputs`);
        });
    }
});
