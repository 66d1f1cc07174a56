/**
 * The packaged extension as a WEB extension in a real VS Code: code-server 1.117 in headless
 * Chromium, with `remote.extensionKind` making svcdef run in the browser's web worker
 * extension host (as on vscode.dev and github.dev) instead of the Node one. There the
 * extension loads its `browser` entry (out/extension-web.cjs), which starts the language
 * server as a web worker (out/language-server-worker.js) that reads the workspace through
 * the extension's `vscode.workspace.fs`.
 *
 * @vscode/test-web would download VS Code for the Web, which cannot be reached from these
 * machines (scripts/ci/web-extension-host-note.mjs says so in CI); code-server's web worker
 * extension host is the same code, served locally.
 *
 * The workspace is a copy of examples/acme; editor settings are VS Code's defaults
 * (word-based suggestions on) apart from the first-run noise code-server.ts turns off.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { packagedVsix, setUpCodeServer, startCodeServer, type CodeServer } from './code-server.js';
import {
    completeWorkspaceCustomers, hoverActivityA243, openCatalogPreview, openServicePageInPreview, searchInPreview, waitForSvcdefActivation
} from './shared-editor-steps.js';
import type { Workbench } from './workbench.js';
import { WorkbenchSession } from './workbench-session.js';

const run = promisify(execFile);

/** publisher.name in package.json. */
const EXTENSION_ID = 'svcdef.svcdef';

/**
 * An acme file nobody opens in the test, with a misspelt reference to a service of another
 * file: its error can only appear if the worker built the whole workspace through the bridge.
 */
const UNOPENED_FILE = 'services/web-probe.svcdef';
const UNOPENED_SOURCE = `service WebProbe "Web probe" {
  status live
  owner GroupIT
  depends on Erpp
}
`;

let server: CodeServer | undefined;
let workbench: Workbench;
let acme: string;
const session = new WorkbenchSession('web-', () => server);
const step = session.step.bind(session);

beforeAll(async () => {
    const installFolder = await setUpCodeServer();
    server = await startCodeServer(installFolder, await packagedVsix(), {
        userSettings: {
            // Run svcdef where VS Code for the Web runs it: in the browser's web worker extension host.
            'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
            // VS Code's default, which code-server.ts turns off for the desktop suite.
            'editor.wordBasedSuggestions': 'matchingDocuments'
        }
    });
    acme = path.join(server.workspace, 'acme');
    await writeFile(path.join(acme, UNOPENED_FILE), UNOPENED_SOURCE);
    workbench = await session.open(acme);
});

afterAll(async () => {
    await session.close();
    await server?.stop();
});

/** Command lines of the processes that run the desktop language server from this code-server's extensions. */
async function desktopLanguageServers(): Promise<string[]> {
    const extensions = path.join(path.dirname(server!.workspace), 'extensions');
    const { stdout } = await run('ps', ['-eo', 'args']);
    return stdout.split('\n').filter(line => line.includes(extensions) && line.includes('language-server.cjs'));
}

describe('the svcdef web extension in code-server\'s web worker extension host', () => {
    step('runs in the web worker extension host, not the Node one', async () => {
        const page = workbench.page;
        await waitForSvcdefActivation(workbench);
        await workbench.runCommand('Developer: Show Running Extensions');
        const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'svcdef' }).first();
        await row.waitFor();
        await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/web worker/i);
        await workbench.screenshot('web-01-running-extensions');
        // The Node extension host never started the desktop server.
        expect(await desktopLanguageServers()).toEqual([]);
        await workbench.runCommand('View: Close All Editor Groups');
    });

    step('reports the error of a file nobody opened (the worker read the workspace)', async () => {
        const page = workbench.page;
        await expect.poll(() => page.locator('#status\\.problems').innerText(), { timeout: 90_000 }).toMatch(/[1-9]/);
        await workbench.filterProblems('web-probe');
        await workbench.problemRows('Erpp').first().waitFor({ timeout: 60_000 });
        await workbench.screenshot('web-02-problems-of-unopened-file');
        await workbench.clearProblemsFilter();
        // The file was never opened in an editor.
        expect(await page.locator('.tabs-container .tab', { hasText: 'web-probe.svcdef' }).count()).toBe(0);
    });

    step('completes a customer with the names declared in another file', () =>
        completeWorkspaceCustomers(workbench, { acme: '', screenshot: 'web-03-completion' }));

    step('shows the A2 activity a binding implements when hovering A243', () =>
        hoverActivityA243(workbench, { acme: '', screenshot: 'web-04-hover' }));

    step('previews the acme catalog from the worker\'s model', async () => {
        await workbench.openFile('parties.svcdef');
        // The support view lists every service, technical ones and the unopened probe included.
        const services = await openCatalogPreview(workbench, 'Support view');
        const text = await services.innerText();
        for (const service of ['SAP S/4HANA ERP', 'Corporate Email', 'Virtual Server Hosting', 'Web probe']) {
            expect(text).toContain(service);
        }
        await expect.poll(() => workbench.webview().locator('.svcdef-preview-page').innerText()).toBe('index.html');
        await workbench.screenshot('web-05-preview');
        // The worker answers the search box's requests for the index.
        await searchInPreview(workbench, 'probe', 'Web probe', 'web-05-preview-search');
        // A service page is rendered by the worker when the preview asks for it.
        await openServicePageInPreview(workbench, 'Corporate Email');
        await workbench.screenshot('web-06-preview-service-page');
    });
});
