import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
    DocumentFormattingRequest, FileChangeType
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../cli/built-cli.js';
import { startStdioSession, type StdioSession } from './stdio-session.js';

/** Everything but whitespace: formatting may change nothing else. */
function visible(text: string): string {
    return text.replace(/\s+/g, '');
}

/**
 * Format-on-save sends the formatting request right behind the last keystroke, while the
 * server is still rebuilding after other changes (a file appearing on disk, the start-up
 * build). The edits must fit the text the editor has, or the user's words are cut apart.
 */
describe('formatting while the workspace is rebuilding', { timeout: 120_000 }, () => {
    let session: StdioSession;

    beforeAll(async () => {
        session = await startStdioSession({ copyOf: path.join(ROOT, 'examples', 'acme') });
    }, 60_000);

    afterAll(() => session?.dispose());

    it('answers with edits that change only whitespace of the text just typed', async () => {
        const { connection, folder } = session;
        const file = path.join(folder, 'campus.svcdef');
        const saved = 'unit CampusOps\nservice Campus "Campus Network" {status live owner CampusOps\ndepends on Network ,Directory\n'
            + '  offering Port "Access port" {price 3.00 EUR per port per month}}\n';
        writeFileSync(file, saved);
        const uri = pathToFileURL(file).toString();
        // Unsaved changes from the start; the first round runs while the start-up build is under way.
        let client = TextDocument.create(uri, 'svcdef', 1, saved.replace('owner CampusOps', 'owner   CampusOps'));
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: client.version, text: client.getText() }
        });
        for (let round = 0; round < 8; round++) {
            const appeared = path.join(folder, `appeared-${round}.svcdef`);
            writeFileSync(appeared, `unit Appeared${round}\n`);
            await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
                changes: [{ uri: pathToFileURL(appeared).toString(), type: FileChangeType.Created }]
            });
            const typed = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `// round ${round}\n` };
            client = TextDocument.create(uri, 'svcdef', client.version + 1, TextDocument.applyEdits(client, [{ ...typed, newText: typed.text }]));
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: client.version }, contentChanges: [typed]
            });
            const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
                textDocument: { uri }, options: { tabSize: 2, insertSpaces: true }
            }) ?? [];
            const formatted = TextDocument.applyEdits(client, edits);
            expect(visible(formatted), `round ${round}`).toBe(visible(client.getText()));
            expect(formatted, `round ${round}`).toContain('service Campus "Campus Network" {\n  status live\n  owner CampusOps\n');
        }
    });
});
