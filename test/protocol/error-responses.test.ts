import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CancellationTokenSource, CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest, LSPErrorCodes, ResponseError
} from 'vscode-languageserver-protocol/node';
import { startStdioSession, type StdioSession } from './stdio-session.js';

/** How a request ended: its result, or the error the response carried. */
async function outcome(request: Promise<unknown>): Promise<{ result: unknown } | { error: ResponseError<unknown> }> {
    try {
        return { result: await request };
    } catch (error) {
        if (error instanceof ResponseError) return { error };
        throw error;
    }
}

/** A result that is an error object sent in the `result` member. */
function looksLikeAnError(result: unknown): boolean {
    return typeof result === 'object' && result !== null && 'code' in result && typeof result.code === 'number';
}

/**
 * A request the server cannot or will not answer is answered with a JSON-RPC error, which
 * clients show or drop; the same object sent as a result is taken for the answer, and
 * editors fail on it (a hover of `{"code":-32802}`, formatting edits that are not edits).
 */
describe('errors the server answers with', { timeout: 60_000 }, () => {
    let session: StdioSession;

    beforeAll(async () => {
        session = await startStdioSession({ files: { 'parties.svcdef': 'provider CentralIT\ncustomer Finance\n' } });
    }, 60_000);

    afterAll(() => session?.dispose());

    it('are errors, not results, for requests on a document the server does not know', async () => {
        const { connection, uriOf } = session;
        const textDocument = { uri: uriOf('unknown.svcdef') };
        const answers = {
            hover: await outcome(connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 0, character: 0 } })),
            formatting: await outcome(connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 2, insertSpaces: true } })),
            symbols: await outcome(connection.sendRequest(DocumentSymbolRequest.type, { textDocument }))
        };
        for (const [request, answer] of Object.entries(answers)) {
            expect(answer, request).toHaveProperty('error');
        }
    });

    it('are errors with the cancellation code, or a real result, for a cancelled completion', async () => {
        const { connection, uriOf } = session;
        const uri = uriOf('large.svcdef');
        const services = Array.from({ length: 3_000 }, (_, index) => `service S${index} "Service ${index}" { status live owner CentralIT }`);
        const text = `${services.join('\n')}\nsla Open { customer Finance services  }\n`;
        const cursor = { line: services.length, character: 'sla Open { customer Finance services '.length };
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svcdef', version: 1, text } });
        for (let version = 2; version < 6; version++) {
            // A keystroke far from the cursor: the large file is rebuilt while completion waits for it.
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]
            });
            const cancellation = new CancellationTokenSource();
            const completion = connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: cursor }, cancellation.token);
            cancellation.cancel();
            const answer = await outcome(completion);
            if ('error' in answer) {
                expect(answer.error.code).toBe(LSPErrorCodes.RequestCancelled);
            } else {
                expect(looksLikeAnError(answer.result), JSON.stringify(answer.result)).toBe(false);
            }
        }
    });
});
