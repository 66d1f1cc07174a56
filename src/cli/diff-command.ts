import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import type { CommitmentDiff } from '../diff/commitment-change.js';
import { diffWorkspaces } from '../diff/diff-workspaces.js';
import type { CliContext } from './cli-context.js';
import { wantsColors, type CliIo } from './cli-io.js';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from './diff-report/diff-formats.js';
import { FAIL_ON, failsRun, type FailOn } from './diff-report/diff-fail-on.js';
import { loadSide } from './diff-side-loader.js';
import { resolveSides, type DiffSide } from './diff-sides.js';
import { ExitCode } from './exit-codes.js';
import { PACKAGE_HOMEPAGE, PACKAGE_VERSION } from './package-info.js';
import { ProgressIndicator } from './progress-indicator.js';
import { formatPretty } from './report/pretty-format.js';
import { compareDiagnostics, type ReportDiagnostic } from './report/report-model.js';
import { reportPath } from './svcdef-file-finder.js';
import { parseTodayOption } from './validate-options.js';
import { visibleControls } from './visible-controls.js';
import type { LoadedWorkspace } from './workspace-loader.js';
import { reportDiagnostic } from './workspace-report.js';
import { makesSideUnreadable, unreadableCount } from './unreadable-side.js';

interface DiffOptions {
    readonly base?: string;
    readonly head?: string;
    readonly workspace?: string;
    readonly format: DiffFormat;
    readonly failOn: FailOn;
    readonly today?: string;
}

export function registerDiffCommand(program: Command, context: CliContext): void {
    program.command('diff')
        .description('Show what a change does to the commitments: what is promised weaker, stronger or differently.')
        .option('--base <ref|dir>', 'what the change starts from: a git ref or a folder (default: the merge base of HEAD with the default branch)')
        .option('--head <ref|dir>', 'what it leads to: a git ref or a folder (default: the working tree)')
        .option('--workspace <path>', 'the workspace folder inside the repository, for sides read from git (default: the current folder)')
        .addOption(new Option('--format <format>', 'report format').choices(DIFF_FORMATS).default('pretty'))
        .addOption(new Option('--fail-on <effect>', 'which changes fail the run').choices(FAIL_ON).default('weaker'))
        .option('--today <date>', 'check dates against YYYY-MM-DD instead of the real date (both sides)', parseTodayOption)
        .addHelpText('after', [
            '',
            'A value of --base or --head that names an existing folder is that folder; anything',
            'else is a git ref, read from the repository without touching the working tree.',
            'An intended weakening is acknowledged with a line `@weaker <reason>` in the doc',
            'comment (/** ... */) of the element that changed: it is listed with its reason and',
            'does not fail.',
            '',
            'Exit codes: 0 nothing fails under --fail-on (default: weaker changes fail), 1 something',
            'does, 2 a bad command line, a side that cannot be read or does not parse.',
            '',
            'Examples:',
            '  svcdef diff                                   this branch against where it left main',
            '  svcdef diff --base origin/main --workspace services --format markdown > comment.md',
            '  svcdef diff --base v1.4 --head HEAD --format json',
            '  svcdef diff --base old-services --head services   two folders, no git needed',
            '  svcdef diff --format github --fail-on none    annotate the pull request, never fail'
        ].join('\n'))
        .action(async (options: DiffOptions) => {
            context.exitCode = await diff(options, context);
        });
}

async function diff(options: DiffOptions, context: CliContext): Promise<ExitCode> {
    const { io } = context;
    const { base, head } = await resolveSides({ cwd: io.cwd, base: options.base, head: options.head, workspace: options.workspace });
    try {
        const progress = new ProgressIndicator(io.stderr);
        let loaded: { base: LoadedWorkspace; head: LoadedWorkspace };
        try {
            loaded = {
                base: await loadSide(base, options.today, io.stderr, update => progress.update(update), 'base'),
                head: await loadSide(head, options.today, io.stderr, update => progress.update(update), 'head')
            };
        } finally {
            progress.clear();
        }
        for (const [which, side] of [['base', base], ['head', head]] as const) {
            if (!parses(which, side, loaded[which], io)) {
                return ExitCode.UsageOrIo;
            }
        }
        const result: CommitmentDiff = diffWorkspaces(loaded.base, loaded.head, { base: base.name, head: head.name });
        io.stdout.write(formatDiff(options.format, result, {
            colors: wantsColors(io),
            failOn: options.failOn,
            folders: { base: base.shownFolder, head: head.shownFolder },
            toolVersion: PACKAGE_VERSION,
            informationUri: PACKAGE_HOMEPAGE,
            srcRootUri: pathToFileURL(io.cwd).href
        }));
        return result.changes.some(change => failsRun(change, options.failOn)) ? ExitCode.Findings : ExitCode.Clean;
    } finally {
        await Promise.all([base.dispose(), head.dispose()]);
    }
}

/**
 * A side whose files do not parse, or are not UTF-8, has no meaning to compare: those
 * errors go to stderr as `validate` shows them (files where they are shown from, lines
 * quoted), then one line naming the side. Other problems (an unresolved name, an expired
 * SLA) are compared as they are: a pull request may well be fixing them.
 */
function parses(which: 'base' | 'head', side: DiffSide, workspace: LoadedWorkspace, io: CliIo): boolean {
    const diagnostics: ReportDiagnostic[] = [];
    const sources = new Map<string, string>();
    for (const file of workspace.files) {
        const errors = file.diagnostics.filter(makesSideUnreadable);
        if (errors.length > 0) {
            const relative = reportPath(workspace.cwd, file.path);
            const shown = side.shownFolder === '' ? relative : `${side.shownFolder}/${relative}`;
            sources.set(shown, file.text);
            diagnostics.push(...errors.map(error => reportDiagnostic(shown, error)));
        }
    }
    if (diagnostics.length === 0) {
        return true;
    }
    diagnostics.sort(compareDiagnostics);
    io.stderr.write(formatPretty({ diagnostics, fileCount: sources.size, sources }, { colors: wantsColors({ ...io, stdout: io.stderr }) }));
    const unparsed = diagnostics.some(diagnostic => diagnostic.code === 'syntax-error');
    io.stderr.write(`svcdef: the ${which} side (${visibleControls(side.name)}) ${unparsed ? 'does not parse' : 'cannot be read'}: ${unreadableCount(diagnostics)}. `
        + `Fix ${diagnostics.length === 1 ? 'it' : 'them'}, or compare with another --${which}.\n`);
    return false;
}
