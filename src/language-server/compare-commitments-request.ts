/**
 * `svcdef/compareCommitments`: "Compare Commitments with Branch…" run by the desktop
 * server, which can read Git and the saved files (commitment-comparison.ts). The web
 * worker does not register it.
 */
import type { Connection } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { CompareCommitmentsRequest } from '../protocol/svcdef-requests.js';
import { compareCommitments } from './commitment-comparison.js';

export function registerCompareCommitments(connection: Pick<Connection, 'onRequest'>) {
    return connection.onRequest(CompareCommitmentsRequest, async params => {
        try {
            return { markdown: await compareCommitments(params) };
        } catch (error) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, error instanceof Error ? error.message : String(error));
        }
    });
}
