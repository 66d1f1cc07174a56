import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_FILE_NAME, LibraryCopy, libraryCacheFolders } from './library-copy.js';

describe('LibraryCopy', () => {
    let root: string;
    beforeEach(() => { root = mkdtempSync(path.join(tmpdir(), 'svcdef-library-copy-')); });
    afterEach(() => { rmSync(root, { recursive: true, force: true }); });

    it('writes the text once, read-only, into a folder named by its hash', () => {
        const copy = new LibraryCopy('metric uptime\n', [path.join(root, 'cache')]);
        const file = copy.path();
        expect(path.basename(file)).toBe(LIBRARY_FILE_NAME);
        expect(path.dirname(path.dirname(file))).toBe(path.join(root, 'cache'));
        expect(readFileSync(file, 'utf8')).toBe('metric uptime\n');
        expect(statSync(file).mode & 0o777).toBe(0o444);
        expect(copy.path()).toBe(file);
        // No temporary file is left beside it.
        expect(readdirSync(path.dirname(file))).toEqual([LIBRARY_FILE_NAME]);
    });

    it('gives another text, as another svcdef version has, another file', () => {
        const folders = [path.join(root, 'cache')];
        expect(new LibraryCopy('metric a\n', folders).path()).not.toBe(new LibraryCopy('metric b\n', folders).path());
    });

    it('keeps a copy another server wrote, and replaces one whose text is wrong', () => {
        const folders = [path.join(root, 'cache')];
        const file = new LibraryCopy('metric uptime\n', folders).path();
        const inode = statSync(file).ino;
        expect(new LibraryCopy('metric uptime\n', folders).path()).toBe(file);
        expect(statSync(file).ino).toBe(inode);

        chmodSync(file, 0o644);
        writeFileSync(file, 'metric upt');
        expect(new LibraryCopy('metric uptime\n', folders).path()).toBe(file);
        expect(readFileSync(file, 'utf8')).toBe('metric uptime\n');
        expect(statSync(file).mode & 0o777).toBe(0o444);
    });

    it('falls back to the next folder, and says why when none takes the copy', () => {
        const blocked = path.join(root, 'blocked');
        writeFileSync(blocked, 'a file where a folder should be');
        const fallback = path.join(root, 'fallback');
        expect(new LibraryCopy('metric uptime\n', [blocked, fallback]).path().startsWith(fallback + path.sep)).toBe(true);

        const nowhere = new LibraryCopy('metric uptime\n', [blocked]);
        expect(() => nowhere.path()).toThrow(/Could not write the built-in library to a cache folder: .*ENOTDIR/);
        expect(() => nowhere.path()).toThrow(/Could not write/);
    });

    it('recognizes a path of its copy in any cache folder, written or not', () => {
        const copy = new LibraryCopy('metric uptime\n', [path.join(root, 'a'), path.join(root, 'b')]);
        expect(copy.isCopy(copy.candidates[1])).toBe(true);
        expect(copy.isCopy(path.join(root, 'b', 'other.svcdef'))).toBe(false);
    });
});

describe('libraryCacheFolders', () => {
    it('prefers XDG_CACHE_HOME, then ~/.cache, then the temporary folder', () => {
        const folders = libraryCacheFolders({ XDG_CACHE_HOME: '/var/cache/alice' });
        expect(folders[0]).toBe(path.resolve('/var/cache/alice/svcdef'));
        expect(folders.some(folder => folder.endsWith(path.join('.cache', 'svcdef')))).toBe(true);
        expect(folders[folders.length - 1].startsWith(tmpdir())).toBe(true);
    });

    it('ignores a relative XDG_CACHE_HOME, as the XDG specification asks', () => {
        expect(libraryCacheFolders({ XDG_CACHE_HOME: 'cache' })).toEqual(libraryCacheFolders({}));
    });
});
