/**
 * The catalog preview: a webview showing the workspace's published catalog, as the
 * generator renders it, for one view at a time. It follows links between catalog pages,
 * switches views from its own bar, and renders again whenever a `.svcdef` file is saved.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { catalogHtml } from '../generator/catalog-html.js';
import { VIEW_TITLES, isCatalogViewName, viewOf, type CatalogViewName } from '../generator/catalog-views.js';
import { resolvePreviewLink } from './preview-links.js';
import { previewPage } from './preview-page.js';
import { messageOf, type WorkspaceSession } from './workspace-session.js';

export const PREVIEW_VIEW_TYPE = 'svcdef.catalogPreview';
const INDEX = 'index.html';

export class CatalogPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private view: CatalogViewName = 'customer';
    private page = INDEX;
    /** How the next render scrolls; a render after a save keeps the reader's place. */
    private scroll: { fragment: string } | 'top' | 'keep' = 'top';
    /** Pages of the last render, by path. */
    private pages = new Map<string, string>();
    private rendering = Promise.resolve();
    private readonly subscription: vscode.Disposable;

    constructor(private readonly session: WorkspaceSession) {
        this.subscription = session.onDidChange(() => {
            if (this.panel) {
                this.scroll = 'keep';
                void this.render();
            }
        });
    }

    /** Opens the preview on the view's index page, or brings it forward and switches view. */
    async show(view: CatalogViewName): Promise<void> {
        this.view = view;
        this.page = INDEX;
        this.scroll = 'top';
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, this.title(), vscode.ViewColumn.Beside, {
                enableScripts: true,
                enableCommandUris: false,
                localResourceRoots: []
            });
            this.panel.onDidDispose(() => {
                this.panel = undefined;
            });
            this.panel.webview.onDidReceiveMessage(message => void this.onMessage(message));
        } else {
            this.panel.reveal(undefined, true);
        }
        await this.render();
    }

    private title(): string {
        return `Catalog: ${VIEW_TITLES[this.view]}`;
    }

    /** Renders one at a time, so a burst of saves cannot interleave two renders. */
    private render(): Promise<void> {
        this.rendering = this.rendering.then(() => this.renderNow());
        return this.rendering;
    }

    private async renderNow(): Promise<void> {
        const panel = this.panel;
        if (!panel) return;
        try {
            const workspace = await this.session.get();
            const [catalog, files] = await Promise.all([workspace.catalog(), workspace.files()]);
            this.pages = new Map(catalogHtml(viewOf(catalog, this.view), { a2: workspace.a2 }).map(file => [file.path, file.content]));
            if (!this.pages.has(this.page)) {
                // The page's element was renamed or removed by the last save.
                this.page = INDEX;
                this.scroll = 'top';
            }
            panel.title = this.title();
            panel.webview.html = previewPage(this.pages.get(this.page)!, {
                nonce: randomBytes(18).toString('base64'),
                view: this.view,
                pagePath: this.page,
                scroll: this.scroll,
                status: `${files.length} .svcdef file${files.length === 1 ? '' : 's'} · refreshes on save`
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
                await this.show(view);
            }
        } else if (type === 'link') {
            const { href } = message as { href?: unknown };
            if (typeof href !== 'string') return;
            const link = resolvePreviewLink(this.page, href, new Set(this.pages.keys()));
            if (link.kind === 'page') {
                this.page = link.path;
                this.scroll = link.fragment !== undefined ? { fragment: link.fragment } : 'top';
                await this.render();
            } else if (link.kind === 'external') {
                await vscode.env.openExternal(vscode.Uri.parse(link.url));
            }
        }
    }

    dispose(): void {
        this.subscription.dispose();
        this.panel?.dispose();
    }
}
