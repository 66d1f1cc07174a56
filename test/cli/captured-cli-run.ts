import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli, type RegisterCommand } from '../../src/cli/run-cli.js';

/** What one in-process run of the CLI printed and returned. */
export interface CapturedRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs svcdef in this process with the given commands, as a terminal without colours would, and keeps what it printed. */
export async function runCapturing(cwd: string, args: readonly string[], commands: readonly RegisterCommand[]): Promise<CapturedRun> {
    const captured = { stdout: '', stderr: '' };
    const io: CliIo = {
        cwd,
        env: { NO_COLOR: '1' },
        stdout: { write: text => { captured.stdout += text; }, isTTY: false },
        stderr: { write: text => { captured.stderr += text; }, isTTY: false }
    };
    const code = await runCli(args, io, commands);
    return { code, ...captured };
}
