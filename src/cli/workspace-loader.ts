import { readFile } from 'node:fs/promises';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../language/generated/ast.js';
import { createSvcdefServices, type SvcdefServices } from '../language/svcdef-module.js';
import type { WorkspaceConfiguration } from '../language/workspace/workspace-configuration.js';
import { decodeSource, type DecodedSource } from './source-encoding.js';
import { displayPath, findSvcdefFiles, type SkippedLink } from './svcdef-file-finder.js';
import { loadErrorFrom, NOTHING_FOUND, WorkspaceLoadError } from './workspace-load-error.js';

export interface LoadOptions {
    /** Folder that relative paths and exclude globs start from; defaults to `process.cwd()`. */
    readonly cwd?: string;
    /** Files or folders; none means the working directory. */
    readonly paths?: readonly string[];
    /** Globs of files or folders to leave out (see `findSvcdefFiles`). */
    readonly exclude?: readonly string[];
    /** `YYYY-MM-DD` to check dates against instead of svcdef.json's `today` or the real date. */
    readonly today?: string;
    /** Read files and folders that symbolic links lead to outside every folder named (see `findSvcdefFiles`). */
    readonly followSymlinks?: boolean;
    /** Told of each symbolic link left out because it leads outside every folder named. */
    readonly onSkippedLink?: (link: SkippedLink) => void;
    /** Told how far reading and checking have got; for progress displays. */
    readonly onProgress?: (progress: LoadProgress) => void;
    /**
     * `all` (the default) runs every check; `syntax-and-links` only what the parser and the
     * linker find, for a command that reads the meaning and reports no other diagnostic
     * (`svcdef diff`): the checks are a third of a load.
     */
    readonly checks?: 'all' | 'syntax-and-links';
}

export interface LoadProgress {
    readonly stage: 'reading' | 'checking';
    readonly done: number;
    readonly total: number;
}

export interface LoadedFile {
    /** Absolute path. */
    readonly path: string;
    readonly text: string;
    readonly document: LangiumDocument<Model>;
    /** Everything the checks found in this file, in the order they reported it. */
    readonly diagnostics: readonly Diagnostic[];
}

export interface LoadedWorkspace {
    readonly cwd: string;
    /** The user's files, sorted by path; the built-in library is not among them. */
    readonly files: readonly LoadedFile[];
    /** The services that checked the files, for commands that go on to generate output. */
    readonly shared: LangiumSharedServices;
    readonly services: SvcdefServices;
    /** The svcdef.json files that govern the paths read, for commands that publish what they configure. */
    readonly configurations?: readonly WorkspaceConfiguration[];
}

/**
 * Reads a workspace from disk and checks it the way the language server would: the
 * built-in library first, then every file, linked together and validated.
 *
 * Throws WorkspaceLoadError for a path that is missing or unreadable, an unusable
 * `svcdef.json`, or when the paths hold no `.svcdef` file at all.
 */
export async function loadWorkspace(options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const cwd = options.cwd ?? process.cwd();
    const paths = options.paths ?? [];
    const exclude = options.exclude ?? [];
    const onProgress = options.onProgress ?? (() => undefined);

    const { files, configurations } = await findSvcdefFiles({
        cwd, paths, exclude, followSymlinks: options.followSymlinks, onSkippedLink: options.onSkippedLink
    });
    if (files.length === 0) {
        const where = paths.length > 0 ? paths.join(', ') : '.';
        throw new WorkspaceLoadError(where, NOTHING_FOUND, nothingFoundRemedy(cwd, exclude, configurations));
    }
    // --today settles the date, however many svcdef.json files disagree about it.
    const configuredToday = options.today === undefined ? todayOf(configurations, cwd) : undefined;

    const sources = await readTexts(files, cwd, onProgress);
    const texts = sources.map(source => source.text);

    const { shared, Svcdef } = createSvcdefServices(NodeFileSystem, { batch: true });
    Svcdef.settings.setConfiguredToday(configuredToday);
    if (options.today !== undefined) {
        Svcdef.settings.setToday(options.today);
    }
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);

    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    const created = files.map((file, index) => {
        const document = factory.fromString<Model>(texts[index], URI.file(file));
        documents.addDocument(document);
        return document;
    });

    const builder = shared.workspace.DocumentBuilder;
    let checked = 0;
    onProgress({ stage: 'checking', done: 0, total: files.length });
    const listening = builder.onDocumentPhase(DocumentState.Validated, () => {
        onProgress({ stage: 'checking', done: Math.min(++checked, files.length), total: files.length });
    });
    try {
        await builder.build(created, { validation: options.checks === 'syntax-and-links' ? { categories: ['built-in'] } : true });
    } finally {
        listening.dispose();
    }

    return {
        cwd,
        files: created.map((document, index) => ({
            path: files[index],
            text: texts[index],
            document,
            diagnostics: withEncodingProblem(sources[index], document.diagnostics ?? [])
        })),
        shared,
        services: Svcdef,
        configurations
    };
}

function nothingFoundRemedy(cwd: string, exclude: readonly string[], configurations: readonly WorkspaceConfiguration[]): string {
    const narrowing = configurations.filter(configuration => configuration.include !== undefined || configuration.exclude.length > 0);
    const loosen = [
        ...(exclude.length > 0 ? ['--exclude'] : []),
        ...narrowing.map(configuration => `"include" and "exclude" in ${displayPath(cwd, configuration.uri.fsPath)}`)
    ];
    return loosen.length > 0
        ? `Pass the folder that holds your .svcdef files, or loosen ${loosen.join(', or ')}.`
        : 'Pass the folder that holds your .svcdef files.';
}

/**
 * The date svcdef.json fixes for date checks. One run checks against one date, so the
 * files governing different paths must agree on it.
 */
function todayOf(configurations: readonly WorkspaceConfiguration[], cwd: string): string | undefined {
    const dated = configurations.flatMap(configuration => (configuration.today ? [{ file: configuration.uri.fsPath, ...configuration.today }] : []));
    const [first] = dated;
    const other = dated.find(candidate => candidate.date !== first.date);
    if (other) {
        throw new WorkspaceLoadError(`${displayPath(cwd, other.file)}:${other.position.line}:${other.position.column}`,
            `"today" is ${other.date} here but ${first.date} in ${displayPath(cwd, first.file)}, and one run checks against one date`,
            'Write the same date in both, or check the folders in separate runs.');
    }
    return first?.date;
}

/** Files read at once: enough to keep the disk busy, few enough not to run out of file handles. */
const CONCURRENT_READS = 32;

/** The files' texts, in the order of `files`; the first unreadable file (in that order) fails the load. */
export async function readTexts(files: readonly string[], cwd: string, onProgress: (progress: LoadProgress) => void,
    read: (file: string) => Promise<Uint8Array | string> = file => readFile(file)): Promise<DecodedSource[]> {
    const texts: DecodedSource[] = new Array(files.length);
    const failures: Array<WorkspaceLoadError | undefined> = new Array(files.length);
    let next = 0;
    let done = 0;
    const reader = async (): Promise<void> => {
        while (next < files.length) {
            const index = next++;
            try {
                const content = await read(files[index]);
                // Editors hide a byte order mark and count columns without it; so do we.
                texts[index] = typeof content === 'string' ? { text: content.replace(/^\uFEFF/, '') } : decodeSource(content);
            } catch (error) {
                failures[index] = loadErrorFrom(displayPath(cwd, files[index]), error, 'file');
            }
            onProgress({ stage: 'reading', done: ++done, total: files.length });
        }
    };
    onProgress({ stage: 'reading', done: 0, total: files.length });
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, files.length) }, reader));
    const failure = failures.find(candidate => candidate !== undefined);
    if (failure) {
        throw failure;
    }
    return texts;
}

/**
 * A file that is not UTF-8 is an error in that file, as a syntax error is: `validate` fails,
 * and `generate` does not publish text whose characters were guessed at.
 */
function withEncodingProblem(source: DecodedSource, diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
    if (!source.problem) {
        return diagnostics;
    }
    const { line, character, message } = source.problem;
    const position = { line, character };
    return [{ range: { start: position, end: position }, severity: 1, code: 'not-utf8', source: 'svcdef', message }, ...diagnostics];
}
