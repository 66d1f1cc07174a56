/**
 * The svcdef requests (src/protocol/svcdef-requests.ts) as the extension sends them: the
 * preview, Generate and the A2 model view ask the language server, which has the one built
 * workspace. Typed against `BaseLanguageClient`, so the desktop client (a Node process) and
 * the web extension's client (a web worker) serve the same callers.
 */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    A2TreeRequest, BuiltinLibraryRequest, CompareCommitmentsRequest, ElementSourceRequest, GenerateRequest, PreviewPageRequest,
    SearchIndexPieceRequest, WorkspaceChangedNotification,
    type A2TreeEntry, type BuiltinLibrary, type CompareCommitmentsParams, type GenerateParams, type GenerateResult,
    type PreviewPageParams, type PreviewPageResult, type SearchIndexPieceParams, type SourceLocation, type WorkspaceChangedParams
} from '../protocol/svcdef-requests.js';

export class SvcdefServer {
    /**
     * @param client the started (or starting) language client
     * @param ready resolves once the client has started; requests wait for it
     */
    constructor(private readonly client: BaseLanguageClient, private readonly ready: Promise<void>) {}

    async previewPage(params: PreviewPageParams): Promise<PreviewPageResult> {
        await this.ready;
        return this.client.sendRequest(PreviewPageRequest, params);
    }

    async elementSource(params: PreviewPageParams): Promise<SourceLocation | null> {
        await this.ready;
        return this.client.sendRequest(ElementSourceRequest, params);
    }

    /** The data of a piece of a view's search index, or null when the index has no such piece. */
    async searchIndexPiece(params: SearchIndexPieceParams): Promise<unknown> {
        await this.ready;
        return this.client.sendRequest(SearchIndexPieceRequest, params);
    }

    async generate(params: GenerateParams): Promise<GenerateResult> {
        await this.ready;
        return this.client.sendRequest(GenerateRequest, params);
    }

    async a2Tree(): Promise<A2TreeEntry[]> {
        await this.ready;
        return this.client.sendRequest(A2TreeRequest);
    }

    async builtinLibrary(): Promise<BuiltinLibrary> {
        await this.ready;
        return this.client.sendRequest(BuiltinLibraryRequest);
    }

    async compareCommitments(params: CompareCommitmentsParams): Promise<string> {
        await this.ready;
        return (await this.client.sendRequest(CompareCommitmentsRequest, params)).markdown;
    }

    /** Fires after the server has built a change of the workspace (typed or saved). */
    onWorkspaceChanged(listener: (params: WorkspaceChangedParams) => void): vscode.Disposable {
        return this.client.onNotification(WorkspaceChangedNotification, listener);
    }
}
