/**
 * The catalog preview: a webview showing the workspace's published catalog, as the
 * generator renders it, for one view at a time. It follows links between catalog pages,
 * goes back through the pages visited, switches views from its own bar, opens the page's
 * declaration (Go to Source) or the written site in the browser (Open in Browser), and
 * renders again whenever the language server has built a change of the workspace.
 *
 * The pages come from the language server (`svcdef/previewPage`), rendered one at a time
 * from the workspace it has built; the extension host holds only the page it shows. The
 * index page's search box asks, through the page's bridge, for pieces of the view's search
 * index, which the extension passes on to the server (`svcdef/searchIndexPiece`) and
 * whose data it posts back to the page.
 */
import * as vscode from 'vscode';
import { isMissingPage, type PreviewPage } from '../protocol/svcdef-requests.js';
import { resolvePreviewLink } from '../protocol/preview-links.js';
import { INDEX, VIEW_TITLES, isCatalogViewName, type CatalogViewName } from './catalog-view-names.js';
import { messageOf } from './error-messages.js';
import { writeGeneration } from './generated-files-writer.js';
import { isSearchPieceKind } from '../generator/search-piece-kinds.js';
import { isGenerationRefused } from '../protocol/svcdef-requests.js';
import { outputFilePath, resolveOutputFolder } from './output-location.js';
import { PreviewHistory, type PreviewLocation } from './preview-history.js';
import { previewPage } from './preview-page.js';
import { configuredOutputFolder } from './settings.js';
import type { SvcdefServer } from './svcdef-server.js';

export const PREVIEW_VIEW_TYPE = 'svcdef.catalogPreview';

/** How a location comes to be shown: a click or view switch, Back, or a render after a change. */
type Arrival = 'navigate' | 'back' | 'refresh';

export class CatalogPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private location: PreviewLocation = { view: 'customer', page: INDEX };
    /**
     * What the panel shows, to leave it alone when a refresh renders the same: a save after
     * an edit, or a change elsewhere in the workspace, would otherwise reload the page,
     * flicker and close what the reader opened.
     */
    private shown: string | undefined;
    private readonly history = new PreviewHistory();
    /** The workspace changed while the panel was hidden: render when it shows again. */
    private stale = false;
    private rendering = Promise.resolve();
    /**
     * The page shown has loaded pieces of the search index: after a change of the workspace
     * it renders again even if it looks the same, or its search would mix pieces of the old
     * index with pieces of the new.
     */
    private searched = false;
    private readonly subscription: vscode.Disposable;

    constructor(private readonly server: SvcdefServer) {
        this.subscription = server.onWorkspaceChanged(() => {
            if (!this.panel) return;
            if (this.searched) this.shown = undefined;
            if (this.panel.visible) void this.go(this.location, 'refresh');
            else this.stale = true;
        });
    }

    /** Opens the preview on the view's index page, or brings it forward and switches view. */
    async show(view: CatalogViewName): Promise<void> {
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, this.title(view), vscode.ViewColumn.Beside, {
                enableScripts: true,
                enableCommandUris: false,
                localResourceRoots: []
            });
            this.panel.onDidDispose(() => {
                this.panel = undefined;
                this.shown = undefined;
                this.history.clear();
            });
            this.panel.onDidChangeViewState(({ webviewPanel }) => {
                if (webviewPanel.visible && this.stale) {
                    this.stale = false;
                    void this.go(this.location, 'refresh');
                }
            });
            this.panel.webview.onDidReceiveMessage(message => void this.onMessage(message));
            this.location = { view, page: INDEX };
            await this.go(this.location, 'refresh');
        } else {
            this.panel.reveal(undefined, true);
            await this.go({ view, page: INDEX }, 'navigate');
        }
    }

    private title(view: CatalogViewName): string {
        return `Catalog: ${VIEW_TITLES[view]}`;
    }

    /** Renders one at a time, so a burst of changes or clicks cannot interleave two renders. */
    private go(target: PreviewLocation, arrival: Arrival): Promise<void> {
        this.rendering = this.rendering.then(() => this.renderNow(target, arrival));
        return this.rendering;
    }

    private async renderNow(target: PreviewLocation, arrival: Arrival): Promise<void> {
        if (!this.panel) return;
        try {
            let answer = await this.server.previewPage({ view: target.view, path: target.page });
            if (isMissingPage(answer)) {
                if (arrival === 'navigate') {
                    void vscode.window.showInformationMessage(`svcdef: the ${VIEW_TITLES[target.view].toLowerCase()} of the catalog has no page ${target.page}.`);
                    return;
                }
                // The page's element was renamed or removed since it was visited.
                target = { view: target.view, page: INDEX };
                answer = await this.server.previewPage({ view: target.view, path: INDEX });
                if (isMissingPage(answer)) return;
            }
            const panel = this.panel;
            if (!panel) return;
            const page: PreviewPage = answer;
            const scroll = arrival === 'refresh' && target.page === this.location.page && target.view === this.location.view
                ? 'keep' as const
                : target.fragment !== undefined ? { fragment: target.fragment } : 'top' as const;
            const shown = [target.view, page.path, page.files, page.hasSource, this.history.canGoBack, page.content].join('\u0000');
            if (arrival === 'refresh' && target.view === this.location.view && target.page === this.location.page && shown === this.shown) return;
            if (arrival === 'navigate') this.history.leave(this.location, target);
            this.location = target;
            this.shown = shown;
            this.searched = false;
            const assets = new Map(page.assets);
            panel.title = this.title(target.view);
            panel.webview.html = previewPage(page.content, {
                nonce: nonce(),
                view: target.view,
                pagePath: page.path,
                scroll,
                canGoBack: this.history.canGoBack,
                hasSource: page.hasSource,
                asset: assetPath => assets.get(assetPath),
                status: `${page.files} .svcdef file${page.files === 1 ? '' : 's'} · refreshes as you edit`
            });
        } catch (error) {
            void vscode.window.showErrorMessage(`svcdef: could not render the catalog preview: ${messageOf(error)}`);
        }
    }

    private async onMessage(message: unknown): Promise<void> {
        if (typeof message !== 'object' || message === null) return;
        const { type } = message as { type?: unknown };
        if (type === 'view') {
            const { view } = message as { view?: unknown };
            if (typeof view === 'string' && isCatalogViewName(view)) {
                await this.go({ view, page: INDEX }, 'navigate');
            }
        } else if (type === 'link') {
            const { href } = message as { href?: unknown };
            if (typeof href !== 'string') return;
            const link = resolvePreviewLink(this.location.page, href);
            if (link.kind === 'page') {
                await this.go({ view: this.location.view, page: link.path, fragment: link.fragment }, 'navigate');
            } else if (link.kind === 'external') {
                await vscode.env.openExternal(vscode.Uri.parse(link.url));
            }
        } else if (type === 'back') {
            const previous = this.history.back();
            if (previous) await this.go(previous, 'back');
        } else if (type === 'goToSource') {
            await this.goToSource();
        } else if (type === 'openInBrowser') {
            await this.openInBrowser();
        } else if (type === 'searchIndex') {
            await this.answerSearch(message);
        }
    }

    /** Answers the page's request for a piece of the search index (see preview-page.ts) with the server's answer. */
    private async answerSearch(message: object): Promise<void> {
        const { id, view, kind, key } = message as { id?: unknown; view?: unknown; kind?: unknown; key?: unknown };
        if (typeof id !== 'string' || typeof view !== 'string' || !isCatalogViewName(view) || typeof key !== 'string'
            || !isSearchPieceKind(kind)) return;
        this.searched = true;
        let answer: object;
        try {
            const data = await this.server.searchIndexPiece({ view, kind, key });
            answer = data === null
                ? { type: 'searchIndex', id, found: false, error: `The search index of the ${VIEW_TITLES[view].toLowerCase()} has no piece ${kind}:${key}.` }
                : { type: 'searchIndex', id, found: true, data };
        } catch (error) {
            answer = { type: 'searchIndex', id, found: false, error: messageOf(error) };
        }
        await this.panel?.webview.postMessage(answer);
    }

    private async goToSource(): Promise<void> {
        const { view, page } = this.location;
        try {
            const source = await this.server.elementSource({ view, path: page });
            if (!source) {
                void vscode.window.showInformationMessage(`svcdef: the page ${page} shows no single declaration to open.`);
                return;
            }
            const { start, end } = source.range;
            await vscode.window.showTextDocument(vscode.Uri.parse(source.uri), {
                // The preview keeps its column; the source opens in the other one.
                viewColumn: this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One,
                selection: new vscode.Range(start.line, start.character, end.line, end.character)
            });
        } catch (error) {
            void vscode.window.showErrorMessage(`svcdef: could not open the source of the page: ${messageOf(error)}`);
        }
    }

    /**
     * Writes the view's site where Generate Catalog writes it and opens the page in the
     * system's browser. The preview shows a workspace with errors too, so this writes it
     * as it is (as `--force` would).
     */
    private async openInBrowser(): Promise<void> {
        const { view, page } = this.location;
        const folder = workspaceFolder();
        if (!folder || folder.uri.scheme !== 'file') {
            void vscode.window.showInformationMessage('svcdef: Open in Browser writes the site to a folder on disk; open a local folder, or use Generate Catalog.');
            return;
        }
        try {
            const root = folder.uri.with({ path: resolveOutputFolder(configuredOutputFolder(folder), folder.uri.path) });
            const written = await vscode.window.withProgress(
                { location: vscode.ProgressLocation.Notification, title: `svcdef: writing the ${VIEW_TITLES[view].toLowerCase()} of the catalog` },
                () => writeGeneration(this.server, { kind: 'catalog', view, formats: ['html'], force: true },
                    { folder: root, shown: vscode.workspace.asRelativePath(root), workspaceFolder: folder.uri }));
            if (isGenerationRefused(written)) return;
            await vscode.env.openExternal(root.with({ path: outputFilePath(root.path, `${view}/${page}`) }));
        } catch (error) {
            void vscode.window.showErrorMessage(`svcdef: could not open the catalog in the browser: ${messageOf(error)}`);
        }
    }

    dispose(): void {
        this.subscription.dispose();
        this.panel?.dispose();
    }
}

/** The workspace folder of the active editor, else the first one. */
function workspaceFolder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** A fresh nonce for the page's scripts (Web Crypto: in Node and in the browser). */
function nonce(): string {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes));
}
