/**
 * The tree of a catalog svcdef wrote, as the disk-floor program (programs/write-floor.mjs)
 * copies it: its folders and files with their sizes, and the same tree written again with
 * filler bytes by a plain synchronous loop.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The folders and files under `folder`, depth first in name order, relative to it; files with their sizes. */
export function listTree(folder, prefix = '') {
    const entries = readdirSync(path.join(folder, prefix), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const listed = [];
    for (const entry of entries) {
        const relative = path.join(prefix, entry.name);
        if (entry.isDirectory()) {
            listed.push({ folder: relative });
            for (const inner of listTree(folder, relative)) listed.push(inner);
        } else {
            listed.push({ file: relative, size: statSync(path.join(folder, relative)).size });
        }
    }
    return listed;
}

/** The size of the largest file: a loop, as a 50k-service catalog has more files than a call has room for arguments. */
export function largestSize(entries) {
    let largest = 0;
    for (const entry of entries) {
        largest = Math.max(largest, entry.size ?? 0);
    }
    return largest;
}

/** Writes the listed tree under `target`, which must not exist yet; returns what it wrote and how long that took. */
export function writeTree(entries, target) {
    const filler = Buffer.alloc(largestSize(entries), 'x');
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
    return { files, bytes, writeMs: performance.now() - started };
}
