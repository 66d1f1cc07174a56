/**
 * Figure 3: the language server over the real protocol. One run starts the bundled server
 * with `--stdio` (in the generated workspace, which is also its workspace folder) and measures
 *
 * - from `initialized` until diagnostics have been published for every file;
 * - for each edit of the editor scenario, from `didChange` until the edited file's new
 *   diagnostics arrive (and, for renames, until every file that mentions the renamed
 *   service has been published again);
 * - completion latency at reference positions;
 * - the server's peak RSS over the whole session.
 *
 * Between operations the harness waits for the server to go idle, so that each latency
 * is of that operation alone. The edit windows cover a local edit up to its own file's
 * diagnostics, which is what the latency budget is about.
 */
import path from 'node:path';
import { programPath } from '../bundle-programs.mjs';
import { planEditorScenario } from '../editor-scenario.mjs';
import { LspSession } from '../lsp-session.mjs';
import { profileClockUs } from '../profile-summary.mjs';
import { percentile } from '../statistics.mjs';

/** The language server bundle, as `bin/svcdef-language-server.cjs` loads it from out/. */
const SERVER = programPath('language-server');

/** Time allowed for the initial build, per file of the workspace (generous: this is a measurement, not a test). */
const INITIAL_MS_PER_FILE = 300;
const EDIT_TIMEOUT_MS = 10 * 60_000;

export async function runLanguageServerSession({ folder, log = () => undefined, cpuProfileDir }) {
    const scenario = planEditorScenario(folder);
    const session = new LspSession(SERVER, { cwd: folder, cpuProfileDir });
    const uriOf = file => session.uriOf(path.join(folder, file));
    // When each part of the session ran, on the clock of CPU profiles, so that a profile of
    // the whole session can be split into the initial build, the edits and the completions.
    const windows = { initial: [], edits: [], completions: [] };
    try {
        const initialFrom = profileClockUs();
        const initializedAt = await session.initialize();
        const uris = scenario.files.map(uriOf);
        const initialTimeout = Math.max(120_000, uris.length * INITIAL_MS_PER_FILE);
        const allPublishedAt = await session.waitFor(() => {
            let latest = 0;
            for (const uri of uris) {
                const first = session.published.get(uri)?.[0];
                if (!first) return undefined;
                latest = Math.max(latest, first.at);
            }
            return latest;
        }, { timeoutMs: initialTimeout, what: `diagnostics for all ${uris.length} files` });
        const initialMs = allPublishedAt - initializedAt;
        windows.initial.push([initialFrom, profileClockUs()]);
        const initialDiagnostics = uris.reduce((sum, uri) => sum + (session.published.get(uri)?.[0].diagnostics.length ?? 0), 0);
        log(`initial diagnostics for ${uris.length} files after ${(initialMs / 1000).toFixed(2)} s`);
        await session.waitUntilIdle();

        // Open the files the scenario touches, as an editor would before typing in them.
        const { readFileSync } = await import('node:fs');
        for (const file of scenario.edited) {
            await session.open(path.join(folder, file), readFileSync(path.join(folder, file), 'utf8'));
        }
        await session.waitUntilIdle();

        const edits = [];
        for (const [index, edit] of scenario.edits.entries()) {
            const uri = uriOf(edit.file);
            const editFrom = profileClockUs();
            const sentAt = await session.change(path.join(folder, edit.file), edit.version, edit.text);
            const own = await session.waitFor(() => session.publicationAfter(uri, sentAt),
                { timeoutMs: EDIT_TIMEOUT_MS, what: `diagnostics of ${edit.file} after edit ${index + 1}` });
            if (edit.kind === 'local') windows.edits.push([editFrom, profileClockUs()]);
            const result = {
                kind: edit.kind, file: edit.file, element: edit.element,
                latencyMs: own.at - sentAt, diagnostics: own.diagnostics.length
            };
            if (edit.dependents.length > 0) {
                const dependentUris = edit.dependents.map(uriOf);
                const last = await session.waitFor(() => {
                    let latest = 0;
                    for (const dependent of dependentUris) {
                        const publication = session.publicationAfter(dependent, sentAt);
                        if (!publication) return undefined;
                        latest = Math.max(latest, publication.at);
                    }
                    return latest;
                }, { timeoutMs: EDIT_TIMEOUT_MS, what: `diagnostics of the ${dependentUris.length} files mentioning ${edit.element}` });
                result.dependents = dependentUris.length;
                result.allFilesMs = last - sentAt;
                result.dependentDiagnostics = dependentUris.reduce((sum, dependent) => sum + session.publicationAfter(dependent, sentAt).diagnostics.length, 0);
            }
            edits.push(result);
            await session.waitUntilIdle();
        }
        const local = edits.filter(edit => edit.kind === 'local').map(edit => edit.latencyMs);
        const all = edits.map(edit => edit.latencyMs);
        log(`edits: local p50 ${percentile(local, 50).toFixed(0)} ms, p95 ${percentile(local, 95).toFixed(0)} ms`);

        const completions = [];
        const completionsFrom = profileClockUs();
        for (const request of scenario.completions) {
            const response = await session.complete(path.join(folder, request.file), request.position);
            completions.push({ what: request.what, prefix: request.prefix, latencyMs: response.latencyMs, items: response.items });
        }
        windows.completions.push([completionsFrom, profileClockUs()]);
        const completionLatencies = completions.map(entry => entry.latencyMs);
        log(`completion p50 ${percentile(completionLatencies, 50).toFixed(0)} ms, p95 ${percentile(completionLatencies, 95).toFixed(0)} ms`);

        const { peakRssBytes, cpuMs } = await session.shutdown();
        return {
            initialMs,
            initialDiagnostics,
            files: uris.length,
            edits,
            editP50Ms: percentile(all, 50),
            editP95Ms: percentile(all, 95),
            localEditP50Ms: percentile(local, 50),
            localEditP95Ms: percentile(local, 95),
            renameEdits: edits.filter(edit => edit.kind !== 'local'),
            completions,
            completionP50Ms: percentile(completionLatencies, 50),
            completionP95Ms: percentile(completionLatencies, 95),
            peakRssBytes,
            cpuMs,
            windows
        };
    } catch (error) {
        await session.shutdown().catch(() => undefined);
        throw error;
    }
}
