/**
 * The `svcdef` command line. Bundled to out/cli.cjs and started by bin/svcdef.cjs.
 */
import type { CliIo, OutputStream } from './cli-io.js';
import { registerCoverageCommand } from './coverage-command.js';
import { registerDiffCommand } from './diff-command.js';
import { registerExportCommands } from './export-command.js';
import { registerGenerateCommands } from './generate-command.js';
import { registerModelCommand } from './model-command.js';
import { runCli, type RegisterCommand } from './run-cli.js';
import { registerValidateCommand } from './validate-command.js';

/** The subcommands, in the order `svcdef --help` lists them. */
const COMMANDS: RegisterCommand[] = [
    registerValidateCommand,
    registerDiffCommand,
    registerModelCommand,
    registerGenerateCommands,
    registerCoverageCommand,
    registerExportCommands
];

function stream(target: NodeJS.WriteStream): OutputStream {
    return {
        write: text => { target.write(text); },
        get isTTY() { return target.isTTY === true; },
        get columns() { return target.columns; }
    };
}

if (process.env.SVCDEF_DEBUG) {
    // Stack traces (printed only in debug mode) then point into src/ rather than the bundle.
    process.setSourceMapsEnabled(true);
}

const io: CliIo = {
    cwd: process.cwd(),
    env: process.env,
    stdout: stream(process.stdout),
    stderr: stream(process.stderr)
};

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
        // The reader stopped listening (`svcdef ... | head`); nothing more to say to anyone.
        process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    }
    process.stderr.write(`svcdef: cannot write the report: ${error.message}\n`);
    process.exit(2);
});

runCli(process.argv.slice(2), io, COMMANDS).then(code => {
    // Setting the code instead of calling exit() lets a piped stdout drain completely.
    process.exitCode = code;
});
