/**
 * Everything the svcdef extension offers besides the language server's own LSP features,
 * wired to a language client: the built-in A2 document, the A2 model view, the catalog
 * preview, the catalog and SLA document commands, the code lenses' references and the
 * restart command. The desktop entry (main.ts) and the web entry (browser-main.ts) each
 * create their client and call `activateSvcdef`; all data comes from the server through
 * the client, so the extension host bundles no language core.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { A2_MODEL_VIEW, A2ModelView, OPEN_BINDING_COMMAND, openBinding } from './a2-model-view.js';
import { BuiltinDocument } from './builtin-document-provider.js';
import { generateCatalog, generateSlaDocuments } from './catalog-commands.js';
import { CatalogPreview } from './catalog-preview.js';
import { CATALOG_VIEWS, VIEW_PURPOSES, VIEW_TITLES, isCatalogViewName, type CatalogViewName } from './catalog-view-names.js';
import { messageOf } from './error-messages.js';
import type { A2TreeEntry } from '../protocol/svcdef-requests.js';
import { configuredView } from './settings.js';
import { showReferences } from './show-references.js';
import { SvcdefServer } from './svcdef-server.js';

/** Context key that shows the extension's view and commands once it is active. */
const ACTIVE_CONTEXT = 'svcdef.active';

export interface SvcdefExtensionApi {
    /** Resolves once the language server has started (rejects if it could not). */
    readonly serverReady: Promise<void>;
}

export interface ActivatedSvcdef extends SvcdefExtensionApi {
    /** The svcdef requests, for features only one entry has (the desktop's Compare with Branch). */
    readonly server: SvcdefServer;
}

/**
 * Registers the extension's features on the client and starts it. Handlers the client
 * must have before it starts (the web entry's file answers) are registered by the caller
 * first.
 */
export function activateSvcdef(context: vscode.ExtensionContext, client: BaseLanguageClient): ActivatedSvcdef {
    const serverReady = client.start();
    serverReady.catch(error => {
        void vscode.window.showErrorMessage(`svcdef: the language server did not start: ${messageOf(error)}`);
    });
    const server = new SvcdefServer(client, serverReady);
    const builtin = new BuiltinDocument(server);
    const a2View = new A2ModelView(server);
    const treeView = vscode.window.createTreeView(A2_MODEL_VIEW, { treeDataProvider: a2View, showCollapseAll: true });
    const preview = new CatalogPreview(server);
    context.subscriptions.push(builtin, a2View, treeView, preview);

    const command = (id: string, run: (...args: never[]) => unknown) =>
        context.subscriptions.push(vscode.commands.registerCommand(id, run));
    command('svcdef.generateCatalog', () => generateCatalog(server));
    command('svcdef.generateSlaDocuments', () => generateSlaDocuments(server));
    command('svcdef.previewCatalog', async (view?: string) => {
        const chosen = typeof view === 'string' && isCatalogViewName(view) ? view : await pickView();
        if (chosen) await preview.show(chosen);
    });
    command('svcdef.showA2Model', async (nodeId?: string) => {
        await vscode.commands.executeCommand(`${A2_MODEL_VIEW}.focus`);
        const entry = typeof nodeId === 'string' ? await a2View.findNode(nodeId) : undefined;
        if (entry) await treeView.reveal(entry, { select: true, focus: true, expand: true });
    });
    command('svcdef.a2Model.refresh', () => a2View.refresh());
    command(OPEN_BINDING_COMMAND, (entry?: A2TreeEntry) => openBinding(entry));
    command('svcdef.a2Model.openDeclaration', async (entry?: A2TreeEntry) => {
        if (entry?.nodeId) await builtin.showA2NodeDeclaration(entry.nodeId);
    });
    command('svcdef.restartServer', async () => {
        await client.stop();
        await client.start();
    });
    command('svcdef.showReferences', (uri: unknown, position: unknown, locations: unknown) => showReferences(client, uri, position, locations));
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, true);
    return { serverReady, server };
}

async function pickView(): Promise<CatalogViewName | undefined> {
    const current = configuredView();
    const items = CATALOG_VIEWS.map(view => ({ label: VIEW_TITLES[view], detail: VIEW_PURPOSES[view], view, picked: view === current }));
    // The configured view comes first, so Enter keeps it.
    items.sort((a, b) => Number(b.view === current) - Number(a.view === current));
    const picked = await vscode.window.showQuickPick(items, { title: 'Preview the catalog for', placeHolder: 'Choose the audience of the catalog' });
    return picked?.view;
}
