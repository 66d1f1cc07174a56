/**
 * Whether svcdef may replace a folder as a whole with its output. Replacing deletes
 * everything in the folder, so the folder must be svcdef's own (marked, or new or empty)
 * and hold nothing a person wrote: no `.svcdef` source or `svcdef.json` at any depth, and
 * none of the run's workspace paths. Nor may it be a folder whose loss takes more with
 * it: the root of a file system, the current folder, the home folder, or a parent of
 * these.
 *
 * Paths are compared both as written and with symbolic links resolved, so that a link
 * cannot lead the output onto the current folder or the workspace.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { kernelFileSystemAt } from './kernel-file-systems.js';
import { OUTPUT_MARKER } from './output-marker.js';
import { OutputPathError } from './output-path-error.js';
import { displayPath } from './svcdef-file-finder.js';

/** Files that people write and svcdef reads; an output folder holding one is not replaced. */
const SOURCE_EXTENSION = '.svcdef';
const CONFIGURATION_FILE = 'svcdef.json';

export interface OutputGuardOptions {
    /** The current folder: relative paths start here, and the output may not be it or a parent of it. */
    readonly cwd: string;
    /** The home folder, which the output may not be, nor a parent of. */
    readonly home: string;
    /** The run's workspace paths as given (relative to `cwd`), which the output may not hold. */
    readonly workspacePaths: readonly string[];
    /** The run's input files (absolute), named as such when the output holds one. */
    readonly inputFiles: readonly string[];
}

/**
 * Refuses (OutputPathError) a target that is a file system's root, on a kernel file system
 * (/proc, /sys), the current folder, the home folder, or a parent of one of these. Cheap;
 * checked before anything else.
 */
export async function checkOutputLocation(target: string, shown: string, options: Pick<OutputGuardOptions, 'cwd' | 'home'>): Promise<void> {
    if (path.parse(target).root === target) {
        throw new OutputPathError(`--out ${shown}: the root of a file system cannot be an output folder. Name a folder of its own, e.g. --out site.`);
    }
    const kernel = await kernelFileSystemAt(target);
    if (kernel !== undefined) {
        throw new OutputPathError(`--out ${shown}: this is on the kernel's ${kernel} file system, which holds no files. Name a folder on a disk, e.g. --out site.`);
    }
    const real = await realPathOf(target);
    const refused = [
        { folder: path.resolve(options.cwd), what: 'the current folder' },
        { folder: path.resolve(options.home), what: 'your home folder' }
    ];
    for (const { folder, what } of refused) {
        if (isInside(folder, target) || isInside(await realPathOf(folder), real)) {
            throw new OutputPathError(`--out ${shown}: this is ${what} or one of its parents, and svcdef replaces the whole output folder. Name a folder of its own, e.g. --out site.`);
        }
    }
}

/**
 * Whether the target exists, once it is known that it may be replaced; throws
 * OutputPathError, naming what is in the way and what to do, when it may not be.
 */
export async function checkReplaceable(target: string, shown: string, options: OutputGuardOptions): Promise<boolean> {
    let stats;
    try {
        stats = await lstat(target);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return false;
        }
        throw error;
    }
    if (stats.isSymbolicLink()) {
        throw new OutputPathError(`--out ${shown}: this is a symbolic link; svcdef replaces the output folder as a whole and will not follow links. Name the real folder.`);
    }
    if (!stats.isDirectory()) {
        throw new OutputPathError(`--out ${shown}: a file of that name exists. Name a folder, or remove the file.`);
    }
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
        throw new OutputPathError(`--out ${shown}: the folder is not empty and was not written by svcdef, and svcdef replaces the whole output folder. Name a new or empty folder.`);
    }
    const refuse = (held: string, what: string): never => {
        const relation = held === target ? `it is ${displayPath(options.cwd, held)}` : `it holds ${displayPath(options.cwd, held)}`;
        throw new OutputPathError(`--out ${shown}: ${relation}, ${what}, and svcdef replaces the output folder as a whole. Move the sources out of ${shown}, or name another folder for --out.`);
    };
    const source = await firstSource(target).catch((error: NodeJS.ErrnoException) => {
        const where = error.path ? displayPath(options.cwd, error.path) : shown;
        throw new OutputPathError(`--out ${shown}: ${where} cannot be read (${error.code ?? error.message}), so svcdef cannot tell that replacing the folder loses nothing. Make it readable, or remove it.`);
    });
    if (source !== undefined) {
        const inputs = new Set(options.inputFiles.map(file => path.resolve(options.cwd, file)));
        const what = inputs.has(source) ? 'an input of this run'
            : path.basename(source) === CONFIGURATION_FILE ? 'a workspace configuration'
                : 'a .svcdef source';
        refuse(source, what);
    }
    const realTarget = await realPathOf(target);
    for (const given of options.workspacePaths) {
        const workspace = path.resolve(options.cwd, given);
        if (isInside(workspace, target) || isInside(await realPathOf(workspace), realTarget)) {
            refuse(workspace, 'a workspace path of this run');
        }
    }
    return true;
}

/**
 * The first `.svcdef` file or `svcdef.json` under the folder, in name order, or undefined.
 * Links are not followed: removing the folder removes a link, not what it points to.
 */
async function firstSource(folder: string): Promise<string | undefined> {
    const entries: Dirent[] = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isFile() && (entry.name.endsWith(SOURCE_EXTENSION) || entry.name === CONFIGURATION_FILE)) {
            return full;
        }
        if (entry.isDirectory()) {
            const found = await firstSource(full);
            if (found !== undefined) {
                return found;
            }
        }
    }
    return undefined;
}

/** The path with symbolic links resolved, as far as it exists; the rest as written. */
async function realPathOf(target: string): Promise<string> {
    try {
        return await realpath(target);
    } catch {
        const parent = path.dirname(target);
        return parent === target ? target : path.join(await realPathOf(parent), path.basename(target));
    }
}

/** Whether `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
    const relative = path.relative(parent, child);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
