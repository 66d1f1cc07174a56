/**
 * The disk's share of `svcdef generate catalog`: writes a tree with the same folders, the
 * same number of files and the same file sizes as a catalog svcdef wrote, one file after
 * another with a plain synchronous loop (as svcdef's writer thread does), and prints how
 * long that took as one line of JSON. Nothing is rendered or encoded, so no catalog
 * generator can write that tree faster on this disk.
 *
 *   node benchmarks/programs/write-floor.mjs <catalog folder> <new folder>
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
    process.stderr.write('usage: write-floor.mjs <catalog folder> <new folder>\n');
    process.exit(2);
}

/** The files of `folder`, depth first in name order, as paths relative to it with their sizes. */
function listFiles(folder, prefix = '') {
    const entries = readdirSync(path.join(folder, prefix), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    return entries.flatMap(entry => {
        const relative = path.join(prefix, entry.name);
        return entry.isDirectory() ? [{ folder: relative }, ...listFiles(folder, relative)] : [{ file: relative, size: statSync(path.join(folder, relative)).size }];
    });
}

const entries = listFiles(source);
// A loop, not Math.max(...sizes): a 50k-service catalog has more files than a call has room for arguments.
let largest = 0;
for (const entry of entries) {
    largest = Math.max(largest, entry.size ?? 0);
}
const filler = Buffer.alloc(largest, 'x');

const started = performance.now();
mkdirSync(target);
let files = 0;
let bytes = 0;
for (const entry of entries) {
    if (entry.folder) {
        mkdirSync(path.join(target, entry.folder));
    } else {
        writeFileSync(path.join(target, entry.file), filler.subarray(0, entry.size), { flag: 'wx' });
        files++;
        bytes += entry.size;
    }
}
const writeMs = performance.now() - started;
process.stdout.write(JSON.stringify({ files, bytes, writeMs }) + '\n');
