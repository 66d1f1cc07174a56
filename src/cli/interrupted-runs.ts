/**
 * The folders a run keeps beside `--out`, and what a later run does with those that an
 * interrupted run left behind.
 *
 * A run writes the new output into `.NAME.svcdef-new-PID-RANDOM` and then swaps it in by
 * two renames: `NAME` → `.NAME.svcdef-old-PID-RANDOM`, then the new folder → `NAME`; the
 * previous output is then renamed to `.NAME.svcdef-gone-PID-RANDOM` and removed. Killed
 * while writing (kill -9, a closed terminal, a crash), a run leaves its new folder, up to
 * gigabytes of it; killed between the renames, it leaves `NAME` missing and the previous
 * output complete under the `old` name. The next run for the same `--out` therefore first
 * puts such an `old` folder back if `NAME` is missing, and removes the rest.
 *
 * Only folders that are svcdef's own are touched: named as above, holding svcdef's output
 * marker (or empty), and made by a process that is no longer running on this machine, so
 * that a run going on at the same time keeps its folders. The marker is removed last when
 * such a folder is removed, so that a removal cut short is finished by the next run.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { OUTPUT_MARKER } from './output-marker.js';
import { OutputPathError } from './output-path-error.js';
import type { WriterFileSystem } from './output-writer.js';

/** `new`: the output being written; `old`: the previous output during the swap; `gone`: being removed. */
export type RunFolderRole = 'new' | 'old' | 'gone';

/** `parent/.name.svcdef-new-1234-ab12cd34`: beside the target, so that renames stay on one file system. */
export function runFolderPath(target: string, role: RunFolderRole): string {
    return path.join(path.dirname(target), `${runFolderPrefix(target)}${role}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export interface Recovery {
    /** The folder that was renamed back to the target, if one was. */
    readonly restored?: string;
    /** Folders of interrupted runs that were removed. */
    readonly removed: readonly string[];
    /** Folders of interrupted runs that could not be removed, with the reason. */
    readonly stuck: ReadonlyArray<{ readonly folder: string; readonly reason: string }>;
}

/**
 * Restores the previous output of a run interrupted during the swap, when the target is
 * missing, and removes what interrupted runs left beside the target. Throws
 * OutputPathError when the previous output cannot be put back.
 */
export async function recoverInterruptedRuns(target: string, shown: string, fs: WriterFileSystem): Promise<Recovery> {
    const leftovers = await leftoverFolders(target, fs);
    if (leftovers.length === 0) {
        return { removed: [], stuck: [] };
    }
    let restored: string | undefined;
    if (!(await exists(fs, target))) {
        // More than one only if runs were interrupted again and again: the latest output wins.
        const previous = leftovers.filter(folder => folder.role === 'old' && folder.marked).sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
        if (previous) {
            try {
                await fs.rename(previous.path, target);
            } catch (error) {
                const detail = error instanceof Error ? error.message : String(error);
                throw new OutputPathError(`--out ${shown}: the folder is missing, and the previous output that an interrupted run left at ${previous.path} could not be put back (${detail}). Rename it to ${shown} by hand, then run svcdef again.`);
            }
            restored = previous.path;
        }
    }
    const removed: string[] = [];
    const stuck: Array<{ folder: string; reason: string }> = [];
    for (const folder of leftovers) {
        if (folder.path === restored) {
            continue;
        }
        try {
            await removeRunFolder(fs, folder.path);
            removed.push(folder.path);
        } catch (error) {
            stuck.push({ folder: folder.path, reason: error instanceof Error ? error.message : String(error) });
        }
    }
    return { restored, removed, stuck };
}

interface Leftover {
    readonly path: string;
    readonly role: RunFolderRole;
    /** Holds the output marker; an unmarked leftover is empty (killed before the marker was written). */
    readonly marked: boolean;
    readonly mtimeMs: number;
}

/** The folders beside the target that runs no longer running left, and that are svcdef's own. */
async function leftoverFolders(target: string, fs: WriterFileSystem): Promise<Leftover[]> {
    const parent = path.dirname(target);
    const prefix = runFolderPrefix(target);
    let names: string[];
    try {
        names = await fs.readdir(parent);
    } catch {
        // No parent folder yet: nothing was left there.
        return [];
    }
    const found: Leftover[] = [];
    for (const name of names) {
        const match = name.startsWith(prefix) ? RUN_FOLDER_SUFFIX.exec(name.slice(prefix.length)) : null;
        if (!match) {
            continue;
        }
        const pid = Number(match[2]);
        // A live process may be writing or swapping; if its id was reused, removal only waits.
        if (pid === process.pid || processIsRunning(pid)) {
            continue;
        }
        const folder = path.join(parent, name);
        try {
            const stats = await fs.lstat(folder);
            if (!stats.isDirectory() || stats.isSymbolicLink()) {
                continue;
            }
            const entries = await fs.readdir(folder);
            const marked = entries.includes(OUTPUT_MARKER);
            if (marked || entries.length === 0) {
                found.push({ path: folder, role: match[1] as RunFolderRole, marked, mtimeMs: stats.mtimeMs });
            }
        } catch {
            // Gone or unreadable: not ours to worry about now.
        }
    }
    return found;
}

/** `new-1234-ab12cd34`: role, process id, random part. */
const RUN_FOLDER_SUFFIX = /^(new|old|gone)-(\d+)-[0-9a-f]{8}$/;

function runFolderPrefix(target: string): string {
    return `.${path.basename(target)}.svcdef-`;
}

/**
 * Removes a folder of a run, its marker last: until the folder is gone it is recognisably
 * svcdef's, so that if this removal is cut short, the next run finishes it.
 */
export async function removeRunFolder(fs: WriterFileSystem, folder: string): Promise<void> {
    // Unreadable, the folder is still removed as a whole, marker and all.
    for (const name of await fs.readdir(folder).catch(() => [])) {
        if (name !== OUTPUT_MARKER) {
            await fs.rm(path.join(folder, name), { recursive: true, force: true });
        }
    }
    await fs.rm(folder, { recursive: true, force: true });
}

/** Whether a process of that id runs on this machine (one of another user counts). */
function processIsRunning(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

async function exists(fs: WriterFileSystem, target: string): Promise<boolean> {
    try {
        await fs.lstat(target);
        return true;
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return false;
        }
        throw error;
    }
}
