import { DocumentState, OperationCancelled, type LangiumDocument } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver-protocol';

interface Waiter {
    readonly state: DocumentState;
    /** The document waited for; undefined when waiting for the build as a whole. */
    readonly uri: string | undefined;
    readonly resolve: () => void;
    readonly reject: (reason: unknown) => void;
}

/**
 * The requests waiting for the build to get somewhere (`DocumentBuilder.waitUntil`).
 *
 * Langium wakes them from its phase listeners, and so misses some for good: a workspace
 * phase is announced only with documents still in it (none, when the open documents went
 * first or a pass only relinks), the listeners of a document's phase are skipped when the
 * build is cancelled right after the document got there, and a deleted document never gets
 * anywhere. Here a waiter is settled by the state it waits for, whoever got there, and a
 * deleted document's waiters are told it is gone.
 */
export class BuildWaiters {
    private readonly waiters = new Set<Waiter>();

    wait(state: DocumentState, uri: string | undefined, cancelToken: CancellationToken): Promise<void> {
        if (cancelToken.isCancellationRequested) {
            return Promise.reject(OperationCancelled);
        }
        return new Promise<void>((resolve, reject) => {
            const settle = (outcome: () => void) => {
                this.waiters.delete(waiter);
                cancelled.dispose();
                outcome();
            };
            const waiter: Waiter = { state, uri, resolve: () => settle(resolve), reject: reason => settle(() => reject(reason)) };
            const cancelled = cancelToken.onCancellationRequested(() => waiter.reject(OperationCancelled));
            this.waiters.add(waiter);
        });
    }

    /** The build as a whole is now in `state`. */
    buildReached(state: DocumentState): void {
        for (const waiter of [...this.waiters]) {
            if (waiter.uri === undefined && waiter.state <= state) {
                waiter.resolve();
            }
        }
    }

    /** The document is now in its `state`. */
    documentReached(document: LangiumDocument): void {
        const uri = document.uri.toString();
        for (const waiter of [...this.waiters]) {
            if (waiter.uri === uri && waiter.state <= document.state) {
                waiter.resolve();
            }
        }
    }

    /** The document left the workspace: what waits for it gets the answer Langium gives for an unknown document. */
    documentDeleted(document: LangiumDocument): void {
        const uri = document.uri.toString();
        for (const waiter of [...this.waiters]) {
            if (waiter.uri === uri) {
                waiter.reject(new ResponseError(LSPErrorCodes.ServerCancelled, `The document ${uri} was removed from the workspace.`));
            }
        }
    }
}
