import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from './diff-git.js';

/**
 * A commit's workspace, written out to a temporary folder so that it can be loaded and
 * checked like any folder, without touching the working tree, the index or HEAD.
 */
export interface CommitTree {
    /** The temporary folder: the repository's layout, only the files svcdef reads. */
    readonly root: string;
    /** The workspace folder inside `root`. */
    readonly workspace: string;
    /** How many `.svcdef` files the commit has in the workspace folder. */
    readonly svcdefFiles: number;
    dispose(): Promise<void>;
}

interface TreeEntry {
    readonly oid: string;
    /** From the repository's root, with `/`. */
    readonly path: string;
}

/**
 * Writes the files of `commit` that a load of `workspacePath` (relative to the repository's
 * root, with `/`; '' for the root) can read: its `.svcdef` files, the `svcdef.json` files in
 * it and above it, and every `.ics` file of the repository, since a calendar's `holidays`
 * path may lead out of the workspace. Everything else (sources, images, node_modules) stays
 * in git. A `.git` folder at the root stops the search for `svcdef.json` there, as the real
 * repository's does.
 */
export async function writeCommitTree(repositoryRoot: string, commit: string, workspacePath: string): Promise<CommitTree> {
    const entries = selectEntries(await listTree(repositoryRoot, commit), workspacePath);
    const contents = await readBlobs(repositoryRoot, entries.map(entry => entry.oid));
    const root = await mkdtemp(path.join(tmpdir(), 'svcdef-diff-'));
    const dispose = () => rm(root, { recursive: true, force: true });
    try {
        await mkdir(path.join(root, '.git'));
        const workspace = path.join(root, ...splitPath(workspacePath));
        await mkdir(workspace, { recursive: true });
        await writeAll(root, entries, contents);
        return { root, workspace, svcdefFiles: entries.filter(entry => entry.path.endsWith('.svcdef')).length, dispose };
    } catch (error) {
        await dispose();
        throw error;
    }
}

/** Every file of the commit: `git ls-tree` with NUL-separated entries, so any file name survives. */
async function listTree(cwd: string, commit: string): Promise<TreeEntry[]> {
    const output = (await git({ cwd, args: ['ls-tree', '-r', '-z', '--full-tree', commit] })).toString('utf8');
    const entries: TreeEntry[] = [];
    for (const record of output.split('\0')) {
        // `<mode> <type> <oid>\t<path>`; symbolic links (120000) and submodules are not files svcdef reads from git.
        const tab = record.indexOf('\t');
        if (tab < 0) {
            continue;
        }
        const [mode, type, oid] = record.slice(0, tab).split(' ');
        if (type === 'blob' && mode !== '120000') {
            entries.push({ oid, path: record.slice(tab + 1) });
        }
    }
    return entries;
}

function selectEntries(entries: readonly TreeEntry[], workspacePath: string): TreeEntry[] {
    const inside = (file: string) => workspacePath === '' || file.startsWith(`${workspacePath}/`);
    const above = new Set(ancestors(workspacePath));
    return entries.filter(entry => {
        const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
        if (entry.path.endsWith('.svcdef')) {
            return inside(entry.path);
        }
        if (name === 'svcdef.json') {
            return inside(entry.path) || above.has(folderOf(entry.path));
        }
        return name.toLowerCase().endsWith('.ics');
    });
}

/** '', 'a', 'a/b' for 'a/b': the folders from the repository's root down to `folder`. */
function ancestors(folder: string): string[] {
    const parts = splitPath(folder);
    return parts.map((_, index) => parts.slice(0, index + 1).join('/')).concat('').concat(folder);
}

function folderOf(file: string): string {
    const slash = file.lastIndexOf('/');
    return slash < 0 ? '' : file.slice(0, slash);
}

function splitPath(relative: string): string[] {
    return relative.split('/').filter(part => part !== '');
}

/**
 * The blobs' contents by object id, through one `git cat-file --batch`: one process for
 * thousands of files, where `git show` per file would start thousands.
 */
async function readBlobs(cwd: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(oids)];
    const contents = new Map<string, Buffer>();
    if (unique.length === 0) {
        return contents;
    }
    const output = await git({ cwd, args: ['cat-file', '--batch'], input: `${unique.join('\n')}\n` });
    let offset = 0;
    while (offset < output.length) {
        const headerEnd = output.indexOf(0x0a, offset);
        // `<oid> blob <size>`, then the content and a newline.
        const [oid, , size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
        const start = headerEnd + 1;
        const end = start + Number(size);
        contents.set(oid, output.subarray(start, end));
        offset = end + 1;
    }
    return contents;
}

/** Files written at once: enough to keep the disk busy, few enough not to run out of file handles. */
const CONCURRENT_WRITES = 32;

async function writeAll(root: string, entries: readonly TreeEntry[], contents: ReadonlyMap<string, Buffer>): Promise<void> {
    const folders = new Set(entries.map(entry => folderOf(entry.path)));
    for (const folder of folders) {
        await mkdir(path.join(root, ...splitPath(folder)), { recursive: true });
    }
    let next = 0;
    const writer = async (): Promise<void> => {
        while (next < entries.length) {
            const entry = entries[next++];
            await writeFile(path.join(root, ...splitPath(entry.path)), contents.get(entry.oid) ?? Buffer.alloc(0));
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_WRITES, entries.length) }, writer));
}
