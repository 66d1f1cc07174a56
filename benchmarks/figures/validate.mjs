/**
 * Figure 2: `svcdef validate` of the whole workspace, as a user runs it (the CLI bundle,
 * JSON report on stdout): wall time and peak RSS of the process, and what it found, since
 * a generated workspace that stops validating cleanly measures something else.
 */
import { programPath } from '../bundle-programs.mjs';
import { BENCH_TODAY } from '../generate-workspace.mjs';
import { failureOf, measureProcess } from '../measure-process.mjs';

/** The CLI bundle, as `bin/svcdef.cjs` loads it from out/ (see bundle-programs.mjs). */
export const CLI = programPath('cli');

export async function runValidate({ folder, cpuProfileDir }) {
    const result = await measureProcess(CLI, ['validate', '.', '--format', 'json', '--today', BENCH_TODAY], { cwd: folder, cpuProfileDir });
    // 0: clean, 1: findings; anything else (2, a crash, out of memory) means no figure.
    if (result.code !== 0 && result.code !== 1) {
        throw new Error(`svcdef validate ${failureOf(result)}`);
    }
    const report = JSON.parse(result.stdout);
    const byCode = {};
    for (const diagnostic of report.diagnostics) {
        byCode[diagnostic.code] = (byCode[diagnostic.code] ?? 0) + 1;
    }
    return {
        wallMs: result.wallMs,
        cpuMs: result.cpuMs,
        peakRssBytes: result.peakRssBytes,
        files: report.summary.files,
        diagnostics: report.diagnostics.length,
        diagnosticsByCode: byCode
    };
}
