// Bundles svcdef's programs into self-contained CommonJS files under out/.
//
//   node esbuild.mjs            development build, with source maps
//   node esbuild.mjs --minify   packaging build: minified, no source maps
//   node esbuild.mjs --watch    rebuild on every change until interrupted
//
// CommonJS because the bin shims and VS Code load programs with require(); everything,
// Langium and the A2 model JSON included, goes into the bundle so that an installed
// package needs no node_modules resolution at run time.
import * as esbuild from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * One line per program. `external` lists modules that the host provides at run time
 * (`vscode` for the extensions); `platform` and `format` are Node's and CommonJS unless given.
 */
export const ENTRY_POINTS = [
    { entry: 'src/cli/main.ts', outfile: 'out/cli.cjs', external: [] },
    { entry: 'src/language-server/main.ts', outfile: 'out/language-server.cjs', external: [] },
    { entry: 'src/extension/main.ts', outfile: 'out/extension.cjs', external: ['vscode'] },
    // The web extension (vscode.dev, github.dev) and its language server in a web worker:
    // browser builds, in which a Node built-in cannot resolve and fails the build. VS Code's
    // web extension host loads only CommonJS, and package.json's "type": "module" makes it
    // treat any entry not ending in `.cjs` as an ES module ("ESM modules are not supported").
    { entry: 'src/language-server/browser-main.ts', outfile: 'out/language-server-worker.js', external: [], platform: 'browser', format: 'iife' },
    { entry: 'src/extension/browser-main.ts', outfile: 'out/extension-web.cjs', external: ['vscode'], platform: 'browser', format: 'cjs' }
];

/** esbuild options for one entry point. */
export function optionsFor(entryPoint, { minify = false, write = true } = {}) {
    return {
        write,
        absWorkingDir: root,
        entryPoints: [entryPoint.entry],
        outfile: entryPoint.outfile,
        external: entryPoint.external,
        bundle: true,
        platform: entryPoint.platform ?? 'node',
        format: entryPoint.format ?? 'cjs',
        target: entryPoint.platform === 'browser' ? 'es2022' : 'node22',
        // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow;
        // its ES module build bundles.
        alias: {
            'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
            // The generator hashes asset names with node:crypto; a browser has no synchronous digest.
            ...(entryPoint.platform === 'browser' ? { 'node:crypto': './src/language-server/node-crypto-for-browsers.ts' } : {})
        },
        minify,
        sourcemap: !minify,
        // Packaged builds carry no maps; development maps point at the sources in the tree.
        sourcesContent: false,
        logLevel: 'warning'
    };
}

/**
 * Builds every entry point once. Resolves to esbuild's results; rejects on a build error.
 * With `write: false` nothing is written and each result carries its `outputFiles`.
 */
export async function bundle({ minify = false, write = true } = {}) {
    const results = await Promise.all(ENTRY_POINTS.map(entryPoint => esbuild.build(optionsFor(entryPoint, { minify, write }))));
    if (minify && write) {
        // A map left by an earlier development build would describe other code, and ship with it.
        await Promise.all(ENTRY_POINTS.map(entryPoint => rm(path.join(root, `${entryPoint.outfile}.map`), { force: true })));
    }
    return results;
}

/** Rebuilds every entry point whenever one of its inputs changes. Resolves to the contexts. */
export async function watch({ minify = false } = {}) {
    const contexts = await Promise.all(ENTRY_POINTS.map(entryPoint => esbuild.context({
        ...optionsFor(entryPoint, { minify }),
        plugins: [reportRebuilds(entryPoint.outfile)]
    })));
    await Promise.all(contexts.map(context => context.watch()));
    return contexts;
}

function reportRebuilds(outfile) {
    return {
        name: 'report-rebuilds',
        setup(build) {
            build.onEnd(result => {
                const time = new Date().toLocaleTimeString();
                const errors = result.errors.length;
                console.log(errors === 0
                    ? `[${time}] built ${outfile}`
                    : `[${time}] ${outfile}: ${errors} error${errors === 1 ? '' : 's'}, keeping the previous build`);
            });
        }
    };
}

async function main(args) {
    const known = new Set(['--minify', '--watch']);
    const unknown = args.filter(arg => !known.has(arg));
    if (unknown.length > 0) {
        console.error(`esbuild.mjs: unknown option ${unknown.join(', ')} (use --minify and/or --watch).`);
        process.exit(2);
    }
    const minify = args.includes('--minify');
    if (args.includes('--watch')) {
        await watch({ minify });
        console.log('Watching for changes; press Ctrl+C to stop.');
        return;
    }
    try {
        await bundle({ minify });
    } catch {
        // esbuild has already printed the errors with file and line.
        process.exit(1);
    }
    console.log(`Bundled ${ENTRY_POINTS.map(entryPoint => entryPoint.outfile).join(', ')}${minify ? ' (minified)' : ''}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    await main(process.argv.slice(2));
}
