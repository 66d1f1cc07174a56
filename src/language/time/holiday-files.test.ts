import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI, type FileSystemProvider } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { HolidayFile } from '../generated/ast.js';
import { HolidayFiles } from './holiday-files.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'holidays');
const BERLIN_2026 = readFileSync(path.join(FIXTURES, 'berlin-2026.ics'), 'utf8');

/** A `holidays "…"` line of a calendar in the document at `documentUri`, as the parser would give it. */
function holidaysLine(written: string, documentUri = 'file:///workspace/calendars/office.svcdef'): HolidayFile {
    const root = { $type: 'Model', $document: { uri: URI.parse(documentUri) } };
    const calendar = { $type: 'Calendar', $container: root };
    return { $type: 'HolidayFile', $container: calendar, path: written } as unknown as HolidayFile;
}

/** Counts the reads that reach the file system. */
function counted(files: FileSystemProvider): { files: FileSystemProvider; reads: () => number } {
    let reads = 0;
    return {
        files: new Proxy(files, {
            get: (target, property) => property === 'readFileSync'
                ? (uri: URI) => { reads++; return target.readFileSync(uri); }
                : Reflect.get(target, property).bind(target)
        }),
        reads: () => reads
    };
}

describe('holiday files', () => {
    it('reads the file relative to the folder of the document that names it', () => {
        const files = new VirtualFileSystemProvider();
        files.insert('file:///workspace/calendars/holidays/berlin.ics', BERLIN_2026);
        const result = new HolidayFiles(files).read(holidaysLine('holidays/berlin.ics'));
        expect(result).toEqual({
            holidays: [
                { from: '2026-05-01', to: '2026-05-01', title: 'Tag der Arbeit' },
                { from: '2026-12-24', to: '2026-12-26', title: 'Weihnachten' },
                { from: '2027-01-01', to: '2027-01-01', title: 'Neujahr' }
            ]
        });
    });

    it('reads a path going up from that folder, and an absolute path as it is', () => {
        const holidayFiles = new HolidayFiles(NodeFileSystem.fileSystemProvider());
        const document = URI.file(path.join(FIXTURES, '..', 'catalog', 'office.svcdef')).toString();
        const up = holidayFiles.read(holidaysLine('../holidays/berlin-2026.ics', document));
        const absolute = holidayFiles.read(holidaysLine(path.join(FIXTURES, 'berlin-2026.ics'), 'file:///elsewhere/office.svcdef'));
        expect('holidays' in up && up.holidays).toHaveLength(3);
        expect(absolute).toEqual(up);
    });

    it('resolves the path of the holidays line as the language server watches it', () => {
        const holidayFiles = new HolidayFiles(new VirtualFileSystemProvider());
        expect(holidayFiles.uriOf(holidaysLine('../shared/holidays.ics'))?.toString()).toBe('file:///workspace/shared/holidays.ics');
        expect(holidayFiles.uriOf(holidaysLine('/etc/holidays.ics'))?.toString()).toBe('file:///etc/holidays.ics');
        expect(holidayFiles.uriOf(holidaysLine('holidays.ics', 'untitled:Untitled-1'))).toBeUndefined();
    });

    it('reads each file once, however many calendars name it, until it is forgotten', () => {
        const virtual = new VirtualFileSystemProvider();
        virtual.insert('file:///workspace/calendars/berlin.ics', BERLIN_2026);
        const { files, reads } = counted(virtual);
        const holidayFiles = new HolidayFiles(files);
        const first = holidayFiles.read(holidaysLine('berlin.ics'));
        expect(holidayFiles.read(holidaysLine('./berlin.ics'))).toBe(first);
        expect(holidayFiles.read(holidaysLine('../calendars/berlin.ics'))).toBe(first);
        expect(reads()).toBe(1);

        virtual.insert('file:///workspace/calendars/berlin.ics', BERLIN_2026.replace('SUMMARY:Neujahr', 'SUMMARY:New Year'));
        expect(holidayFiles.read(holidaysLine('berlin.ics'))).toBe(first);
        const uri = URI.parse('file:///workspace/calendars/berlin.ics');
        expect(holidayFiles.has(uri)).toBe(true);
        holidayFiles.forget(uri);
        expect(holidayFiles.has(uri)).toBe(false);
        expect(JSON.stringify(holidayFiles.read(holidaysLine('berlin.ics')))).toContain('New Year');
        expect(reads()).toBe(2);

        holidayFiles.forgetAll();
        holidayFiles.read(holidaysLine('berlin.ics'));
        expect(reads()).toBe(3);
    });

    it('tells about a file read once under the name each holidays line gives it', () => {
        const holidayFiles = new HolidayFiles(new VirtualFileSystemProvider());
        const here = holidayFiles.read(holidaysLine('berlin.ics'));
        const there = holidayFiles.read(holidaysLine('../calendars/berlin.ics', 'file:///workspace/support/support.svcdef'));
        expect('error' in here && here.error).toMatch(/^The holidays file 'berlin\.ics' does not exist/);
        expect('error' in there && there.error).toMatch(/^The holidays file '\.\.\/calendars\/berlin\.ics' does not exist/);
    });

    it('remembers that a file is missing, and reads it once it is created and forgotten', () => {
        const files = new VirtualFileSystemProvider();
        const holidayFiles = new HolidayFiles(files);
        expect(holidayFiles.read(holidaysLine('berlin.ics'))).toEqual({
            error: "The holidays file 'berlin.ics' does not exist (looked for /workspace/calendars/berlin.ics); correct the path, which is relative to the folder of this file, or create the file."
        });
        files.insert('file:///workspace/calendars/berlin.ics', BERLIN_2026);
        holidayFiles.forget(URI.parse('file:///workspace/calendars/berlin.ics'));
        expect(holidayFiles.read(holidaysLine('berlin.ics'))).toHaveProperty('holidays');
    });
});

describe('holiday files that give no holidays', () => {
    it('says a file cannot be read, and why, without throwing', () => {
        const denied = Object.assign(new Error("EACCES: permission denied, open '/workspace/calendars/berlin.ics'"), { code: 'EACCES' });
        const files = new VirtualFileSystemProvider();
        files.insert('file:///workspace/calendars/berlin.ics', BERLIN_2026);
        files.readFileSync = () => { throw denied; };
        expect(new HolidayFiles(files).read(holidaysLine('berlin.ics'))).toEqual({
            error: "The holidays file 'berlin.ics' cannot be read (permission denied); make it readable, or name another file."
        });
    });

    it('says a folder is not a holidays file', () => {
        const result = new HolidayFiles(NodeFileSystem.fileSystemProvider())
            .read(holidaysLine('holidays', URI.file(path.join(FIXTURES, '..', 'office.svcdef')).toString()));
        expect(result).toEqual({ error: "The holidays file 'holidays' is a folder; name the .ics file in it." });
    });

    it('says a holidays line without a path names no file', () => {
        expect(new HolidayFiles(new VirtualFileSystemProvider()).read(holidaysLine(' '))).toEqual({
            error: 'The holidays line names no file; write the path of an iCalendar (.ics) file, relative to this file.'
        });
    });

    it('says a relative path cannot be followed from an unsaved document', () => {
        expect(new HolidayFiles(new VirtualFileSystemProvider()).read(holidaysLine('berlin.ics', 'untitled:Untitled-1'))).toEqual({
            error: "The holidays file 'berlin.ics' cannot be found from a document that is not saved as a file; save the document first, or give an absolute path."
        });
    });

    it.each([
        ['not-icalendar.ics', "The holidays file 'not-icalendar.ics' is not an iCalendar file"],
        ['event-without-start.ics', "The holidays file 'event-without-start.ics' has an event 'Betriebsausflug' without a start date (DTSTART)"]
    ])('passes on what is wrong inside %s', (file, start) => {
        const result = new HolidayFiles(NodeFileSystem.fileSystemProvider())
            .read(holidaysLine(file, URI.file(path.join(FIXTURES, 'office.svcdef')).toString()));
        expect('error' in result && result.error).toMatch(new RegExp(`^${start.replace(/[()'.]/g, '\\$&')}`));
    });
});
