/**
 * Where `svcdef generate catalog` spends its time before it writes: loads and checks the
 * workspace with the CLI's own loader, builds the catalog model as the CLI does, then
 * renders the support view's HTML and, after it, every view in every format. Each file is
 * encoded to UTF-8 as the writer does and then let go; nothing is written, since the disk's
 * share is what programs/write-floor.mjs measures. Prints one line of JSON.
 *
 * With these, a catalog budget relative to validate can be read as time left: what the
 * budget allows, minus validate, minus writing the files, is what building the model and
 * rendering may take together.
 *
 *   node .bench/build/catalog-phases.cjs FOLDER [--today YYYY-MM-DD]
 */
import { performance } from 'node:perf_hooks';
import { loadWorkspace } from '../../src/cli/workspace-loader.js';
import { buildCatalog, catalogSourcesOf } from '../../src/generator/catalog-model.js';
import { CATALOG_VIEWS } from '../../src/generator/catalog-view-names.js';
import { isStreamedFile } from '../../src/generator/generated-file.js';
import { CATALOG_FORMATS, catalogFiles } from '../../src/generator/output-layout.js';
import { runOnWorkspace } from '../workspace-program.mjs';

/** Renders every file of the selection and returns how many there were and their UTF-8 bytes. */
function render(catalog, options) {
    let files = 0;
    let bytes = 0;
    for (const file of catalogFiles(catalog, options)) {
        files++;
        if (isStreamedFile(file)) {
            for (const chunk of file.chunks) {
                bytes += Buffer.from(chunk, 'utf8').length;
            }
        } else {
            bytes += Buffer.from(file.content, 'utf8').length;
        }
    }
    return { files, bytes };
}

/** Loads and checks, then builds the model; the workspace is garbage once this returns, as in the CLI. */
async function loadCatalog(folder, today) {
    let started = performance.now();
    const workspace = await loadWorkspace({ cwd: folder, paths: ['.'], today });
    const loadMs = performance.now() - started;
    started = performance.now();
    const catalog = buildCatalog(workspace.files.map(file => file.document.parseResult.value), catalogSourcesOf(workspace.services));
    const modelMs = performance.now() - started;
    return { loadMs, modelMs, catalog, a2: workspace.services.a2.Model, today: workspace.services.settings.today };
}

function timed(work) {
    const started = performance.now();
    const result = work();
    return { ms: performance.now() - started, ...result };
}

async function main(folder, today) {
    const { loadMs, modelMs, catalog, a2, today: day } = await loadCatalog(folder, today);
    const common = { a2, today: day, lastUpdated: day };
    const view = timed(() => render(catalog, { ...common, views: ['support'], formats: ['html'] }));
    const all = timed(() => render(catalog, { ...common, views: [...CATALOG_VIEWS], formats: [...CATALOG_FORMATS] }));
    process.stdout.write(JSON.stringify({
        loadMs, modelMs,
        viewRenderMs: view.ms, viewFiles: view.files, viewBytes: view.bytes,
        renderMs: all.ms, files: all.files, bytes: all.bytes
    }) + '\n');
}

runOnWorkspace('catalog-phases', main);
