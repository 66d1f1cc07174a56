/**
 * Where `svcdef validate` spends its time: runs the CLI's own workspace loader (so it
 * loads exactly as `svcdef validate` does, with whatever options the CLI passes) with
 * timing hooks on Langium's classes, and reports the duration of each build phase, of
 * each registered validation check, of the document validator's own passes and of the
 * workspace index, plus heap use after each phase. The hooks add some overhead, so the
 * total runs above the plain figure; the shares are what this is for.
 *
 *   node .bench/build/validate-phases.cjs FOLDER [--today YYYY-MM-DD]
 */
import { performance } from 'node:perf_hooks';
import {
    DefaultDocumentBuilder, DefaultDocumentValidator, DefaultLangiumDocumentFactory, DefaultWorkspaceManager,
    DocumentState
} from 'langium';
import { loadWorkspace } from '../../src/cli/workspace-loader.js';
import { SvcdefDocumentValidator } from '../../src/language/validation/svcdef-document-validator.js';
import { SvcdefValidationRegistry } from '../../src/language/validation/svcdef-validation-registry.js';
import { SvcdefWorkspaceIndex } from '../../src/language/workspace/svcdef-workspace-index.js';
import { runOnWorkspace } from '../workspace-program.mjs';

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
    if (typeof original !== 'function') {
        throw new Error(`${name}: ${method} is no longer a method here; update benchmarks/programs/validate-phases.mjs.`);
    }
    owner[method] = function timed(...args) {
        const started = performance.now();
        const done = () => record(name, performance.now() - started);
        const result = original.apply(this, args);
        if (result && typeof result.then === 'function') {
            return result.finally(done);
        }
        done();
        return result;
    };
}

// Each check is wrapped when it is registered; wrap it once more to time it by its function name.
// svcdef's registry keeps checks synchronous, and so does the timing.
const wrapValidationException = SvcdefValidationRegistry.prototype.wrapValidationException;
SvcdefValidationRegistry.prototype.wrapValidationException = function timedWrap(check, thisObj) {
    const name = `check ${check.name.replace(/^bound /, '')}`;
    const wrapped = wrapValidationException.call(this, check, thisObj);
    return (...args) => {
        const started = performance.now();
        const result = wrapped(...args);
        if (result && typeof result.then === 'function') {
            return result.finally(() => record(name, performance.now() - started));
        }
        record(name, performance.now() - started);
        return result;
    };
};
timeMethod(SvcdefDocumentValidator.prototype, 'processLinkingErrors', 'validator: linking errors and suggestions');
timeMethod(DefaultDocumentValidator.prototype, 'validateAst', 'validator: all checks, AST traversal included');
timeMethod(SvcdefWorkspaceIndex.prototype, 'refresh', 'index: read the facts of changed documents');
timeMethod(SvcdefWorkspaceIndex.prototype, 'takeOutdatedConsumers', 'index: outdated consumers');

// The phases: marks taken around the loading of the built-in library, while the user's
// files are parsed, and when the document builder finishes each build phase of the build
// of the user's files (the built-in library's own build is part of its phase).
const phases = [];
let mark = performance.now();
const heapMb = () => process.memoryUsage().heapUsed / 1e6;
const phase = name => {
    const now = performance.now();
    phases.push({ phase: name, ms: now - mark, heapUsedMb: heapMb() });
    mark = now;
};
const isUserDocument = document => document.uri.scheme === 'file';

const initializeWorkspace = DefaultWorkspaceManager.prototype.initializeWorkspace;
DefaultWorkspaceManager.prototype.initializeWorkspace = async function timedInitialize(...args) {
    phase('read files, create services');
    await initializeWorkspace.apply(this, args);
    phase('built-in library');
};

let parseMs = 0;
const fromString = DefaultLangiumDocumentFactory.prototype.fromString;
DefaultLangiumDocumentFactory.prototype.fromString = function timedFromString(...args) {
    const started = performance.now();
    const document = fromString.apply(this, args);
    if (isUserDocument(document)) parseMs += performance.now() - started;
    return document;
};

const PHASE_NAMES = {
    [DocumentState.IndexedContent]: 'index exported symbols',
    [DocumentState.ComputedScopes]: 'compute local scopes',
    [DocumentState.Linked]: 'link references',
    [DocumentState.IndexedReferences]: 'index references',
    [DocumentState.Validated]: 'validate'
};
let parseRecorded = false;
const notifyBuildPhase = DefaultDocumentBuilder.prototype.notifyBuildPhase;
DefaultDocumentBuilder.prototype.notifyBuildPhase = async function timedNotify(documents, state, cancelToken) {
    if (PHASE_NAMES[state] && documents.some(isUserDocument)) {
        if (!parseRecorded) {
            // Documents are parsed as they are created, before the build begins: that time is
            // parsing, the rest since the built-in library is the first build phase.
            phases.push({ phase: 'parse (documents created)', ms: parseMs, heapUsedMb: heapMb() });
            mark += parseMs;
            parseRecorded = true;
        }
        phase(PHASE_NAMES[state]);
    }
    return notifyBuildPhase.call(this, documents, state, cancelToken);
};

async function main(folder, today) {
    const workspace = await loadWorkspace({ cwd: folder, paths: ['.'], today });
    phase('after validation (svcdef re-validation of dependents, results)');
    const diagnostics = workspace.files.reduce((sum, file) => sum + file.diagnostics.length, 0);
    const total = phases.reduce((sum, entry) => sum + entry.ms, 0);
    process.stdout.write(JSON.stringify({
        files: workspace.files.length,
        diagnostics,
        totalMs: total,
        phases,
        timings: [...timings.values()].sort((a, b) => b.ms - a.ms),
        peakRssBytes: process.resourceUsage().maxRSS * 1024
    }) + '\n');
}

runOnWorkspace('validate-phases', main);
