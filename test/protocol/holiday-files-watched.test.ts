import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest,
    FileChangeType, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'holidays');
const BERLIN_2026 = readFileSync(path.join(FIXTURES, 'berlin-2026.ics'), 'utf8');
const NOT_ICALENDAR = readFileSync(path.join(FIXTURES, 'not-icalendar.ics'), 'utf8');

const OFFICE = 'calendar Office {\n  timezone "Europe/Berlin"\n  hours Mon-Fri 08:00-18:00\n  holidays "holidays/berlin.ics"\n}\n';
const SUPPORT = 'calendar Support {\n  timezone "Europe/Berlin"\n  hours Mon-Sat 07:00-20:00\n  holidays "../holidays/berlin.ics"\n}\n';

/** The diagnostics about holidays files (invalid-calendar also covers time zones, days and hours). */
const invalidCalendar = (params: PublishDiagnosticsParams) => params.diagnostics
    .filter(diagnostic => diagnostic.code === 'invalid-calendar' && String(diagnostic.message).startsWith('The holidays file'));

/**
 * Calendars read holidays from iCalendar files; the editor reports changes to them like
 * changes to sources, and the server must then check again the calendars that name them.
 */
describe('holidays files watched by the language server', { timeout: 90_000 }, () => {
    let session: StdioSession;

    beforeEach(async () => {
        session = await startStdioSession({ files: { 'calendars.svcdef': OFFICE, 'support/calendars.svcdef': SUPPORT } });
    }, 60_000);

    afterEach(() => session?.dispose());

    function tell(relativePath: string, type: FileChangeType): Promise<void> {
        return session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: session.uriOf(relativePath), type }] });
    }

    function writeHolidays(text: string): void {
        mkdirSync(path.join(session.folder, 'holidays'), { recursive: true });
        writeFileSync(path.join(session.folder, 'holidays', 'berlin.ics'), text);
    }

    const messagesOf = async (file: string, predicate: (messages: string[]) => boolean) =>
        invalidCalendar(await session.diagnosticsFor(session.uriOf(file), params => predicate(invalidCalendar(params).map(d => String(d.message)))))
            .map(diagnostic => String(diagnostic.message));

    it('checks the calendars that name a holidays file again when it is created, changed and deleted', async () => {
        const { folder } = session;
        const missing = (messages: string[]) => messages.length === 1 && messages[0].includes('does not exist');
        expect(await messagesOf('calendars.svcdef', missing)).toHaveLength(1);
        expect(await messagesOf('support/calendars.svcdef', missing)).toHaveLength(1);

        writeHolidays(BERLIN_2026);
        await tell('holidays/berlin.ics', FileChangeType.Created);
        expect(await messagesOf('calendars.svcdef', messages => messages.length === 0)).toEqual([]);
        expect(await messagesOf('support/calendars.svcdef', messages => messages.length === 0)).toEqual([]);

        writeHolidays(NOT_ICALENDAR);
        await tell('holidays/berlin.ics', FileChangeType.Changed);
        const broken = (messages: string[]) => messages.length === 1 && messages[0].includes('is not an iCalendar file');
        expect(await messagesOf('calendars.svcdef', broken)).toEqual([expect.stringMatching(/^The holidays file 'holidays\/berlin\.ics' is not an iCalendar file/)]);
        expect(await messagesOf('support/calendars.svcdef', broken)).toEqual([expect.stringMatching(/^The holidays file '\.\.\/holidays\/berlin\.ics' is not/)]);

        rmSync(path.join(folder, 'holidays'), { recursive: true });
        await tell('holidays', FileChangeType.Deleted);
        expect(await messagesOf('calendars.svcdef', missing)).toHaveLength(1);
        expect(await messagesOf('support/calendars.svcdef', missing)).toHaveLength(1);
        expect(session.published.has(session.uriOf('holidays/berlin.ics'))).toBe(false);
    });

    it('does not take an .ics file opened in the editor for a svcdef document', async () => {
        const { connection, uriOf } = session;
        writeHolidays(BERLIN_2026);
        await tell('holidays/berlin.ics', FileChangeType.Created);
        await messagesOf('calendars.svcdef', messages => messages.length === 0);

        const ics = uriOf('holidays/berlin.ics');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: ics, languageId: 'icalendar', version: 1, text: BERLIN_2026 } });
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: ics, version: 2 }, contentChanges: [{ text: NOT_ICALENDAR }] });
        // An edit of a source afterwards is checked as usual; by then the .ics events have been handled.
        const uri = uriOf('calendars.svcdef');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svcdef', version: 1, text: OFFICE } });
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: OFFICE.replace('Office', 'Office2') }]
        });
        const symbols = await session.whileRunning(connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [];
        expect(JSON.stringify(symbols)).toContain('"Office2"');
        // The unsaved text in the editor is not what the calendar reads: the file on disk is.
        expect(invalidCalendar(await session.diagnosticsFor(uri, () => true))).toEqual([]);
        expect(session.published.has(ics)).toBe(false);
        expect(session.stderr()).not.toMatch(/error|no services/i);
        expect(session.exitCode()).toBeUndefined();
    });
});
