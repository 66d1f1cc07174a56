/**
 * Generated workspaces live in .bench/workspaces/<size>/ (gitignored) with a stamp of the
 * generator's sources, the seed and the size; a workspace is written again only when one
 * of those changes, so repeated benchmark runs measure identical input.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateWorkspace, servicesForSize, writeWorkspace } from './generate-workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const WORKSPACES_DIR = path.resolve(here, '..', '.bench', 'workspaces');
const STAMP = '.generated.json';
/** Everything the generated text depends on. */
const GENERATOR_INPUTS = ['generate-workspace.mjs', 'seeded-random.mjs', '../src/a2/a2-model.json'];

function generatorHash(seed, size, errors) {
    const hash = createHash('sha256');
    for (const input of GENERATOR_INPUTS) {
        hash.update(readFileSync(path.join(here, input)));
    }
    hash.update(`seed=${seed};size=${size}${errors ? ';errors' : ''}`);
    return hash.digest('hex').slice(0, 16);
}

/**
 * The folder of the workspace for `size` ('1k', '10k', '50k'), generated if missing or
 * stale; with `errors`, the same workspace with its folder of mistakes, in a folder of
 * its own. Returns the folder, the element counts and whether it was generated just now.
 */
export function ensureWorkspace(size, { seed = DEFAULT_SEED, errors = false, log = () => undefined } = {}) {
    const folder = path.join(WORKSPACES_DIR, errors ? `${size}-errors` : size);
    const stampFile = path.join(folder, STAMP);
    const hash = generatorHash(seed, size, errors);
    if (existsSync(stampFile)) {
        const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
        if (stamp.hash === hash) {
            return { folder, counts: stamp.counts, seed, generated: false };
        }
    }
    log(`generating the ${size}${errors ? ' errors' : ''} workspace (seed ${seed})…`);
    const started = Date.now();
    const { files, counts } = generateWorkspace(servicesForSize(size), seed, { errors });
    writeWorkspace(folder, files);
    writeFileSync(stampFile, JSON.stringify({ hash, seed, size, counts }, null, 2) + '\n');
    log(`wrote ${counts.files} files, ${(counts.bytes / 1e6).toFixed(1)} MB, ${counts.elements} elements in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { folder, counts, seed, generated: true };
}
