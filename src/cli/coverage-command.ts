/**
 * `svcdef coverage`: how much of the PRM-IT A2 model the workspace's bindings cover, and
 * with --fail-under a gate for CI that fails when too few of the model's activities are
 * covered. Reads the workspace like `generate coverage` but writes nothing.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { buildCatalog, catalogSourcesOf } from '../generator/catalog-model.js';
import { buildCoverage, coverageReaches, type Coverage } from '../generator/coverage-model.js';
import { coverageJson } from '../generator/coverage-json.js';
import type { CliContext } from './cli-context.js';
import { formatCoveragePretty } from './coverage-pretty.js';
import { ExitCode } from './exit-codes.js';
import { ProgressIndicator } from './progress-indicator.js';
import { warnOfSkippedLink } from './skipped-link-warning.js';
import { loadWorkspace } from './workspace-loader.js';
import { passesErrorsGate } from './workspace-errors-gate.js';

export const COVERAGE_REPORT_FORMATS = ['pretty', 'json'] as const;
type CoverageReportFormat = typeof COVERAGE_REPORT_FORMATS[number];

interface CoverageOptions {
    readonly workspace?: string[];
    readonly exclude?: string[];
    readonly force?: boolean;
    readonly followSymlinks?: boolean;
    /** As written (`62.5`), so that the comparison is exact. */
    readonly failUnder?: string;
    readonly format: CoverageReportFormat;
}

/** `--fail-under`: a percentage from 0 to 100, decimals allowed, kept as written. */
export function parseFailUnderOption(value: string): string {
    const trimmed = value.trim();
    if (!/^\d+(\.\d+)?$/.test(trimmed) || Number(trimmed) > 100) {
        throw new InvalidArgumentError('Give a percentage from 0 to 100, such as 80 or 62.5.');
    }
    return trimmed;
}

function collectValues(value: string, previous: readonly string[] | undefined): string[] {
    return [...(previous ?? []), value];
}

export function registerCoverageCommand(program: Command, context: CliContext): void {
    program.command('coverage')
        .description('Report how much of the PRM-IT A2 model the workspace\'s bindings cover; with --fail-under, a CI gate.')
        .option('-w, --workspace <path>', '.svcdef file or folder to read (repeatable; default: the current folder)', collectValues)
        .option('--exclude <glob>', 'leave out matching files or folders (repeatable)', collectValues)
        .option('--fail-under <percent>', 'exit 1 when less than this percentage of the model\'s activities is covered', parseFailUnderOption)
        .addOption(new Option('--format <format>', 'report format').choices(COVERAGE_REPORT_FORMATS).default('pretty'))
        .option('--force', 'report even when the workspace has errors')
        .option('--follow-symlinks', 'also read symbolic links that lead outside the folders named (skipped with a warning otherwise)')
        .addHelpText('after', [
            '',
            'An activity is covered when a binding implements it (bound directly), its process or',
            'the whole category A2. The figure --fail-under compares is the share of the model\'s',
            '49 activities that are covered; exactly the percentage given passes.',
            '',
            'Exit codes: 0 covered enough (or no --fail-under), 1 less covered than --fail-under or',
            'a workspace with errors, 2 a bad command line or a path that cannot be read.',
            '',
            'Examples:',
            '  svcdef coverage --workspace services',
            '  svcdef coverage --workspace services --fail-under 60     a CI gate',
            '  svcdef coverage --format json > coverage.json'
        ].join('\n'))
        .action(async (options: CoverageOptions) => {
            context.exitCode = await coverageRun(context, options);
        });
}

async function coverageRun(context: CliContext, options: CoverageOptions): Promise<ExitCode> {
    const coverage = await loadCoverage(context, options);
    if (!coverage) {
        return ExitCode.Findings;
    }
    const { io } = context;
    io.stdout.write(options.format === 'json' ? coverageJson(coverage) : formatCoveragePretty(coverage));
    if (options.failUnder !== undefined && !coverageReaches(coverage.summary, options.failUnder)) {
        // The report shows what is missing; this says why that fails the run.
        const { summary } = coverage;
        io.stderr.write(`svcdef: ${summary.activitiesCovered} of ${summary.activities} activities covered (${summary.percentCovered}%), less than --fail-under ${options.failUnder}%.\n`);
        return ExitCode.Findings;
    }
    return ExitCode.Clean;
}

/**
 * The workspace's coverage, or undefined after reporting the workspace's errors: bindings
 * in a broken workspace may not say what their authors meant, so that takes --force.
 */
async function loadCoverage(context: CliContext, options: CoverageOptions): Promise<Coverage | undefined> {
    const { io } = context;
    const progress = new ProgressIndicator(io.stderr);
    try {
        const workspace = await loadWorkspace({
            cwd: io.cwd,
            paths: options.workspace ?? [],
            exclude: options.exclude ?? [],
            followSymlinks: options.followSymlinks,
            onSkippedLink: warnOfSkippedLink(io.stderr),
            onProgress: update => progress.update(update)
        });
        progress.clear();
        if (!passesErrorsGate(workspace, io, options.force, { refused: 'no coverage reported', forceTo: 'report', goingOn: 'reporting coverage' })) {
            return undefined;
        }
        const catalog = buildCatalog(workspace.files.map(file => file.document.parseResult.value), catalogSourcesOf(workspace.services));
        return buildCoverage(catalog.bindings, workspace.services.a2.Model);
    } finally {
        progress.clear();
    }
}
