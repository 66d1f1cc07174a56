/**
 * The svcdef extension for VS Code: the language server (diagnostics, completion, hovers,
 * navigation, formatting), the built-in A2 document, the A2 model view, the catalog
 * preview, the catalog and SLA document commands and the comparison of the commitments
 * with a branch.
 *
 * Activated when a `.svcdef` file is opened or the workspace contains one.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { A2_MODEL_VIEW, A2ModelView, OPEN_BINDING_COMMAND, openBinding } from './a2-model-view.js';
import type { A2TreeEntry } from './a2-tree.js';
import { registerBuiltinFileSystem, showA2NodeDeclaration } from './builtin-document-provider.js';
import { generateCatalog, generateSlaDocuments } from './catalog-commands.js';
import { COMPARE_WITH_BRANCH_COMMAND, ComparisonReports, compareWithBranch } from './compare-branch-command.js';
import { CatalogPreview } from './catalog-preview.js';
import { CATALOG_VIEWS, VIEW_PURPOSES, VIEW_TITLES, isCatalogViewName, type CatalogViewName } from '../generator/catalog-views.js';
import { createLanguageClient } from './language-client.js';
import { configuredView } from './settings.js';
import { showReferences } from './show-references.js';
import { messageOf, WorkspaceSession } from './workspace-session.js';

/** Context key that shows the extension's view and commands once it is active. */
const ACTIVE_CONTEXT = 'svcdef.active';

let client: LanguageClient | undefined;

export interface SvcdefExtensionApi {
    /** Resolves once the language server has started (rejects if it could not). */
    readonly serverReady: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SvcdefExtensionApi {
    const session = new WorkspaceSession();
    const a2View = new A2ModelView(session);
    const treeView = vscode.window.createTreeView(A2_MODEL_VIEW, { treeDataProvider: a2View, showCollapseAll: true });
    const preview = new CatalogPreview(session);
    const comparisons = new ComparisonReports();
    context.subscriptions.push(session, a2View, treeView, preview, comparisons, registerBuiltinFileSystem());

    const command = (id: string, run: (...args: never[]) => unknown) =>
        context.subscriptions.push(vscode.commands.registerCommand(id, run));
    command('svcdef.generateCatalog', () => generateCatalog(session));
    command('svcdef.generateSlaDocuments', () => generateSlaDocuments(session));
    command('svcdef.previewCatalog', async (view?: string) => {
        const chosen = typeof view === 'string' && isCatalogViewName(view) ? view : await pickView();
        if (chosen) await preview.show(chosen);
    });
    command(COMPARE_WITH_BRANCH_COMMAND, (ref?: unknown) => compareWithBranch(comparisons, ref));
    command('svcdef.showA2Model', async (nodeId?: string) => {
        await vscode.commands.executeCommand(`${A2_MODEL_VIEW}.focus`);
        const entry = typeof nodeId === 'string' ? await a2View.findNode(nodeId) : undefined;
        if (entry) await treeView.reveal(entry, { select: true, focus: true, expand: true });
    });
    command('svcdef.a2Model.refresh', () => a2View.refresh());
    command(OPEN_BINDING_COMMAND, (entry?: A2TreeEntry) => openBinding(entry));
    command('svcdef.a2Model.openDeclaration', async (entry?: A2TreeEntry) => {
        if (entry?.nodeId) await showA2NodeDeclaration(entry.nodeId);
    });
    command('svcdef.restartServer', async () => {
        await client?.restart();
    });
    command('svcdef.showReferences', (uri: unknown, position: unknown, locations: unknown) => showReferences(client, uri, position, locations));
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, true);

    client = createLanguageClient(context);
    const serverReady = client.start();
    serverReady.catch(error => {
        void vscode.window.showErrorMessage(`svcdef: the language server did not start: ${messageOf(error)}`);
    });
    return { serverReady };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

async function pickView(): Promise<CatalogViewName | undefined> {
    const current = configuredView();
    const items = CATALOG_VIEWS.map(view => ({ label: VIEW_TITLES[view], detail: VIEW_PURPOSES[view], view, picked: view === current }));
    // The configured view comes first, so Enter keeps it.
    items.sort((a, b) => Number(b.view === current) - Number(a.view === current));
    const picked = await vscode.window.showQuickPick(items, { title: 'Preview the catalog for', placeHolder: 'Choose the audience of the catalog' });
    return picked?.view;
}
