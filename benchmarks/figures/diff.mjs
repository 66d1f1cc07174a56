/**
 * The diff figure: `svcdef diff` of the workspace (base) against its copy with 100 scattered
 * changes (head, see changed-copy.mjs), as a pull-request check runs it, in a process of its
 * own: wall time, CPU time, peak RSS, and what it reported, since a diff that stops finding
 * the changes measures something else. Both sides are folders, so git's time is not in it.
 */
import path from 'node:path';
import { BENCH_TODAY } from '../generate-workspace.mjs';
import { failureOf, measureProcess } from '../measure-process.mjs';
import { CLI } from './validate.mjs';

export async function runDiff({ folder, changedFolder, cpuProfileDir }) {
    const cwd = path.dirname(folder);
    const result = await measureProcess(CLI, [
        'diff', '--base', path.basename(folder), '--head', path.basename(changedFolder),
        '--format', 'json', '--fail-on', 'none', '--today', BENCH_TODAY
    ], { cwd, cpuProfileDir });
    if (result.code !== 0) {
        throw new Error(`svcdef diff ${failureOf(result)}`);
    }
    const report = JSON.parse(result.stdout);
    return {
        wallMs: result.wallMs,
        cpuMs: result.cpuMs,
        peakRssBytes: result.peakRssBytes,
        changes: report.changes.length,
        weaker: report.summary.weaker,
        stronger: report.summary.stronger,
        neutral: report.summary.neutral
    };
}
