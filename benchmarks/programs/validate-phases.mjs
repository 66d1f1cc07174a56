/**
 * Where `svcdef validate` spends its time: loads a workspace the way the CLI's
 * workspace loader does (built-in library, every file, one build with validation) and
 * reports the duration of each build phase, of each registered validation check, of the
 * document validator's own passes and of the workspace index, plus heap use after each
 * phase. The timing hooks add some overhead, so the totals run above the plain figure;
 * the shares are what this is for.
 *
 *   node .bench/build/validate-phases.cjs FOLDER [--today YYYY-MM-DD]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DefaultDocumentValidator, DocumentState, URI, ValidationRegistry } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSvcdefServices } from '../../src/language/svcdef-module.js';
import { SvcdefDocumentValidator } from '../../src/language/validation/svcdef-document-validator.js';
import { SvcdefDocumentBuilder } from '../../src/language/workspace/svcdef-document-builder.js';
import { SvcdefWorkspaceIndex } from '../../src/language/workspace/svcdef-workspace-index.js';

const timings = new Map();

function record(name, ms) {
    const entry = timings.get(name) ?? { name, ms: 0, calls: 0 };
    entry.ms += ms;
    entry.calls++;
    timings.set(name, entry);
}

/** Replaces `owner[method]` by a version that records its duration under `name` (awaiting promises). */
function timeMethod(owner, method, name) {
    const original = owner[method];
    owner[method] = function timed(...args) {
        const started = performance.now();
        const result = original.apply(this, args);
        if (result && typeof result.then === 'function') {
            return result.finally(() => record(name, performance.now() - started));
        }
        record(name, performance.now() - started);
        return result;
    };
}

// Each check is wrapped when it is registered; wrap it once more to time it by its function name.
const wrapValidationException = ValidationRegistry.prototype.wrapValidationException;
ValidationRegistry.prototype.wrapValidationException = function timedWrap(check, thisObj) {
    const name = `check ${check.name.replace(/^bound /, '')}`;
    const wrapped = wrapValidationException.call(this, check, thisObj);
    return async (...args) => {
        const started = performance.now();
        try {
            await wrapped(...args);
        } finally {
            record(name, performance.now() - started);
        }
    };
};
timeMethod(SvcdefDocumentValidator.prototype, 'processLinkingErrors', 'validator: linking errors and suggestions');
timeMethod(DefaultDocumentValidator.prototype, 'processParsingErrors', 'validator: parsing errors');
timeMethod(DefaultDocumentValidator.prototype, 'validateAst', 'validator: all checks, AST traversal included');
timeMethod(SvcdefWorkspaceIndex.prototype, 'build', 'index: build fact maps');
timeMethod(SvcdefWorkspaceIndex.prototype, 'contributionsOf', 'index: contributionsOf');
timeMethod(SvcdefWorkspaceIndex.prototype, 'consumersOf', 'index: consumersOf');

async function svcdefFiles(folder) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
        .map(entry => path.join(entry.parentPath, entry.name)).sort();
}

const heapMb = () => process.memoryUsage().heapUsed / 1e6;

async function main(folder, today) {
    const phases = [];
    let mark = performance.now();
    const phase = name => {
        const now = performance.now();
        phases.push({ phase: name, ms: now - mark, heapUsedMb: heapMb() });
        mark = now;
    };

    const { shared, Svcdef } = createSvcdefServices(NodeFileSystem);
    if (today) Svcdef.settings.setToday(today);
    phase('create services');
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    phase('built-in library');

    const files = await svcdefFiles(folder);
    const texts = await Promise.all(files.map(file => readFile(file, 'utf8')));
    phase('read files');

    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    const created = files.map((file, index) => {
        const document = factory.fromString(texts[index], URI.file(file));
        documents.addDocument(document);
        return document;
    });
    phase('parse (documents created)');

    const builder = shared.workspace.DocumentBuilder;
    const names = {
        [DocumentState.IndexedContent]: 'index exported symbols',
        [DocumentState.ComputedScopes]: 'compute local scopes',
        [DocumentState.Linked]: 'link references',
        [DocumentState.IndexedReferences]: 'index references',
        [DocumentState.Validated]: 'validate'
    };
    for (const [state, name] of Object.entries(names)) {
        builder.onBuildPhase(Number(state), () => phase(name));
    }
    if (!(builder instanceof SvcdefDocumentBuilder)) {
        throw new Error('The document builder is not svcdef\'s; the phase names below would mislead.');
    }
    await builder.build(created, { validation: true });
    phase('after validation (svcdef re-validation of dependents)');

    const diagnostics = created.reduce((sum, document) => sum + (document.diagnostics?.length ?? 0), 0);
    const total = phases.reduce((sum, entry) => sum + entry.ms, 0);
    process.stdout.write(JSON.stringify({
        files: files.length,
        diagnostics,
        totalMs: total,
        phases,
        timings: [...timings.values()].sort((a, b) => b.ms - a.ms),
        peakRssBytes: process.resourceUsage().maxRSS * 1024
    }) + '\n');
}

const args = process.argv.slice(2);
const folder = args.find(arg => !arg.startsWith('--'));
const todayIndex = args.indexOf('--today');
if (!folder) {
    process.stderr.write('usage: validate-phases.cjs FOLDER [--today YYYY-MM-DD]\n');
    process.exit(2);
}
main(path.resolve(folder), todayIndex >= 0 ? args[todayIndex + 1] : undefined).catch(error => {
    process.stderr.write(`validate-phases: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
});
