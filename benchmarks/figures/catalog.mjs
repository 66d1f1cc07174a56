/**
 * Figure 4: `svcdef generate catalog` with every view and every format, written to a
 * scratch folder under .bench/ that is removed afterwards: wall time, peak RSS and the
 * number of files written.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureOf, measureProcess } from '../measure-process.mjs';
import { CLI } from './validate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Undefined when this build of svcdef can generate the catalog, otherwise why not. */
export async function catalogUnavailable() {
    const result = await measureProcess(CLI, ['generate', 'catalog', '--help'], { timeoutMs: 60_000 });
    return result.code === 0 && /--out/.test(result.stdout) ? undefined : 'this build of svcdef has no `generate catalog` command';
}

export async function runCatalog({ folder, size, cpuProfileDir }) {
    const out = path.join(root, '.bench', 'catalog', size);
    rmSync(out, { recursive: true, force: true });
    try {
        const result = await measureProcess(CLI, ['generate', 'catalog', '--workspace', '.', '--out', out], { cwd: folder, cpuProfileDir });
        if (result.code !== 0) {
            throw new Error(`svcdef generate catalog ${failureOf(result)}`);
        }
        const written = /(\d+) files?/.exec(result.stdout);
        return { wallMs: result.wallMs, cpuMs: result.cpuMs, peakRssBytes: result.peakRssBytes, filesWritten: written ? Number(written[1]) : undefined };
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
}
