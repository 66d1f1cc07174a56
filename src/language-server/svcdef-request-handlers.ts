/**
 * Registers the svcdef requests of src/protocol/svcdef-requests.ts on a connection: the
 * catalog preview, Generate, the A2 model view and the built-in library, all answered from
 * the one workspace the server builds. Nothing here needs Node, so the desktop server and
 * the web worker register the same handlers; `svcdef/compareCommitments` (Git) is the
 * desktop server's alone (compare-commitments-request.ts).
 */
import { Disposable } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { SvcdefServices } from '../language/svcdef-module.js';
import {
    A2TreeRequest, BuiltinLibraryRequest, ElementSourceRequest, GenerateRequest, PreviewPageRequest, SearchIndexPieceRequest
} from '../protocol/svcdef-requests.js';
import { a2TreeOf } from './a2-tree-request.js';
import { builtinLibraryOf } from './builtin-library-request.js';
import { BuiltWorkspace } from './built-workspace.js';
import { CatalogPreviewRequests } from './catalog-preview-requests.js';
import { CatalogViewCache } from './catalog-view-cache.js';
import { GenerateRequests } from './generate-request.js';
import { announceWorkspaceChanges } from './workspace-change-announcer.js';

export function registerSvcdefRequests(
    connection: Pick<Connection, 'onRequest' | 'sendNotification'>,
    shared: LangiumSharedServices,
    services: SvcdefServices
): Disposable {
    const workspace = new BuiltWorkspace(shared);
    const views = new CatalogViewCache(workspace, services);
    const preview = new CatalogPreviewRequests(views, services);
    const generations = new GenerateRequests(workspace, services);
    const registrations = [
        connection.onRequest(PreviewPageRequest, params => preview.previewPage(params)),
        connection.onRequest(ElementSourceRequest, params => preview.elementSource(params)),
        connection.onRequest(SearchIndexPieceRequest, params => preview.searchIndexPiece(params)),
        connection.onRequest(GenerateRequest, params => generations.generate(params)),
        connection.onRequest(A2TreeRequest, () => a2TreeOf(workspace, services)),
        connection.onRequest(BuiltinLibraryRequest, () => builtinLibraryOf(services)),
        announceWorkspaceChanges(connection, shared, () => {
            views.clear();
            generations.end();
        })
    ];
    return Disposable.create(() => registrations.forEach(registration => registration.dispose()));
}
