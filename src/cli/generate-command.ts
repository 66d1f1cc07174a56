/**
 * `svcdef generate catalog|sla|coverage`: publish documents from a workspace. Each
 * command loads and checks the workspace, refuses to publish from one with errors
 * (unless --force), and writes its whole output tree atomically to --out.
 */
import { Option, type Command } from 'commander';
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { buildCatalog, catalogSourcesOf, type Catalog } from '../generator/catalog-model.js';
import type { ChangesSince } from '../generator/changes-since.js';
import { CATALOG_VIEWS, type CatalogViewName } from '../generator/catalog-views.js';
import type { OutputFile } from '../generator/generated-file.js';
import {
    CATALOG_FORMATS, DOCUMENT_FORMATS, catalogFiles, coverageOutputs, slaOutputs,
    type CatalogFormat, type DocumentFormat
} from '../generator/output-layout.js';
import { didYouMean, suggestNames } from '../language/did-you-mean.js';
import { simpleName } from '../generator/display-text.js';
import { changesSince, openSinceBase, type SinceBase } from './catalog-since.js';
import type { CliContext } from './cli-context.js';
import { ExitCode } from './exit-codes.js';
import { InterruptedError, listenForInterrupts } from './interrupts.js';
import type { Recovery } from './interrupted-runs.js';
import { GenerationError, OutputPathError, recoverOutput, writeOutputTree } from './output-writer.js';
import { ProgressIndicator } from './progress-indicator.js';
import { UsageError } from './usage-error.js';
import { loadWorkspace } from './workspace-loader.js';
import { displayPath } from './svcdef-file-finder.js';
import { warnOfSkippedLink } from './skipped-link-warning.js';
import { passesErrorsGate } from './workspace-errors-gate.js';
import { visibleControls } from './visible-controls.js';
import { parseTodayOption } from './validate-options.js';
import { lastUpdated } from './last-updated.js';
import { catalogPublisher } from './catalog-publisher.js';
import type { WorkspaceConfiguration } from '../language/workspace/workspace-configuration.js';

/** Options every generate and export command takes. */
export interface PublishOptions {
    readonly out: string;
    readonly workspace?: string[];
    readonly exclude?: string[];
    readonly force?: boolean;
    readonly followSymlinks?: boolean;
    /** `--today YYYY-MM-DD`: the day dates are judged on, instead of svcdef.json's `today` or the real date. */
    readonly today?: string;
}

interface GenerateOptions extends PublishOptions {
    readonly timestamp?: boolean;
}

interface CatalogOptions extends GenerateOptions {
    readonly view?: CatalogViewName;
    readonly format?: CatalogFormat;
    readonly since?: string;
}

interface SlaOptions extends GenerateOptions {
    readonly view: 'customer' | 'support';
    readonly format?: DocumentFormat;
}

export function registerGenerateCommands(program: Command, context: CliContext): void {
    const generate = program.command('generate')
        .description('Publish the service catalog, SLA documents or the A2 coverage report from a workspace.')
        .addHelpText('after', [
            '',
            'Examples:',
            '  svcdef generate catalog --workspace services --out site',
            '  svcdef generate sla --workspace services --out slas',
            '  svcdef generate coverage --workspace services --out coverage'
        ].join('\n'));

    withPublishOptions(generate.command('catalog'))
        .description('Write the service catalog (PRM-IT A235) as a static HTML site, Markdown and JSON.')
        .addOption(new Option('--view <view>', 'only this audience (default: every view)').choices(CATALOG_VIEWS))
        .addOption(new Option('--format <format>', 'only this format (default: every format)').choices(CATALOG_FORMATS))
        .option('--timestamp', 'note the generation time in the output (off by default, so output is reproducible)')
        .option('--since <ref|dir>', 'add a "Changes since" page to each view: what changed in the commitments since this git ref or folder')
        .option('--today <date>', 'publish agreements whose validity ended before YYYY-MM-DD as expired (default: svcdef.json\'s "today", else the real date in UTC)', parseTodayOption)
        .addHelpText('after', [
            '',
            'Writes one folder per view under --out: customer/ (what is offered and at what price),',
            'user/ (how to request and get support) and support/ (everything, internal notes included).',
            'Each holds index.html with services/ and slas/ pages, catalog.md and catalog.json.',
            '',
            'With --since, each view also has changes.html and changes.md: the changes `svcdef diff`',
            'finds between REF and the workspace, as far as the view\'s audience may see them (the',
            'customer view: business services, their offerings and SLAs; the support view: everything).',
            '',
            'Examples:',
            '  svcdef generate catalog --workspace services --out site',
            '  svcdef generate catalog --workspace services --out site --since v1.4'
        ].join('\n'))
        .action(async (options: CatalogOptions) => {
            context.exitCode = await publish(context, options, async loaded => {
                const publication = await catalogPublisher(loaded.configurations, context.io.cwd);
                return {
                    // Rendered lazily: each file is written and let go before the next is rendered.
                    files: catalogFiles(loaded.catalog, {
                        views: options.view ? [options.view] : [...CATALOG_VIEWS],
                        formats: options.format ? [options.format] : [...CATALOG_FORMATS],
                        a2: loaded.a2,
                        generatedAt: generatedAt(options),
                        changes: loaded.changes,
                        today: loaded.today,
                        lastUpdated: await lastUpdated(context.io.cwd, options.workspace ?? [], loaded.today),
                        publisher: publication?.publisher,
                        logo: publication?.logo
                    }),
                    what: `the ${options.view ? `${options.view} view of the ` : ''}service catalog${options.since !== undefined ? ` with the changes since ${visibleControls(options.since)}` : ''}`
                };
            }, { since: options.since });
        });

    withPublishOptions(generate.command('sla'))
        .description('Write one printable document per SLA, in HTML and Markdown.')
        .argument('[name...]', 'SLAs to write, by name (default: every SLA)')
        .addOption(new Option('--view <view>', 'customer: the agreement itself; support: with its OLAs and UCs')
            .choices(['customer', 'support']).default('customer'))
        .addOption(new Option('--format <format>', 'only this format (default: both)').choices(DOCUMENT_FORMATS))
        .option('--timestamp', 'note the generation time in the documents')
        .option('--today <date>', 'mark agreements whose validity ended before YYYY-MM-DD as expired (default: svcdef.json\'s "today", else the real date in UTC)', parseTodayOption)
        .addHelpText('after', [
            '',
            'Example:',
            '  svcdef generate sla FinanceEmail --view support --out docs/slas'
        ].join('\n'))
        .action(async (names: string[], options: SlaOptions) => {
            context.exitCode = await publish(context, options, loaded => {
                const result = slaOutputs(loaded.catalog, {
                    // A name given twice is one document, and one complaint when it is unknown.
                    names: [...new Set(names)],
                    view: options.view,
                    formats: options.format ? [options.format] : [...DOCUMENT_FORMATS],
                    generatedAt: generatedAt(options),
                    today: loaded.today
                });
                if (result.unknown.length > 0 || result.ambiguous.length > 0) {
                    throw new UsageError(unmatchedSlas(result.unknown, result.ambiguous, loaded.catalog));
                }
                if (result.files.length === 0) {
                    throw new UsageError('the workspace defines no SLA, so there is nothing to write. Add an `sla` to a .svcdef file first.');
                }
                const count = result.documents;
                return { files: result.files, what: `${count} SLA document${count === 1 ? '' : 's'} (${options.view} view)` };
            });
        });

    withPublishOptions(generate.command('coverage'))
        .description('Write the A2 coverage report: which processes and activities are covered, by whom, and what flows between them.')
        .addOption(new Option('--format <format>', 'only this format (default: html and md)').choices(CATALOG_FORMATS))
        .option('--timestamp', 'note the generation time in the report')
        .addHelpText('after', [
            '',
            'Writes coverage.html and coverage.md, or with --format json coverage.json',
            '(shape: schemas/coverage.schema.json). For a CI gate, see `svcdef coverage --fail-under`.',
            '',
            'Examples:',
            '  svcdef generate coverage --workspace services --out coverage',
            '  svcdef generate coverage --workspace services --out coverage --format json'
        ].join('\n'))
        .action(async (options: GenerateOptions & { readonly format?: CatalogFormat }) => {
            context.exitCode = await publish(context, options, loaded => ({
                files: coverageOutputs(loaded.catalog, {
                    a2: loaded.a2,
                    generatedAt: generatedAt(options),
                    ...(options.format ? { formats: [options.format] } : {})
                }),
                what: 'the A2 coverage report'
            }));
        });
}

/** For repeatable options without a default (so that help shows none): each use adds one value. */
function collectValues(value: string, previous: readonly string[] | undefined): string[] {
    return [...(previous ?? []), value];
}

/** Adds the options every publishing command shares. */
export function withPublishOptions(command: Command): Command {
    return command
        .requiredOption('-o, --out <dir>', 'output folder; replaced as a whole on every run')
        .option('-w, --workspace <path>', '.svcdef file or folder to read (repeatable; default: the current folder)', collectValues)
        .option('--exclude <glob>', 'leave out matching files or folders (repeatable)', collectValues)
        .option('--force', 'publish even when the workspace has errors')
        .option('--follow-symlinks', 'also read symbolic links that lead outside the folders named (skipped with a warning otherwise)');
}

/**
 * What publishing needs from a loaded workspace. Deliberately not the workspace itself:
 * once the catalog is built, the documents, their ASTs and the language services holding
 * them are garbage, and at 50k services they are most of the heap.
 */
export interface LoadedCatalog {
    readonly catalog: Catalog;
    readonly a2: A2ReferenceModel;
    /** The files read (absolute paths), which the output folder must not hold. */
    readonly inputs: readonly string[];
    /** With `--since REF`: what changed since REF. */
    readonly changes?: ChangesSince;
    /** `YYYY-MM-DD`: the day the workspace was checked against (`--today`, svcdef.json, else the real date in UTC). */
    readonly today: string;
    /** The svcdef.json files that govern the workspace. */
    readonly configurations: readonly WorkspaceConfiguration[];
}

/**
 * Loads the workspace and builds the catalog, or reports the workspace's errors and
 * returns undefined: documents published from a broken workspace would state things
 * nobody meant, so that takes --force.
 */
export async function loadCatalog(context: CliContext, options: PublishOptions, progress?: ProgressIndicator,
    since?: SinceBase): Promise<LoadedCatalog | undefined> {
    const { io } = context;
    const workspace = await loadWorkspace({
        cwd: io.cwd,
        paths: options.workspace ?? [],
        exclude: options.exclude ?? [],
        followSymlinks: options.followSymlinks,
        today: options.today,
        onSkippedLink: warnOfSkippedLink(io.stderr),
        onProgress: update => progress?.update(update)
    });
    progress?.clear();
    if (!passesErrorsGate(workspace, io, options.force, { refused: 'nothing was written', forceTo: 'publish', goingOn: 'publishing' })) {
        return undefined;
    }
    const models = workspace.files.map(file => file.document.parseResult.value);
    const catalog = buildCatalog(models, catalogSourcesOf(workspace.services));
    // Compared while the documents are still here; the catalog keeps only the changes.
    const changes = since && changesSince(since, workspace);
    return {
        catalog, a2: workspace.services.a2.Model, inputs: workspace.files.map(file => file.path), today: workspace.services.settings.today,
        configurations: workspace.configurations ?? [],
        ...(changes ? { changes } : {})
    };
}

interface Generated {
    readonly files: Iterable<OutputFile>;
    readonly what: string;
}

/** Loads, generates and writes; the summary line goes to stdout. */
export async function publish(
    context: CliContext,
    options: PublishOptions,
    generate: (loaded: LoadedCatalog) => Generated | Promise<Generated>,
    extras: { readonly since?: string } = {}
): Promise<ExitCode> {
    const progress = new ProgressIndicator(context.io.stderr);
    let since: SinceBase | undefined;
    try {
        // Before anything else: a run interrupted while swapping may have left --out missing.
        await recoverOutput(options.out, { cwd: context.io.cwd })
            .then(recovery => reportRecovery(context, options.out, recovery))
            .catch(error => { throw error instanceof OutputPathError ? new UsageError(error.message) : error; });
        // A bad --since stops the run before the workspace is even read, with nothing written.
        since = extras.since !== undefined ? await openSinceBase(context, extras.since, options.workspace ?? []) : undefined;
        const loaded = await loadCatalog(context, options, progress, since);
        await since?.dispose();
        since = undefined;
        if (!loaded) {
            return ExitCode.Findings;
        }
        const { files, what } = await generate(loaded);
        return await writeFiles(context, options.out, files, what, {
            progress,
            workspacePaths: options.workspace ?? ['.'],
            inputFiles: loaded.inputs
        });
    } finally {
        progress.clear();
        await since?.dispose();
    }
}

export interface WriteFilesOptions {
    readonly progress?: ProgressIndicator;
    /** What the run read, which the output folder must not hold (see output-folder-guard.ts). */
    readonly workspacePaths?: readonly string[];
    readonly inputFiles?: readonly string[];
}

/**
 * Writes the files to `out`. SIGINT and SIGTERM meanwhile stop the writing: the staging
 * folder is removed, the previous output stays, and the exit code is 130 or 143.
 */
export async function writeFiles(
    context: CliContext, out: string, files: Iterable<OutputFile>, what: string, options: WriteFilesOptions = {}
): Promise<ExitCode> {
    const { io } = context;
    const { progress } = options;
    const interrupts = listenForInterrupts(io.stderr);
    try {
        const result = await writeOutputTree(out, progress ? counted(files, done => progress.update({ stage: 'writing', done })) : files, {
            cwd: io.cwd,
            workspacePaths: options.workspacePaths,
            inputFiles: options.inputFiles,
            signal: interrupts.signal,
            onRecovery: recovery => reportRecovery(context, out, recovery)
        });
        progress?.clear();
        const shown = visibleControls(displayPath(io.cwd, result.outDir));
        io.stdout.write(`Wrote ${what} to ${shown}: ${result.fileCount} file${result.fileCount === 1 ? '' : 's'}.\n`);
        if (result.leftover) {
            io.stderr.write(`svcdef: the previous output was kept at ${visibleControls(displayPath(io.cwd, result.leftover))} because it could not be removed; the next run tries again, or delete it by hand.\n`);
        }
        return ExitCode.Clean;
    } catch (error) {
        if (error instanceof InterruptedError) {
            progress?.clear();
            io.stderr.write(`svcdef: interrupted (${error.signal}); nothing was written, and ${visibleControls(out)} is as it was.\n`);
            return error.exitCode;
        }
        if (error instanceof OutputPathError) {
            throw new UsageError(error.message);
        }
        if (error instanceof GenerationError) {
            // Rendering failed, not the disk: report it as the bug it is, not as a write problem.
            throw error.cause;
        }
        const detail = error instanceof Error ? error.message : String(error);
        throw new UsageError(`--out ${out}: could not write the output (${detail}). The previous output, if any, is unchanged. Check that the folder's parent exists and is writable.`);
    }
}

/** One line on stderr for each folder that an interrupted run left and this run put right. */
function reportRecovery(context: CliContext, out: string, recovery: Recovery): void {
    const shown = (folder: string) => visibleControls(displayPath(context.io.cwd, folder));
    if (recovery.restored) {
        context.io.stderr.write(`svcdef: ${visibleControls(out)} was missing: put back the previous output from ${shown(recovery.restored)}, where a run interrupted while replacing it had left it.\n`);
    }
    for (const folder of recovery.removed) {
        context.io.stderr.write(`svcdef: removed ${shown(folder)}, left by an interrupted run.\n`);
    }
    for (const { folder, reason } of recovery.stuck) {
        context.io.stderr.write(`svcdef: could not remove ${shown(folder)}, left by an interrupted run (${reason}); delete it by hand.\n`);
    }
}

/** The files, telling `onFile` how many have been taken so far as each is taken. */
function* counted<T>(files: Iterable<T>, onFile: (done: number) => void): Generator<T> {
    let done = 0;
    for (const file of files) {
        yield file;
        onFile(++done);
    }
}

function generatedAt(options: GenerateOptions): string | undefined {
    return options.timestamp ? new Date().toISOString() : undefined;
}

function unmatchedSlas(unknown: readonly string[], ambiguous: readonly string[], catalog: Catalog): string {
    const candidates = [...new Set(catalog.slas.flatMap(sla => [sla.name, simpleName(sla.name)]))];
    const parts = unknown.map(name => `no SLA is named '${name}'.${didYouMean(suggestNames(name, candidates))}`);
    for (const name of ambiguous) {
        const matches = catalog.slas.filter(sla => simpleName(sla.name) === name).map(sla => `'${sla.name}'`);
        parts.push(`'${name}' names more than one SLA (${matches.join(', ')}); write the qualified name.`);
    }
    if (catalog.slas.length > 0 && unknown.length > 0) {
        parts.push(`Known SLAs: ${catalog.slas.map(sla => sla.name).join(', ')}.`);
    }
    return parts.join(' ');
}
