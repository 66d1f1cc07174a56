import { AstUtils, URI, UriUtils, type FileSystemProvider } from 'langium';
import type { HolidayFile } from '../generated/ast.js';
import { readICalendar, resultOf, type HolidayFileResult, type HolidayReading } from './icalendar-holidays.js';

export type { HolidayFileResult } from './icalendar-holidays.js';
export type { HolidayPeriod } from './holiday-period.js';

/**
 * The iCalendar files that calendars take holidays from (`holidays "de-holidays.ics"`),
 * read through Langium's file system, so the CLI, the language server and the tests see
 * the same files. Each file is read once, whatever number of calendars and checks ask;
 * the language server `forget`s a file when the editor reports it changed.
 *
 * Nothing here throws: a file that is missing, unreadable or not iCalendar is a result with
 * an error that names the file as the user wrote it and says what to do.
 */
export class HolidayFiles {
    /** What each file held, by normalized URI; told about under the name each `holidays` line gives it. */
    private readonly results = new Map<string, HolidayReading>();

    constructor(private readonly fileSystem: FileSystemProvider) {}

    read(file: HolidayFile): HolidayFileResult {
        // Error recovery can leave a `holidays` line without its path; the syntax error is reported already.
        const written = file.path ?? '';
        if (written.trim() === '') {
            return { error: 'The holidays line names no file; write the path of an iCalendar (.ics) file, relative to this file.' };
        }
        const uri = this.uriOf(file);
        if (!uri) {
            return { error: `The holidays file '${written}' cannot be found from a document that is not saved as a file; save the document first, or give an absolute path.` };
        }
        const key = UriUtils.normalize(uri);
        let reading = this.results.get(key);
        if (!reading) {
            reading = this.readUri(uri);
            this.results.set(key, reading);
        }
        return resultOf(reading, written);
    }

    /**
     * Where the file named on a `holidays` line is: relative to the folder of the document
     * that names it, or absolute. Undefined when the document has no folder (an unsaved one).
     */
    uriOf(file: HolidayFile): URI | undefined {
        const written = file.path;
        if (isAbsolutePath(written)) {
            return URI.file(written);
        }
        const document = AstUtils.getDocument(file).uri;
        if (document.scheme === 'untitled') {
            return undefined;
        }
        return UriUtils.resolvePath(UriUtils.dirname(document), written);
    }

    /** Whether a file was read (or tried) as a holidays file since it was last forgotten. */
    has(uri: URI): boolean {
        return this.results.has(UriUtils.normalize(uri));
    }

    /**
     * The files read (or tried) as holidays files that are `uri` or lie in the folder `uri`:
     * what a change the editor reports there may have changed.
     */
    readWithin(uri: URI): URI[] {
        return [...this.results.keys()].map(key => URI.parse(key)).filter(file => UriUtils.contains(uri, file));
    }

    /** Drops what was read from one file, so that the next `read` reads it again. */
    forget(uri: URI): void {
        this.results.delete(UriUtils.normalize(uri));
    }

    forgetAll(): void {
        this.results.clear();
    }

    private readUri(uri: URI): HolidayReading {
        const file = (written: string) => `The holidays file '${written}'`;
        let text: string;
        try {
            if (!this.fileSystem.existsSync(uri)) {
                return { error: written => `${file(written)} does not exist (looked for ${uri.fsPath}); correct the path, which is relative to the folder of this file, or create the file.` };
            }
            if (this.fileSystem.statSync(uri).isDirectory) {
                return { error: written => `${file(written)} is a folder; name the .ics file in it.` };
            }
            text = this.fileSystem.readFileSync(uri);
        } catch (error) {
            return { error: written => `${file(written)} cannot be read (${describeReadError(error)}); make it readable, or name another file.` };
        }
        return readICalendar(text);
    }
}

/** `/etc/holidays.ics`, `C:\holidays.ics`, `C:/holidays.ics`, `\\server\share\holidays.ics`. */
function isAbsolutePath(path: string): boolean {
    return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** Node's error code says it shortest (`EACCES`); other file systems give a message. */
function describeReadError(error: unknown): string {
    if (error instanceof Error) {
        const code = (error as NodeJS.ErrnoException).code;
        return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? error.message;
    }
    return String(error);
}
