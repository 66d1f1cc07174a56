import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CompletionRequest, DidOpenTextDocumentNotification, type CompletionItem, type CompletionList, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

/**
 * The language server as an editor meets it: `svcdef-language-server --stdio` started as
 * a child process, spoken to over LSP JSON-RPC.
 */

describe('svcdef-language-server over stdio', { timeout: 30_000 }, () => {
    let session: StdioSession;

    beforeAll(async () => {
        session = await startStdioSession({
            files: {
                'parties.svcdef': 'provider CentralIT\ncustomer Finance\nservice Email { status live owner CentralIT }\nservice Erp { status live owner CentralIT }\n',
                'slas.svcdef': 'sla FinanceEmail { customer Finance services Emial }\n'
            }
        });
    }, 30_000);

    afterAll(() => session?.dispose());

    function diagnosticsFor(file: string, predicate: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
        return session.diagnosticsFor(session.uriOf(file), predicate);
    }

    it('publishes diagnostics with public codes for the workspace files', async () => {
        const params = await diagnosticsFor('slas.svcdef', p => p.diagnostics.length > 0);
        expect(params.diagnostics.map(d => d.code)).toEqual(['unresolved-reference']);
        expect(params.diagnostics[0].message).toContain("Did you mean 'Email'?");
    });

    it('validates an opened document and completes workspace names in it', async () => {
        const uri = session.uriOf('new.svcdef');
        const text = 'sla FinanceErp { customer Finance services Erp }\nuc Broken { contract "C-1" }\n';
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'svcdef', version: 1, text }
        });
        const params = await diagnosticsFor('new.svcdef', p => p.diagnostics.some(d => d.code === 'missing-party'));
        expect(params.diagnostics.map(d => d.code)).toEqual(['missing-party']);

        const result = await session.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri },
            position: { line: 0, character: text.indexOf('Erp }') }
        }) as CompletionList | CompletionItem[] | null;
        const items = Array.isArray(result) ? result : result?.items ?? [];
        const labels = items.map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['Email', 'Erp']));
        expect(labels).not.toContain('Finance');
    });
});
