/**
 * The screenshots of the extension's listing (docs/vscode-extension.md), taken in a real
 * VS Code: the packaged extension in code-server, in headless Chromium, on a copy of
 * examples/acme (the folder alone: with examples/broken beside it, the explorer is red).
 * Run through take-screenshots.mjs, which packages the extension first.
 */
import { chromium } from 'playwright-core';
import { setUpCodeServer, startCodeServer } from '../../test/editor/code-server.js';
import { Workbench } from '../../test/editor/workbench.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'];
/** Small enough for the listing and the .vsix (each image under 200 KB), large enough to read. */
const VIEWPORT = { width: 1024, height: 640 };

export interface Screenshot {
    readonly file: string;
    readonly bytes: number;
}

/** Takes every listing screenshot into `folder` (docs/images) from the .vsix at `vsix`. */
export async function takeListingScreenshots(vsix: string, folder: string): Promise<Screenshot[]> {
    const server = await startCodeServer(await setUpCodeServer(), vsix);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const shots: Screenshot[] = [];
    try {
        const page = await browser.newPage({ viewport: VIEWPORT });
        page.setDefaultTimeout(60_000);
        const acme = `${server.workspace}/acme`;
        await page.goto(server.url.replace(encodeURIComponent(server.workspace), encodeURIComponent(acme)));
        const workbench = new Workbench(page);
        await workbench.waitUntilReady();
        await page.locator('.activitybar .action-item a[aria-label^="svcdef"]').waitFor();
        const shoot = async (name: string) => {
            const file = `${folder}/${name}.png`;
            const image = await page.screenshot({ path: file });
            shots.push({ file, bytes: image.length });
        };

        // The server has read the workspace once the code lenses count the SLAs of a service.
        await workbench.openFile('services/collaboration.svcdef');
        await workbench.activeGroup().locator('.codelens-decoration', { hasText: 'SLAs cover it' }).first().waitFor({ timeout: 90_000 });

        // Typing `implements ` opens the A2 activities by themselves.
        await workbench.openFile('bindings.svcdef');
        await workbench.goToLine(86);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        await page.keyboard.type('binding Reviews "Service reviews with customers" implements ', { delay: 20 });
        const a2Nodes = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
        await a2Nodes.filter({ hasText: 'A2 — Customer Relationships' }).first().waitFor();
        await page.keyboard.type('A24', { delay: 50 });
        await a2Nodes.filter({ hasText: 'A243 — Create and Maintain Service Level Agreements' }).first().waitFor();
        await shoot('completion-a2-nodes');
        await page.keyboard.press('Escape');
        await workbench.runCommand('File: Revert File');
        await workbench.activeGroup().locator('.tab.active.dirty').waitFor({ state: 'detached' });
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

        // The catalog preview beside the services it shows.
        await workbench.openFile('services/collaboration.svcdef');
        await workbench.runCommand('svcdef: Preview Catalog');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Customer view' }).first().waitFor();
        await page.keyboard.press('Enter');
        await workbench.webview().locator('#service-list').waitFor();
        await shoot('catalog-preview');
        await workbench.runCommand('View: Close All Editor Groups');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await page.locator('.part.editor .tabs-container .tab').first().waitFor({ state: 'detached' });

        // The A2 model view with the bindings of an activity, beside the binding.
        await workbench.openFile('bindings.svcdef');
        await workbench.goToLine(86);
        await workbench.runCommand('svcdef: Show A2 Model');
        await workbench.widenSideBar(480);
        const rows = page.locator('.pane-body .monaco-list-row');
        await rows.filter({ hasText: 'A24 Service Level Management' }).first().click();
        await rows.filter({ hasText: 'A243 Create and Maintain Service Level Agreements' }).first().click();
        await rows.filter({ hasText: 'SlaAuthoring' }).first().waitFor();
        await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
        await shoot('a2-model-view');
    } catch (error) {
        const page = browser.contexts()[0]?.pages()[0];
        await page?.screenshot({ path: `${folder}/../../test-artifacts/editor/failed-listing-screenshot.png` }).catch(() => undefined);
        throw error;
    } finally {
        await browser.close();
        await server.stop();
    }
    return shots;
}
