/**
 * Writes a generated tree to `--out` all at once. The files go to a staging folder
 * beside `--out`; only when every one is written does that folder take the place of the
 * old output, by two renames (see interrupted-runs.ts for what a run interrupted between
 * them leaves, and how the next run puts it right). A failure or an interrupt part-way
 * leaves the previous output as it was, and no path can land outside `--out`.
 *
 * Files are taken from the generator one at a time, and each is written before the next is
 * rendered, so memory stays small: a catalog of 50k services is a quarter of a million files
 * and over a gigabyte of text. (A writer thread that overlapped writing with rendering was
 * measured and removed: see docs/performance.md.)
 *
 * The whole folder is replaced, so the writer refuses a folder that is not its own or that
 * holds sources (see output-folder-guard.ts): pointing `--out` at a source folder must not
 * delete it.
 */
import { writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { isStreamedFile, type GeneratedFile, type OutputFile } from '../generator/generated-file.js';
import { recoverInterruptedRuns, removeRunFolder, runFolderPath, type Recovery } from './interrupted-runs.js';
import { checkOutputLocation, checkReplaceable, isInside } from './output-folder-guard.js';
import { MARKER_TEXT, OUTPUT_MARKER } from './output-marker.js';
import { OutputPathError } from './output-path-error.js';

export { OUTPUT_MARKER } from './output-marker.js';
export { OutputPathError } from './output-path-error.js';

/** The file-system calls the writer makes; tests substitute failing versions. */
export interface WriterFileSystem {
    mkdir(target: string, options: { recursive: true }): Promise<unknown>;
    /** `wx` creates a file that must not exist yet; `a` appends to one (a file written in pieces). */
    writeFile(target: string, data: string, options: { encoding: 'utf8'; flag: 'wx' | 'a' }): Promise<void>;
    rename(from: string, to: string): Promise<void>;
    rm(target: string, options: { recursive: true; force: true }): Promise<void>;
    readdir(target: string): Promise<string[]>;
    lstat(target: string): Promise<{ isDirectory(): boolean; isSymbolicLink(): boolean; readonly mtimeMs: number }>;
}

/**
 * Node's file system. Files are written with synchronous calls: each is written before the
 * next is rendered anyway, and an asynchronous write costs three round trips to the thread
 * pool (open, write, close), which took more CPU time (42 against 34 s for a 10k-service
 * catalog, in one run on a busy machine).
 */
export const NODE_FILE_SYSTEM: WriterFileSystem = {
    mkdir: (target, options) => nodeFs.mkdir(target, options),
    writeFile: async (target, data, options) => writeFileSync(target, data, options),
    rename: (from, to) => nodeFs.rename(from, to),
    rm: (target, options) => nodeFs.rm(target, options),
    readdir: target => nodeFs.readdir(target),
    lstat: target => nodeFs.lstat(target)
};

export interface WriteOptions {
    /** Folder a relative `outDir` is taken from; the output may not be it or a parent of it. */
    readonly cwd: string;
    /** The home folder, which the output may not be, nor a parent of; by default the user's. */
    readonly home?: string;
    /** The run's workspace paths as given and its input files: the output folder may hold none of them. */
    readonly workspacePaths?: readonly string[];
    readonly inputFiles?: readonly string[];
    /** Stops the writing when aborted, before the swap begins; the writer then throws the signal's reason. */
    readonly signal?: AbortSignal;
    /** Told what was done about folders that interrupted runs left beside the output. */
    readonly onRecovery?: (recovery: Recovery) => void;
    readonly fileSystem?: WriterFileSystem;
}

export interface WriteResult {
    /** Absolute path of the output folder. */
    readonly outDir: string;
    readonly fileCount: number;
    /** Set when the old output could not be removed after the swap (the new output is in place). */
    readonly leftover?: string;
}

/**
 * The generator failed while its files were being written (`cause` is its error); the
 * staging folder is gone and the previous output is untouched. Not a file-system problem,
 * so callers report it as the bug it is.
 */
export class GenerationError extends Error {
    override readonly name = 'GenerationError';
    constructor(override readonly cause: unknown) {
        super(cause instanceof Error ? cause.message : String(cause));
    }
}

export async function writeOutputTree(outDir: string, files: Iterable<OutputFile>, options: WriteOptions): Promise<WriteResult> {
    return writeTree(outDir, files, options, options.fileSystem ?? NODE_FILE_SYSTEM);
}

/**
 * Puts right what runs interrupted while writing to `outDir` left behind (see
 * interrupted-runs.ts), once it is known that `outDir` is a place for output at all.
 * writeOutputTree does this itself; a caller can do it earlier, before its own work.
 */
export async function recoverOutput(outDir: string, options: Pick<WriteOptions, 'cwd' | 'home' | 'fileSystem'>): Promise<Recovery> {
    const target = path.resolve(options.cwd, outDir);
    await checkOutputLocation(target, outDir, { cwd: options.cwd, home: options.home ?? homedir() });
    return recoverInterruptedRuns(target, outDir, options.fileSystem ?? NODE_FILE_SYSTEM);
}

async function writeTree(outDir: string, files: Iterable<OutputFile>, options: WriteOptions, fs: WriterFileSystem): Promise<WriteResult> {
    const target = path.resolve(options.cwd, outDir);
    options.signal?.throwIfAborted();
    const recovery = await recoverOutput(outDir, { ...options, fileSystem: fs });
    options.onRecovery?.(recovery);
    const existing = await checkReplaceable(target, outDir, {
        cwd: options.cwd,
        home: options.home ?? homedir(),
        workspacePaths: options.workspacePaths ?? [],
        inputFiles: options.inputFiles ?? []
    });

    const parent = path.dirname(target);
    await fs.mkdir(parent, { recursive: true });
    const staging = runFolderPath(target, 'new');
    await fs.mkdir(staging, { recursive: true });
    let fileCount: number;
    try {
        // The marker first: it is what lets a later run remove this folder if this one is killed.
        await fs.writeFile(path.join(staging, OUTPUT_MARKER), MARKER_TEXT, { encoding: 'utf8', flag: 'wx' });
        fileCount = await writeFiles(fs, staging, target, files, options.signal);
        // The last moment to stop: once the swap begins, it is carried through.
        options.signal?.throwIfAborted();
    } catch (error) {
        await removeRunFolder(fs, staging).catch(() => undefined);
        throw error;
    }

    if (!existing) {
        try {
            await fs.rename(staging, target);
        } catch (error) {
            await removeRunFolder(fs, staging).catch(() => undefined);
            throw error;
        }
        return { outDir: target, fileCount };
    }

    // From here until the second rename is done, the target is missing and the previous
    // output is complete under this name; a run killed meanwhile is put right by the next.
    const previous = runFolderPath(target, 'old');
    try {
        await fs.rename(target, previous);
    } catch (error) {
        await removeRunFolder(fs, staging).catch(() => undefined);
        throw error;
    }
    try {
        await fs.rename(staging, target);
    } catch (error) {
        // Put the previous output back before reporting; it must survive a failed run.
        await fs.rename(previous, target).catch(() => undefined);
        await removeRunFolder(fs, staging).catch(() => undefined);
        throw error;
    }
    // Renamed first, so that a run killed while removing it never takes it for an output to restore.
    const gone = runFolderPath(target, 'gone');
    try {
        await fs.rename(previous, gone);
        await removeRunFolder(fs, gone);
    } catch {
        return { outDir: target, fileCount, leftover: (await exists(fs, gone)) ? gone : previous };
    }
    return { outDir: target, fileCount };
}

/**
 * Writes each file into the staging folder as the generator yields it, a file that comes
 * in pieces a batch of pieces at a time, each before the next is asked for. Returns the
 * number of files.
 */
async function writeFiles(fs: WriterFileSystem, staging: string, target: string, files: Iterable<OutputFile>, signal?: AbortSignal): Promise<number> {
    const paths = new OutputPaths(target);
    const folders = new Set<string>();
    let count = 0;
    for (const file of generated(files)) {
        signal?.throwIfAborted();
        const destination = path.join(staging, paths.check(file.path));
        const folder = path.dirname(destination);
        if (!folders.has(folder)) {
            await fs.mkdir(folder, { recursive: true });
            folders.add(folder);
        }
        if (isStreamedFile(file)) {
            await writeInPieces(destination, generated(file.chunks), (data, flag) => {
                // A file in pieces can take seconds to render: look for an interrupt between batches too.
                signal?.throwIfAborted();
                return fs.writeFile(destination, data, { encoding: 'utf8', flag });
            });
        } else {
            await fs.writeFile(destination, file.content, { encoding: 'utf8', flag: 'wx' });
        }
        count++;
    }
    return count;
}

/** How much text of a file that comes in pieces is gathered before it is written. */
const PIECE_BATCH = 1 << 20;

async function writeInPieces(destination: string, chunks: Iterable<string>, write: (data: string, flag: 'wx' | 'a') => Promise<void>): Promise<void> {
    let flag: 'wx' | 'a' = 'wx';
    let batch = '';
    for (const chunk of chunks) {
        batch += chunk;
        if (batch.length >= PIECE_BATCH) {
            await write(batch, flag);
            flag = 'a';
            batch = '';
        }
    }
    if (batch.length > 0 || flag === 'wx') {
        await write(batch, flag);
    }
}

/** The items of a generator, with what it throws turned into a GenerationError. */
function* generated<T>(items: Iterable<T>): Generator<T> {
    const iterator = items[Symbol.iterator]();
    try {
        for (;;) {
            let next: IteratorResult<T>;
            try {
                next = iterator.next();
            } catch (error) {
                throw new GenerationError(error);
            }
            if (next.done) {
                return;
            }
            yield next.value;
        }
    } finally {
        // Stopped early (a write failed): let the generator release what it holds.
        iterator.return?.();
    }
}

/**
 * Checks each path before its file is written: relative, made of plain segments,
 * resolving inside the output folder, and not the path of an earlier file. Generators
 * only produce such paths; this is the guarantee that holds even if one does not.
 */
class OutputPaths {
    private readonly seen = new Set<string>();

    constructor(private readonly target: string) {}

    /** The path relative to the output folder, in the platform's separators; throws OutputPathError. */
    check(relative: string): string {
        const segments = relative.split('/');
        const unsafe = relative.length === 0
            || relative.includes('\\')
            || relative.includes('\0')
            || path.posix.isAbsolute(relative)
            || path.win32.isAbsolute(relative)
            || /^[A-Za-z]:/.test(relative)
            || segments.some(segment => segment === '' || segment === '.' || segment === '..')
            || segments[0] === OUTPUT_MARKER;
        const resolved = path.resolve(this.target, ...segments);
        if (unsafe || !isInside(resolved, this.target) || resolved === this.target) {
            throw new OutputPathError(`refusing to write '${relative}': generated paths must stay inside the output folder. This is a bug in svcdef; please report it.`);
        }
        const key = relative.toLowerCase();
        if (this.seen.has(key)) {
            throw new OutputPathError(`refusing to write '${relative}' twice. This is a bug in svcdef; please report it.`);
        }
        this.seen.add(key);
        return segments.join(path.sep);
    }
}

/** Checks every path of a list at once (see OutputPaths): the relative paths, or OutputPathError. */
export function planFiles(target: string, files: readonly GeneratedFile[]): string[] {
    const paths = new OutputPaths(target);
    return files.map(file => paths.check(file.path));
}

async function exists(fs: WriterFileSystem, target: string): Promise<boolean> {
    return fs.lstat(target).then(() => true, () => false);
}
