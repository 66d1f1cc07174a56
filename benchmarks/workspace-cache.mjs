/**
 * Generated workspaces live in .bench/workspaces/<size>/ (gitignored) with a stamp of the
 * generator's sources, the seed and the size; a workspace is written again only when one
 * of those changes, so repeated benchmark runs measure identical input.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { changeWorkspace } from './changed-copy.mjs';
import { DEFAULT_SEED, generateWorkspace, servicesForSize, writeWorkspace } from './generate-workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const WORKSPACES_DIR = path.resolve(here, '..', '.bench', 'workspaces');
const STAMP = '.generated.json';
/** Everything the generated text depends on. */
const GENERATOR_INPUTS = ['generate-workspace.mjs', 'seeded-random.mjs', '../src/a2/a2-model.json'];

function generatorHash(seed, size, errors, changed) {
    const hash = createHash('sha256');
    for (const input of changed ? [...GENERATOR_INPUTS, 'changed-copy.mjs'] : GENERATOR_INPUTS) {
        hash.update(readFileSync(path.join(here, input)));
    }
    hash.update(`seed=${seed};size=${size}${errors ? ';errors' : ''}${changed ? ';changed' : ''}`);
    return hash.digest('hex').slice(0, 16);
}

/**
 * The folder of the workspace for `size` ('1k', '10k', '50k'), generated if missing or
 * stale; with `errors`, the same workspace with its folder of mistakes, in a folder of
 * its own; with `changed`, the head side of the diff figure: the same workspace with the
 * changes of changed-copy.mjs (listed in the stamp as `changes`). Returns the folder, the
 * element counts and whether it was generated just now.
 */
export function ensureWorkspace(size, { seed = DEFAULT_SEED, errors = false, changed = false, log = () => undefined } = {}) {
    const variant = errors ? '-errors' : changed ? '-changed' : '';
    const folder = path.join(WORKSPACES_DIR, `${size}${variant}`);
    const stampFile = path.join(folder, STAMP);
    const hash = generatorHash(seed, size, errors, changed);
    if (existsSync(stampFile)) {
        const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
        if (stamp.hash === hash) {
            return { folder, counts: stamp.counts, changes: stamp.changes, seed, generated: false };
        }
    }
    log(`generating the ${size}${errors ? ' errors' : changed ? ' changed' : ''} workspace (seed ${seed})…`);
    const started = Date.now();
    const generated = generateWorkspace(servicesForSize(size), seed, { errors });
    const { files, changes } = changed ? changeWorkspace(generated.files, seed) : generated;
    const counts = generated.counts;
    writeWorkspace(folder, files);
    writeFileSync(stampFile, JSON.stringify({ hash, seed, size, counts, changes }, null, 2) + '\n');
    log(`wrote ${counts.files} files, ${(counts.bytes / 1e6).toFixed(1)} MB, ${counts.elements} elements${changes ? `, ${changes.length} of them changed` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { folder, counts, changes, seed, generated: true };
}
