/**
 * The rule every command that publishes or reports from a workspace follows: it does not
 * build on a workspace with errors unless --force says so, and either way it tells the user
 * on stderr what it did and why.
 */
import { wantsColors, type CliIo } from './cli-io.js';
import { formatPretty } from './report/pretty-format.js';
import type { LoadedWorkspace } from './workspace-loader.js';
import { workspaceReport } from './workspace-report.js';

/** How a command words the gate, e.g. for `generate`: nothing was written / publish / publishing. */
export interface ErrorsGateWords {
    /** What did not happen when the command refused. */
    readonly refused: string;
    /** What --force lets the command do anyway. */
    readonly forceTo: string;
    /** What the command goes on doing under --force. */
    readonly goingOn: string;
}

/**
 * Whether the command may go on: the workspace has no errors, or `force` is set (and the user
 * is told the output stands on errors). When it may not, the errors are shown and the refusal
 * explained.
 */
export function passesErrorsGate(workspace: LoadedWorkspace, io: CliIo, force: boolean | undefined, words: ErrorsGateWords): boolean {
    const report = workspaceReport(workspace);
    const errors = report.diagnostics.filter(diagnostic => diagnostic.severity === 'error');
    if (errors.length === 0) return true;
    const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    if (!force) {
        io.stderr.write(formatPretty({ ...report, diagnostics: errors }, { colors: wantsColors({ ...io, stdout: io.stderr }) }));
        io.stderr.write(`svcdef: ${words.refused}: the workspace has ${count}. Fix them, or pass --force to ${words.forceTo} anyway.\n`);
        return false;
    }
    io.stderr.write(`svcdef: ${words.goingOn} despite ${count} in the workspace (--force); run 'svcdef validate' to see them.\n`);
    return true;
}
