/**
 * The built-in library as a read-only file on disk, for editors that cannot show the
 * `builtin:` document the server links against.
 *
 * The copy sits in a folder named by a hash of its text, so a copy left by another svcdef
 * version is never taken for this one. Several servers may start at once (one per editor,
 * one per project), so it is written beside its place and renamed into it: a reader sees
 * the whole file or none.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LIBRARY_FILE_NAME = 'svcdef-library.svcdef';

/**
 * Where copies may be written, best first: `$XDG_CACHE_HOME/svcdef`, `~/.cache/svcdef`,
 * then a folder of this user's in the temporary folder.
 */
export function libraryCacheFolders(env: NodeJS.ProcessEnv = process.env): string[] {
    const folders: string[] = [];
    const xdg = env.XDG_CACHE_HOME;
    // The XDG specification says to ignore a relative path here.
    if (xdg && path.isAbsolute(xdg)) {
        folders.push(path.join(xdg, 'svcdef'));
    }
    const home = os.homedir();
    if (home) {
        folders.push(path.join(home, '.cache', 'svcdef'));
    }
    folders.push(path.join(os.tmpdir(), `svcdef-${userName()}`));
    return [...new Set(folders.map(folder => path.resolve(folder)))];
}

/** The temporary folder is shared: each user gets a folder of their own. */
function userName(): string {
    if (typeof process.getuid === 'function') {
        return String(process.getuid());
    }
    try {
        return os.userInfo().username.replace(/[^\w.-]/g, '_');
    } catch {
        return 'user';
    }
}

export class LibraryCopy {
    /** Where a copy of this text is, or would be, in each cache folder. */
    readonly candidates: readonly string[];
    private written: { path: string } | { error: string } | undefined;

    constructor(private readonly text: string, folders: readonly string[] = libraryCacheFolders()) {
        const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
        this.candidates = folders.map(folder => path.join(folder, hash, LIBRARY_FILE_NAME));
    }

    /** Whether `fsPath` names a copy of this text, written by this server or another. */
    isCopy(fsPath: string): boolean {
        return this.candidates.includes(path.resolve(fsPath));
    }

    /**
     * The copy's path, written on the first call into the first cache folder that takes it.
     * Throws, on every call, when none does.
     */
    path(): string {
        this.written ??= this.write();
        if ('error' in this.written) {
            throw new Error(this.written.error);
        }
        return this.written.path;
    }

    private write(): { path: string } | { error: string } {
        const failures: string[] = [];
        for (const file of this.candidates) {
            try {
                this.writeTo(file);
                return { path: file };
            } catch (error) {
                failures.push(error instanceof Error ? error.message : String(error));
            }
        }
        return { error: `Could not write the built-in library to a cache folder: ${failures.join('; ')}` };
    }

    private writeTo(file: string): void {
        if (this.holdsText(file)) {
            return;
        }
        const folder = path.dirname(file);
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        const temporary = path.join(folder, `.${LIBRARY_FILE_NAME}.${process.pid}.${randomBytes(6).toString('hex')}`);
        // Created read-only: nothing, not even this server, has a reason to write it again.
        writeFileSync(temporary, this.text, { mode: 0o444, flag: 'wx' });
        try {
            renameSync(temporary, file);
        } catch (error) {
            rmSync(temporary, { force: true });
            // Where a read-only file cannot be replaced (Windows), another server may just have written it.
            if (!this.holdsText(file)) {
                throw error;
            }
        }
    }

    /** A regular file, not a link someone else may point elsewhere, with exactly this text. */
    private holdsText(file: string): boolean {
        try {
            return lstatSync(file).isFile() && readFileSync(file, 'utf8') === this.text;
        } catch {
            return false;
        }
    }
}
