import { builtinModules } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildEntry, WEB_EXTENSION_ENTRY, WORKER_ENTRY } from './worker-harness/serve-worker.js';

/**
 * The web extension's two bundles (esbuild.mjs): what a browser cannot load must not be in
 * them. Both are built for the browser platform, on which esbuild fails at a Node built-in;
 * these tests also pin what else they must (not) contain.
 */
describe('the web bundles', () => {
    it('the language server worker imports no Node built-in and holds one vscode-jsonrpc', { timeout: 60_000 }, async () => {
        const worker = await buildEntry(WORKER_ENTRY);
        expect(nodeBuiltinImports(worker.metafile!)).toEqual([]);
        expect(packageFolders(worker.metafile!, 'vscode-jsonrpc')).toHaveLength(1);
        // The generator's node:crypto is replaced by the browser's SHA-256.
        expect(inputs(worker.metafile!)).toContain('src/language-server/node-crypto-for-browsers.ts');
        expect(worker.text).not.toMatch(/\brequire\(["'](node:)?(fs|path|os|child_process|crypto)["']\)/);
    });

    it('the web extension imports no Node built-in and leaves the language core to the worker', { timeout: 60_000 }, async () => {
        const extension = await buildEntry(WEB_EXTENSION_ENTRY);
        expect(nodeBuiltinImports(extension.metafile!)).toEqual([]);
        expect(inputs(extension.metafile!).filter(input => input.startsWith('src/language/') || input.includes('node_modules/langium/'))).toEqual([]);
    });

    it('add less than half a megabyte to the vsix, which must stay under 2 MB', { timeout: 60_000 }, async () => {
        // The vsix is a zip: what the two bundles cost in it is their deflated size.
        const built = await Promise.all([buildEntry(WORKER_ENTRY, { minify: true }), buildEntry(WEB_EXTENSION_ENTRY, { minify: true })]);
        const packed = built.reduce((total, bundle) => total + deflateRawSync(bundle.text, { level: 9 }).length, 0);
        expect(packed).toBeLessThan(512 * 1024);
    });
});

function inputs(metafile: Metafile): string[] {
    return Object.keys(metafile.inputs).map(input => input.replace(/\\/g, '/'));
}

/** Imports of Node built-ins left in the bundle as externals. */
function nodeBuiltinImports(metafile: Metafile): string[] {
    const builtins = new Set([...builtinModules, ...builtinModules.map(name => `node:${name}`)]);
    return Object.values(metafile.inputs).flatMap(input => input.imports.map(imported => imported.path)).filter(path => builtins.has(path));
}

/** The folders of a package that bundled files come from. */
function packageFolders(metafile: Metafile, name: string): string[] {
    const folders = inputs(metafile).map(input => new RegExp(`^(.*node_modules/${name})/`).exec(input)?.[1]).filter(folder => folder !== undefined);
    return [...new Set(folders)];
}
