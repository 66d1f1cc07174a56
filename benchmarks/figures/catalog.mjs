/**
 * Figure 4: `svcdef generate catalog` with every view and every format, written to
 * scratch folders under .bench/catalog that are removed when the benchmark ends: wall
 * time, peak RSS, and what the output weighs (files, bytes, HTML pages and their average
 * size, files per service in each view; see catalog-output.mjs). After each run, the same
 * tree of files is written again by a plain loop (programs/write-floor.mjs), to show how
 * much of the time is the disk's. Then one view alone, HTML only (the support view, which
 * has the most pages), as a site is published most often, and its files written again the
 * same way. Last, programs/catalog-phases.mjs times, in a process of its own, what comes
 * between loading and writing: building the catalog model, and rendering each selection.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTree } from '../catalog-copy.mjs';
import { measureCatalogOutput } from '../catalog-output.mjs';
import { failureOf, measureProcess } from '../measure-process.mjs';
import { programPath } from '../bundle-programs.mjs';
import { BENCH_TODAY } from '../generate-workspace.mjs';
import { CLI } from './validate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUT_ROOT = path.join(root, '.bench', 'catalog');
const WRITE_FLOOR = path.join(root, 'benchmarks', 'programs', 'write-floor.mjs');
let runsStarted = 0;

/** Undefined when this build of svcdef can generate the catalog, otherwise why not. */
export async function catalogUnavailable() {
    const result = await measureProcess(CLI, ['generate', 'catalog', '--help'], { timeoutMs: 60_000 });
    return result.code === 0 && /--out/.test(result.stdout) ? undefined : 'this build of svcdef has no `generate catalog` command';
}

/**
 * Each run writes to a folder of its own, and the outputs are deleted only by
 * `removeCatalogOutputs` once every figure is measured: on this kind of disk (ext4 without
 * a journal) creating files right after a large tree was deleted is many times slower
 * (the kernel scans the recently freed inodes), which would charge the deletion of one
 * run's 46,000 files to the next run.
 */
export async function runCatalog({ folder, size, cpuProfileDir }) {
    const out = path.join(OUTPUT_ROOT, `${size}-${process.pid}-${++runsStarted}`);
    const result = await generate(folder, out, [], cpuProfileDir);
    const written = /(\d+) files?/.exec(result.stdout);
    const output = measureCatalogOutput(listTree(out));
    const floor = cpuProfileDir ? undefined : await writeFloor(out);
    const viewOut = `${out}-${ONE_VIEW}-html`;
    const oneView = await generate(folder, viewOut, ['--view', ONE_VIEW, '--format', 'html'], cpuProfileDir && path.join(cpuProfileDir, 'one-view'));
    const viewFloor = cpuProfileDir ? undefined : await writeFloor(viewOut);
    const phases = cpuProfileDir ? undefined : await catalogPhases(folder);
    return {
        wallMs: result.wallMs, cpuMs: result.cpuMs, peakRssBytes: result.peakRssBytes, filesWritten: written ? Number(written[1]) : undefined,
        floorMs: floor?.writeMs, bytesWritten: floor?.bytes, output,
        viewWallMs: oneView.wallMs, viewCpuMs: oneView.cpuMs, viewPeakRssBytes: oneView.peakRssBytes, viewFloorMs: viewFloor?.writeMs,
        modelMs: phases?.modelMs, renderMs: phases?.renderMs, viewRenderMs: phases?.viewRenderMs
    };
}

/** The view of the one-view figure: the support view, the largest. */
export const ONE_VIEW = 'support';

async function generate(folder, out, options, cpuProfileDir) {
    // On the validate figure's date, so the catalog checks and publishes what validate checked.
    const result = await measureProcess(CLI, ['generate', 'catalog', '--workspace', '.', '--out', out, '--today', BENCH_TODAY, ...options], { cwd: folder, cpuProfileDir });
    if (result.code !== 0) {
        throw new Error(`svcdef generate catalog ${options.join(' ')} ${failureOf(result)}`.replace('  ', ' '));
    }
    return result;
}

/** Writes a copy of the catalog in `out` with a plain loop, in a process of its own. */
async function writeFloor(out) {
    const result = await measureProcess(WRITE_FLOOR, [out, `${out}-floor`], { timeoutMs: 30 * 60_000 });
    if (result.code !== 0) {
        throw new Error(`write-floor.mjs ${failureOf(result)}`);
    }
    return JSON.parse(result.stdout.trim().split('\n').pop());
}

/** Building the model and rendering, timed in a process of its own that writes nothing. */
async function catalogPhases(folder) {
    const result = await measureProcess(programPath('catalog-phases'), [folder, '--today', BENCH_TODAY], { timeoutMs: 30 * 60_000 });
    if (result.code !== 0) {
        throw new Error(`catalog-phases ${failureOf(result)}`);
    }
    return JSON.parse(result.stdout.trim().split('\n').pop());
}

/** Deletes every catalog written by the benchmark (this run's and any a crash left behind). */
export function removeCatalogOutputs() {
    rmSync(OUTPUT_ROOT, { recursive: true, force: true });
}
