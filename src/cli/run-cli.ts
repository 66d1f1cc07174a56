import { Command, CommanderError } from 'commander';
import type { CliContext } from './cli-context.js';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-codes.js';
import { PACKAGE_VERSION } from './package-info.js';
import { UsageError } from './usage-error.js';
import { visibleControls } from './visible-controls.js';
import { WorkspaceLoadError } from './workspace-load-error.js';

/** Adds one subcommand (with its options and action) to the program. */
export type RegisterCommand = (program: Command, context: CliContext) => void;

/**
 * Runs the svcdef command line and returns the exit code. Never throws: every failure
 * becomes one line on stderr and exit code 2; stdout receives only what a command reports.
 */
export async function runCli(args: readonly string[], io: CliIo, commands: readonly RegisterCommand[]): Promise<ExitCode> {
    const context: CliContext = { io, exitCode: ExitCode.Clean };
    const program = new Command('svcdef')
        .description('IT service definitions as code: check .svcdef workspaces and explore the PRM-IT A2 model.')
        .version(PACKAGE_VERSION, '-V, --version', 'print the svcdef version')
        .addHelpText('after', [
            '',
            'Examples:',
            '  svcdef validate services --max-warnings 0',
            '  svcdef generate catalog --workspace services --out site',
            '  svcdef model A243',
            '',
            'Each command has its own --help.'
        ].join('\n'));
    for (const register of commands) {
        register(program, context);
    }
    routeOutput(program, io);

    if (args.length === 0) {
        io.stderr.write(`svcdef: no command given. Run 'svcdef validate [PATH...]' to check files, or 'svcdef --help' for every command.\n`);
        return ExitCode.UsageOrIo;
    }
    // Commander answers `help NAME` for a name it does not know with the whole help and exit 1,
    // which buries the mistake; say it as `svcdef NAME` would.
    const [first, asked] = args;
    if (first === 'help' && asked !== undefined && !asked.startsWith('-')
        && !program.commands.some(command => command.name() === asked || command.aliases().includes(asked))) {
        io.stderr.write(`svcdef: unknown command '${visibleControls(asked)}'. See 'svcdef --help'.\n`);
        return ExitCode.UsageOrIo;
    }
    try {
        await program.parseAsync([...args], { from: 'user' });
        return context.exitCode;
    } catch (error) {
        return failure(error, io);
    }
}

/**
 * Help and version go to stdout (asked for, so they are the output); commander's own
 * complaints go to stderr as one line with a pointer to the right help. Applied to every
 * command, including those registered after this file was written.
 */
function routeOutput(command: Command, io: CliIo): void {
    const name = commandPath(command);
    command.exitOverride();
    command.configureOutput({
        writeOut: text => io.stdout.write(text),
        writeErr: text => io.stderr.write(text),
        outputError: (text, write) => write(`svcdef: ${visibleControls(oneLine(text))} See '${name} --help'.\n`),
        getOutHelpWidth: () => io.stdout.columns ?? 80,
        getErrHelpWidth: () => io.stderr.columns ?? 80
    });
    for (const sub of command.commands) {
        routeOutput(sub, io);
    }
}

function commandPath(command: Command): string {
    const names: string[] = [];
    for (let current: Command | null = command; current; current = current.parent) {
        names.unshift(current.name());
    }
    return names.join(' ');
}

/** "error: unknown option '--x'\n(Did you mean --y?)" → "unknown option '--x' (Did you mean --y?)." */
function oneLine(text: string): string {
    const joined = text.replace(/^error:\s*/i, '').split(/\r?\n/).map(line => line.trim()).filter(line => line !== '').join(' ');
    return /[.?!)]$/.test(joined) ? joined : `${joined}.`;
}

function failure(error: unknown, io: CliIo): ExitCode {
    if (error instanceof CommanderError) {
        // Commander has already printed help, the version, or its one-line complaint.
        return error.exitCode === 0 ? ExitCode.Clean : ExitCode.UsageOrIo;
    }
    if (error instanceof UsageError || error instanceof WorkspaceLoadError) {
        // Messages quote paths and names from the command line and the workspace.
        io.stderr.write(`svcdef: ${visibleControls(error.message)}\n`);
        return ExitCode.UsageOrIo;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (io.env.SVCDEF_DEBUG && error instanceof Error && error.stack) {
        io.stderr.write(`${error.stack.split('\n').map(visibleControls).join('\n')}\n`);
    }
    io.stderr.write(`svcdef: internal error: ${visibleControls(message)}. This is a bug in svcdef; set SVCDEF_DEBUG=1 to see where it happened, and report it.\n`);
    return ExitCode.UsageOrIo;
}
