import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/built-cli.js';

interface EsbuildScript {
    ENTRY_POINTS: Array<{ entry: string }>;
    optionsFor(entryPoint: { entry: string }, options: { write: boolean }): BuildOptions;
}

/**
 * Langium answers a failed request with a `ResponseError`, and the connection recognises
 * one with `instanceof`. With two copies of vscode-jsonrpc in the language server (one
 * under Langium, one under vscode-languageserver) the check fails, and every error goes
 * out as a result. The bundle must hold exactly one.
 */
describe('the language server bundle', () => {
    it('contains one copy of vscode-jsonrpc', { timeout: 60_000 }, async () => {
        const script = await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href) as EsbuildScript;
        const esbuild = await import('esbuild');
        const entryPoint = script.ENTRY_POINTS.find(candidate => candidate.entry === 'src/language-server/main.ts')!;
        const result = await esbuild.build({ ...script.optionsFor(entryPoint, { write: false }), metafile: true });
        const copies = packageFolders(result.metafile!, 'vscode-jsonrpc');
        expect(copies).toHaveLength(1);
    });
});

/** The folders of a package that bundled files come from, such as `node_modules/langium/node_modules/vscode-jsonrpc`. */
function packageFolders(metafile: Metafile, name: string): string[] {
    const folders = Object.keys(metafile.inputs)
        .map(input => new RegExp(`^(.*node_modules/${name})/`).exec(input.replace(/\\/g, '/'))?.[1])
        .filter((folder): folder is string => folder !== undefined);
    return [...new Set(folders)];
}
