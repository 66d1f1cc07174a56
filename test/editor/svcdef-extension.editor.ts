/**
 * The packaged extension in a real VS Code: code-server 1.117 in headless Chromium, with
 * the .vsix from `npm run package` installed and a copy of examples/ open. Each step does
 * what a person would and keeps a screenshot under test-artifacts/editor/.
 *
 * Run with `npm run test:editor` (it packages the extension first).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { packagedVsix, setUpCodeServer, startCodeServer, type CodeServer } from './code-server.js';
import {
    completeWorkspaceCustomers, hoverActivityA243, openCatalogPreview, openServicePageInPreview, searchInPreview, waitForSvcdefActivation
} from './shared-editor-steps.js';
import type { Workbench } from './workbench.js';
import { WorkbenchSession } from './workbench-session.js';

let server: CodeServer | undefined;
let workbench: Workbench;
const session = new WorkbenchSession('', () => server);
const step = session.step.bind(session);

beforeAll(async () => {
    const installFolder = await setUpCodeServer();
    server = await startCodeServer(installFolder, await packagedVsix());
    workbench = await session.open();
});

afterAll(async () => {
    await session.close();
    await server?.stop();
});

describe('the svcdef extension in code-server', () => {
    step('opens the examples folder and activates the extension', async () => {
        const page = workbench.page;
        await expect.poll(() => page.locator('.explorer-folders-view').innerText()).toContain('acme');
        await waitForSvcdefActivation(workbench);
        // The server reports problems of files nobody opened (examples/broken is full of them).
        await expect.poll(() => page.locator('#status\\.problems').innerText(), { timeout: 90_000 }).toMatch(/[1-9]/);
        await workbench.screenshot('01-workbench');
    });

    step('shows the diagnostic of a broken example in the Problems panel', async () => {
        await workbench.openFile('broken/unresolved-reference/service.svcdef');
        // The misspelt reference is underlined in the editor ...
        await workbench.activeGroup().locator('.squiggly-error').first().waitFor({ timeout: 90_000 });
        // ... and listed in the Problems panel with its code.
        await workbench.filterProblems('unresolved-reference');
        const row = workbench.problemRows('Directroy').first();
        await row.waitFor();
        expect(await row.innerText()).toContain('unresolved-reference');
        await workbench.screenshot('02-problems');
        await workbench.clearProblemsFilter();
    });

    step('completes references with the names of workspace artifacts (Ctrl+Space)', () =>
        completeWorkspaceCustomers(workbench, { acme: 'acme/', screenshot: '03-completion' }));

    step('shows the A2 activity a binding implements when hovering A243', () =>
        hoverActivityA243(workbench, { acme: 'acme/', screenshot: '04-hover' }));

    step('opens the built-in A2 model read-only on go to definition of A243', async () => {
        const page = workbench.page;
        await workbench.editorToken('A243').click();
        await page.keyboard.press('F12');
        await workbench.activeTab('svcdef-library.svcdef').waitFor();
        // The library's text comes from the language server (svcdef/builtinLibrary) once the tab is open.
        await expect.poll(() => workbench.editorText(), { timeout: 20_000 })
            .toMatch(/activity\s+A243\s+"Create and Maintain Service Level Agreements"/);
        // Typing changes nothing: the editor says why instead.
        await page.keyboard.type('x');
        await page.locator('.monaco-editor-overlaymessage, .monaco-hover', { hasText: 'cannot be edited' }).first().waitFor();
        expect(await workbench.editorText()).toMatch(/^activity A243 "Create and Maintain/m);
        await workbench.screenshot('05-builtin-definition');
    });

    step('previews the catalog with the workspace services', async () => {
        const page = workbench.page;
        const services = await openCatalogPreview(workbench, 'Customer view');
        const text = await services.innerText();
        for (const service of ['Corporate Email', 'SAP S/4HANA ERP', 'Managed Workplace', 'Remote Access']) {
            expect(text).toContain(service);
        }
        // Technical services are for the support view only.
        for (const technical of ['Virtual Server Hosting', 'Corporate Network and WAN']) {
            expect(text).not.toContain(technical);
        }
        await expect.poll(() => workbench.webview().locator('#svcdef-preview-view').inputValue()).toBe('customer');
        await workbench.screenshot('06-preview');
        // The search box answers as on the published site, and a result opens inside the preview.
        await searchInPreview(workbench, 'corporate email', 'Corporate Email', '06-preview-search');
        // A link to a service page opens that page inside the preview.
        await openServicePageInPreview(workbench, 'Corporate Email');
        await workbench.screenshot('07-preview-service-page');
        // The page takes the editor theme's colours, whatever the system's scheme.
        const theme = await workbench.webview().locator('body').evaluate(body => ({
            dark: body.classList.contains('vscode-dark'),
            background: (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(body).backgroundColor
        }));
        const channels = theme.background.match(/\d+/g)!.slice(0, 3).map(Number);
        expect(channels.reduce((sum, channel) => sum + channel, 0) / 3 < 100, theme.background).toBe(theme.dark);
        // The view switch in the preview's bar renders the support view.
        await workbench.webview().locator('#svcdef-preview-view').selectOption('support');
        await page.locator('.tab.active', { hasText: 'Catalog: Support view' }).waitFor();
        await expect.poll(() => workbench.webview().locator('.site-nav').innerText(), { timeout: 20_000 }).toContain('A2 coverage');
        // Saving a changed title refreshes the preview.
        await page.keyboard.press('Control+1');
        await workbench.openFile('acme/services/collaboration.svcdef');
        expect(await workbench.editorText()).toContain('service Email "Corporate Email" {');
        await workbench.goToLine(6, 26);
        for (let index = 0; index < 'Email'.length; index++) await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.type('Mail');
        await page.keyboard.press('Control+S');
        await expect.poll(() => workbench.webview().locator('#service-list').innerText(), { timeout: 30_000 }).toContain('Corporate Mail');
        // The first row is the service; a retired one it replaces may name it too.
        // The preview follows edits as well as saves: it may render once more while this runs.
        await expect.poll(() => workbench.webview().locator('#service-list tr', { hasText: 'Corporate Mail' }).first()
            .scrollIntoViewIfNeeded({ timeout: 5_000 }).then(() => true, () => false), { timeout: 30_000 }).toBe(true);
        await workbench.screenshot('08-preview-refreshed-on-save');
        // From a service page, Go to Source opens the service's declaration.
        await openServicePageInPreview(workbench, 'Corporate Mail');
        await workbench.webview().locator('#svcdef-preview-source').click();
        await workbench.activeTab('collaboration.svcdef').waitFor();
        expect(await workbench.editorText()).toContain('service Email "Corporate Mail" {');
        // Back returns the preview to the page it came from.
        await workbench.webview().locator('#svcdef-preview-back').click();
        await expect.poll(() => workbench.webview().locator('.svcdef-preview-page').innerText(), { timeout: 20_000 }).toBe('index.html');
        const violations = session.consoleMessages.filter(message => /Content.Security.Policy/i.test(message));
        expect(violations).toEqual([]);
        await workbench.runCommand('View: Close All Editor Groups');
    });

    step('shows the A2 model view with bindings and unbound activities', async () => {
        const page = workbench.page;
        await workbench.runCommand('svcdef: Show A2 Model');
        await workbench.widenSideBar(640);
        const rows = page.locator('.pane-body .monaco-list-row');
        await rows.filter({ hasText: 'A2 Customer Relationships' }).first().waitFor({ timeout: 60_000 });
        const process = rows.filter({ hasText: 'A24 Service Level Management' }).first();
        await expect.poll(() => process.innerText()).toMatch(/\d+ of \d+ activities bound/);
        await process.click();
        const activity = rows.filter({ hasText: 'A243 Create and Maintain Service Level Agreements' }).first();
        await expect.poll(() => activity.innerText()).toContain('SlaAuthoring');
        const unbound = rows.filter({ hasText: 'not bound' });
        expect(await unbound.count()).toBeGreaterThan(0);
        await activity.click();
        await rows.filter({ hasText: 'Inputs, controls and outputs' }).first().waitFor();
        await workbench.screenshot('09-a2-model');
        // The binding under the activity opens where it is declared.
        await rows.filter({ hasText: 'SlaAuthoring' }).filter({ hasNotText: 'A243' }).first().click();
        await workbench.activeTab('bindings.svcdef').waitFor();
        await expect.poll(() => workbench.editorText()).toContain('binding SlaAuthoring');
        await workbench.screenshot('10-a2-model-open-binding');
    });

    step('opens the A2 list by itself after implements, with the editor\'s default word-based suggestions', async () => {
        const page = workbench.page;
        await useDefaultSuggestions();
        await workbench.openFile('acme/bindings.svcdef');
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('binding Probe implements ', { delay: 30 });
        const suggestions = page.locator('.editor-widget.suggest-widget.visible .monaco-list');
        await suggestions.locator('.monaco-list-row', { hasText: 'A2 — Customer Relationships' }).first().waitFor();
        const labels = await suggestions.locator('.monaco-list-row .label-name').allInnerTexts();
        // Only A2 nodes: no words of the file, no keywords.
        expect(labels.filter(label => !/^A\d+ — /.test(label))).toEqual([]);
        await workbench.screenshot('11-implements-opens-a2-list');
        await page.keyboard.press('Escape');
    });

    step('opens the outputs inside produces " and nothing on a space elsewhere', async () => {
        const page = workbench.page;
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        // The editor closes the brace and the quote it opens.
        await page.keyboard.type('A243 {', { delay: 30 });
        await page.keyboard.press('Enter');
        await page.keyboard.type('produces "', { delay: 30 });
        await widget.locator('.monaco-list-row', { hasText: 'SLAs, OLAs, UCs' }).first().waitFor();
        await workbench.screenshot('12-produces-opens-outputs');
        await page.keyboard.press('Escape');
        // A space after a property or after a kind word asks the server, which answers with
        // nothing: no list pops up over what is being typed.
        for (const typed of ['owner ', 'tool ']) {
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type(typed, { delay: 30 });
            await expectNoSuggestions();
        }
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('service ', { delay: 30 });
        await expectNoSuggestions();
        await workbench.screenshot('13-space-opens-nothing');
        await workbench.revertFile();
    });

    step('offers the snippets where their element can stand, not after customer', async () => {
        const page = workbench.page;
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        const snippetRows = widget.locator('.monaco-list-row:has(.codicon-symbol-snippet)');
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('sla', { delay: 30 });
        await page.keyboard.press('Control+Space');
        await snippetRows.filter({ hasText: 'Service level agreement' }).first().waitFor();
        await workbench.screenshot('14-snippets-at-top-level');
        await page.keyboard.press('Escape');
        await page.keyboard.type(' Probe {', { delay: 30 });
        await page.keyboard.press('Enter');
        await page.keyboard.type('customer ', { delay: 30 });
        await page.keyboard.press('Control+Space');
        await widget.locator('.monaco-list-row', { hasText: 'Finance' }).first().waitFor();
        expect(await snippetRows.count()).toBe(0);
        await page.keyboard.press('Escape');
        await workbench.revertFile();
        await restoreSuggestions();
    });
});

/**
 * The editor's defaults for suggestions (words of open files offered too), as a user has
 * them: a workspace setting over the suite's user setting that turns them off.
 */
async function useDefaultSuggestions(): Promise<void> {
    const folder = path.join(server!.workspace, '.vscode');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'settings.json'), JSON.stringify({ 'editor.wordBasedSuggestions': 'matchingDocuments' }));
    // VS Code reads the changed file through its watcher.
    await new Promise(resolve => setTimeout(resolve, 2_000));
}

async function restoreSuggestions(): Promise<void> {
    await rm(path.join(server!.workspace, '.vscode'), { recursive: true, force: true });
}

/** Waits as long as a server answer takes, then checks that no suggestion list is open. */
async function expectNoSuggestions(): Promise<void> {
    await new Promise(resolve => setTimeout(resolve, 1_500));
    expect(await workbench.page.locator('.editor-widget.suggest-widget.visible').count()).toBe(0);
}
