import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, WorkspaceSymbolRequest
} from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

/**
 * Closing a file without saving it throws its unsaved text away, so the server must too:
 * the file is what is on disk again, or no file at all if it never was saved, and the
 * files that read the discarded text are checked again.
 */
describe('closing a document without saving', { timeout: 60_000 }, () => {
    let session: StdioSession;
    const uriOf = (file: string) => session.uriOf(file);

    const ON_DISK = 'service Email { status live owner Nobody }\n';

    beforeAll(async () => {
        session = await startStdioSession({
            files: {
                'parties.svcdef': 'provider CentralIT\ncustomer Finance\n',
                'slas.svcdef': 'sla FinanceErp { customer Finance services Erp }\n',
                'crm.svcdef': 'sla FinanceCrm { customer Finance services Crm }\n',
                'services.svcdef': ON_DISK
            }
        });
        await codesOf('slas.svcdef', codes => codes.includes('unresolved-reference'));
        await codesOf('crm.svcdef', codes => codes.includes('unresolved-reference'));
    }, 60_000);

    afterAll(() => session?.dispose());

    /** The codes of the diagnostics last published for `file`, once they satisfy `predicate`. */
    async function codesOf(file: string, predicate: (codes: string[]) => boolean): Promise<string[]> {
        const params = await session.diagnosticsFor(uriOf(file), published => predicate(published.diagnostics.map(diagnostic => String(diagnostic.code))));
        return params.diagnostics.map(diagnostic => String(diagnostic.code));
    }

    it('takes an edited file back to its text on disk, and checks the files that read the edit again', async () => {
        const uri = uriOf('services.svcdef');
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: ON_DISK }
        });
        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: 'service Email { status live owner CentralIT }\nservice Erp { status live owner CentralIT }\n' }]
        });
        expect(await codesOf('slas.svcdef', codes => codes.length === 0)).toEqual([]);
        expect(await codesOf('services.svcdef', codes => codes.length === 0)).toEqual([]);

        await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        expect(await codesOf('slas.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);
        expect(await codesOf('services.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);
    });

    it('forgets a file that was never saved', async () => {
        const uri = uriOf('draft.svcdef');
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text: 'service Crm { status live owner Nobody }\n' }
        });
        expect(await codesOf('crm.svcdef', codes => codes.length === 0)).toEqual([]);
        expect(await codesOf('draft.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);

        await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        expect(await codesOf('crm.svcdef', codes => codes.length > 0)).toEqual(['unresolved-reference']);
        expect(await codesOf('draft.svcdef', codes => codes.length === 0)).toEqual([]);
        const symbols = await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Crm' }) ?? [];
        expect(symbols.map(symbol => symbol.name)).not.toContain('Crm');
    });
});
