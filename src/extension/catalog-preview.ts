/**
 * The catalog preview: a webview showing the workspace's published catalog, as the
 * generator renders it, for one view at a time. It follows links between catalog pages,
 * goes back through the pages visited, switches views from its own bar, opens the page's
 * declaration (Go to Source) or the written site in the browser (Open in Browser), and
 * renders again whenever a `.svcdef` file is saved.
 *
 * It lives in the extension host, not the language server, and holds the catalog model of
 * the workspace and the one page it shows: each page is rendered when it is asked for
 * (preview-site.ts), and the model is let go when the panel closes or the workspace changes.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { catalogHtmlFiles, INDEX } from '../generator/catalog-html.js';
import type { Catalog } from '../generator/catalog-model.js';
import { VIEW_TITLES, isCatalogViewName, viewOf, type CatalogView, type CatalogViewName } from '../generator/catalog-views.js';
import type { CatalogWorkspace } from './catalog-workspace.js';
import { pageElement } from './element-sources.js';
import { resolveOutputFolder } from './output-location.js';
import { viewSiteFiles, writeSiteFiles, writtenPagePath } from './preview-export.js';
import { PreviewHistory, type PreviewLocation } from './preview-history.js';
import { resolvePreviewLink } from './preview-links.js';
import { previewPage } from './preview-page.js';
import { pageOfSite } from './preview-site.js';
import { configuredOutputFolder } from './settings.js';
import { messageOf, type WorkspaceSession } from './workspace-session.js';

export const PREVIEW_VIEW_TYPE = 'svcdef.catalogPreview';

/** How a location comes to be shown: a click or view switch, Back, or a render after a save. */
type Arrival = 'navigate' | 'back' | 'refresh';

export class CatalogPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private location: PreviewLocation = { view: 'customer', page: INDEX };
    private readonly history = new PreviewHistory();
    /** The workspace's catalog model and the view of it shown, until the workspace changes or the panel closes. */
    private model: { catalog: Catalog; view: CatalogView } | undefined;
    private rendering = Promise.resolve();
    private readonly subscription: vscode.Disposable;

    constructor(private readonly session: WorkspaceSession) {
        this.subscription = session.onDidChange(() => {
            this.model = undefined;
            if (this.panel) void this.go(this.location, 'refresh');
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
                // Nothing of the catalog outlives the panel.
                this.panel = undefined;
                this.model = undefined;
                this.history.clear();
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

    /** Renders one at a time, so a burst of saves or clicks cannot interleave two renders. */
    private go(target: PreviewLocation, arrival: Arrival): Promise<void> {
        this.rendering = this.rendering.then(() => this.renderNow(target, arrival));
        return this.rendering;
    }

    private async renderNow(target: PreviewLocation, arrival: Arrival): Promise<void> {
        const panel = this.panel;
        if (!panel) return;
        try {
            const workspace = await this.session.get();
            const { view } = await this.viewModel(workspace, target.view);
            const pagesOf = () => catalogHtmlFiles(view, { a2: workspace.a2 });
            let page = pageOfSite(pagesOf(), target.page);
            if (!page) {
                if (arrival === 'navigate') {
                    void vscode.window.showInformationMessage(`svcdef: the ${VIEW_TITLES[target.view].toLowerCase()} of the catalog has no page ${target.page}.`);
                    return;
                }
                // The page's element was renamed or removed since it was visited.
                target = { view: target.view, page: INDEX };
                page = pageOfSite(pagesOf(), INDEX)!;
            }
            const scroll = arrival === 'refresh' && target.page === this.location.page && target.view === this.location.view
                ? 'keep' as const
                : target.fragment !== undefined ? { fragment: target.fragment } : 'top' as const;
            if (arrival === 'navigate') this.history.leave(this.location, target);
            this.location = target;
            const files = await workspace.files();
            const assets = page.assets;
            panel.title = this.title(target.view);
            panel.webview.html = previewPage(page.content, {
                nonce: randomBytes(18).toString('base64'),
                view: target.view,
                pagePath: page.path,
                scroll,
                canGoBack: this.history.canGoBack,
                hasSource: pageElement(view.catalog, page.path) !== undefined,
                asset: assetPath => assets.get(assetPath),
                status: `${files.length} .svcdef file${files.length === 1 ? '' : 's'} · refreshes on save`
            });
        } catch (error) {
            void vscode.window.showErrorMessage(`svcdef: could not render the catalog preview: ${messageOf(error)}`);
        }
    }

    private async viewModel(workspace: CatalogWorkspace, name: CatalogViewName): Promise<{ catalog: Catalog; view: CatalogView }> {
        let model = this.model;
        if (!model) {
            const catalog = await workspace.catalog();
            model = { catalog, view: viewOf(catalog, name) };
        } else if (model.view.name !== name) {
            model = { catalog: model.catalog, view: viewOf(model.catalog, name) };
        }
        this.model = model;
        return model;
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
        }
    }

    private async goToSource(): Promise<void> {
        try {
            const workspace = await this.session.get();
            const { view, page } = this.location;
            const element = pageElement((await this.viewModel(workspace, view)).view.catalog, page);
            const source = element && await workspace.elementSource(element);
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

    private async openInBrowser(): Promise<void> {
        const { view, page } = this.location;
        try {
            const written = await vscode.window.withProgress(
                { location: vscode.ProgressLocation.Notification, title: `svcdef: writing the ${VIEW_TITLES[view].toLowerCase()} of the catalog` },
                async () => {
                    const workspace = await this.session.get();
                    const { catalog } = await this.viewModel(workspace, view);
                    const root = browserFolder();
                    await writeSiteFiles(root, viewSiteFiles(catalog, view, workspace.a2));
                    return writtenPagePath(root, view, page);
                });
            await vscode.env.openExternal(vscode.Uri.file(written));
        } catch (error) {
            void vscode.window.showErrorMessage(`svcdef: could not open the catalog in the browser: ${messageOf(error)}`);
        }
    }

    dispose(): void {
        this.subscription.dispose();
        this.panel?.dispose();
    }
}

/**
 * Where Open in Browser writes: the catalog output folder of the workspace folder (as
 * Generate Catalog does), or a folder of its own under the system's temporary folder when
 * no folder on disk is open.
 */
function browserFolder(): string {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folders = (vscode.workspace.workspaceFolders ?? []).filter(folder => folder.uri.scheme === 'file');
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? folders[0];
    return folder
        ? resolveOutputFolder(configuredOutputFolder(folder), folder.uri.fsPath)
        : path.join(os.tmpdir(), 'svcdef-catalog-preview');
}
