import type { CliIo } from './cli-io.js';
import type { ExitCode } from './exit-codes.js';

/** What a command's action gets: where to write, and where to leave its verdict. */
export interface CliContext {
    readonly io: CliIo;
    exitCode: ExitCode;
}
