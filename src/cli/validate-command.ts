import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import type { CliContext } from './cli-context.js';
import { wantsColors, type OutputStream } from './cli-io.js';
import { ExitCode } from './exit-codes.js';
import { diagnosticHelpUri, PACKAGE_HOMEPAGE, PACKAGE_VERSION } from './package-info.js';
import { ProgressIndicator } from './progress-indicator.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from './report/report-formats.js';
import { countSeverities, type Report } from './report/report-model.js';
import { warnOfSkippedLink } from './skipped-link-warning.js';
import { collect, parseMaxWarningsOption, parseTodayOption } from './validate-options.js';
import { loadWorkspace } from './workspace-loader.js';
import { workspaceReport } from './workspace-report.js';

interface ValidateOptions {
    readonly format: ReportFormat;
    readonly exclude: string[];
    readonly today?: string;
    readonly maxWarnings?: number;
    readonly followSymlinks?: boolean;
}

export function registerValidateCommand(program: Command, context: CliContext): void {
    program.command('validate')
        .description('Check .svcdef files and report what is wrong in them.')
        .argument('[path...]', '.svcdef files or folders to check (default: the current folder)')
        .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('pretty'))
        .option('--exclude <glob>', 'leave out matching files or folders (repeatable)', collect, [])
        .option('--today <date>', 'check dates against YYYY-MM-DD instead of the real date', parseTodayOption)
        .option('--max-warnings <n>', 'fail when there are more warnings than this', parseMaxWarningsOption)
        .option('--follow-symlinks', 'also read symbolic links that lead outside the folders named (skipped with a warning otherwise)')
        .addHelpText('after', [
            '',
            'Exit codes: 0 no errors (warnings pass unless there are more than --max-warnings;',
            'infos never fail), 1 errors or too many warnings, 2 a bad command line or a path',
            'that cannot be read.',
            '',
            'Examples:',
            '  svcdef validate                               every .svcdef file below this folder',
            '  svcdef validate services --max-warnings 0     a pull-request gate: warnings fail too',
            '  svcdef validate --format sarif > svcdef.sarif for code scanning',
            '  svcdef validate --today 2027-01-01            which agreements will have expired by then'
        ].join('\n'))
        .action(async (paths: string[], options: ValidateOptions) => {
            context.exitCode = await validate(paths, options, context);
        });
}

async function validate(paths: readonly string[], options: ValidateOptions, context: CliContext): Promise<ExitCode> {
    const { io } = context;
    const progress = new ProgressIndicator(io.stderr);
    let report: Report;
    try {
        const workspace = await loadWorkspace({
            cwd: io.cwd,
            paths,
            exclude: options.exclude,
            today: options.today,
            followSymlinks: options.followSymlinks,
            onSkippedLink: warnOfSkippedLink(io.stderr),
            onProgress: update => progress.update(update)
        });
        report = workspaceReport(workspace);
    } finally {
        progress.clear();
    }
    io.stdout.write(formatReport(options.format, report, {
        colors: wantsColors(io),
        toolVersion: PACKAGE_VERSION,
        informationUri: PACKAGE_HOMEPAGE,
        helpUri: diagnosticHelpUri,
        srcRootUri: pathToFileURL(io.cwd).href
    }));
    return verdict(report, options.maxWarnings, io.stderr);
}

function verdict(report: Report, maxWarnings: number | undefined, stderr: OutputStream): ExitCode {
    const counts = countSeverities(report.diagnostics);
    if (counts.errors > 0) {
        return ExitCode.Findings;
    }
    if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
        // The report shows the warnings; this says why they fail the run.
        stderr.write(`svcdef: ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings} allows.\n`);
        return ExitCode.Findings;
    }
    return ExitCode.Clean;
}
