/**
 * The workspace as the language server has built it, for the svcdef requests: reads wait,
 * as Langium's own requests do, until the workspace has been read and every pending change
 * is built and validated, and then run under the workspace's read lock, so that no edit
 * rebuilds documents under them.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isBuiltinUri } from '../language/builtin/builtin-library.js';
import { isModel, type Model } from '../language/generated/ast.js';

export class BuiltWorkspace {
    constructor(private readonly shared: LangiumSharedServices) {}

    /** Runs `action` over the user's documents (the built-in library left out) once the workspace is built. */
    async read<T>(action: (documents: readonly LangiumDocument<Model>[]) => T): Promise<T> {
        const workspace = this.shared.workspace;
        await workspace.WorkspaceManager.ready;
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        return workspace.WorkspaceLock.read(() => action(userDocuments(this.shared)));
    }

    /** Same as `read`, over the documents' root nodes. */
    readModels<T>(action: (models: readonly Model[]) => T): Promise<T> {
        return this.read(documents => action(documents.map(document => document.parseResult.value)));
    }
}

export function userDocuments(shared: LangiumSharedServices): LangiumDocument<Model>[] {
    return shared.workspace.LangiumDocuments.all
        .filter(document => !isBuiltinUri(document.uri) && isModel(document.parseResult?.value))
        .toArray() as LangiumDocument<Model>[];
}
