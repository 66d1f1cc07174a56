/**
 * Builds what the benchmarks run into .bench/build/: svcdef's own programs (the CLI and the
 * language server, from the entry points and with the options of esbuild.mjs, so they
 * are byte for byte what `node esbuild.mjs` puts in out/) and the benchmark's helper
 * programs. Running private copies keeps every run of a benchmark on one build, even when
 * out/ is rebuilt meanwhile, and keeps each bundle's source map matching its profile.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { ENTRY_POINTS, optionsFor } from '../esbuild.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIR = path.join(root, '.bench', 'build');

/** Helper programs of the benchmark, by name. */
const HELPERS = ['parse-only', 'validate-phases', 'catalog-phases'];

/** `cli`, `language-server`, or a helper's name: run as `node <programPath(name)>`. */
export function programPath(name) {
    return path.join(BUILD_DIR, `${name}.cjs`);
}

export async function bundlePrograms() {
    const svcdef = ENTRY_POINTS.map(entryPoint => ({ ...entryPoint, outfile: programPath(path.basename(entryPoint.outfile, '.cjs')) }));
    const helpers = HELPERS.map(name => ({ entry: `benchmarks/programs/${name}.mjs`, outfile: programPath(name), external: [] }));
    await Promise.all([...svcdef, ...helpers].map(entryPoint => esbuild.build(optionsFor(entryPoint))));
    for (const name of ['cli', 'language-server']) {
        if (!ENTRY_POINTS.some(entryPoint => path.basename(entryPoint.outfile, '.cjs') === name)) {
            throw new Error(`esbuild.mjs no longer builds out/${name}.cjs; update benchmarks/bundle-programs.mjs.`);
        }
    }
}
