/**
 * The steps the desktop suite (svcdef-extension.editor.ts) and the web suite
 * (web-extension.editor.ts) both take on examples/acme, with their expectations. Each is
 * defined once, so a change of the extension's behaviour fails both suites alike, and a
 * fix of a step reaches both.
 *
 * `acme` is where examples/acme lies in the folder the workbench has open: 'acme/' when
 * examples/ is open (desktop suite), '' when acme itself is (web suite).
 */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import type { Workbench } from './workbench.js';

/** Where a shared step works and the name of the screenshot it keeps. */
export interface AcmeStep {
    readonly acme: '' | 'acme/';
    readonly screenshot: string;
}

/** The customers acme/parties.svcdef declares. */
const ACME_CUSTOMERS = ['Finance', 'Manufacturing', 'Sales', 'HumanResources'];

/** A243's name in the built-in PRM-IT model. */
const A243_NAME = 'Create and Maintain Service Level Agreements';

/**
 * The workspace holds .svcdef files, so the extension activates without a file being
 * opened: its entry appears in the activity bar.
 */
export async function waitForSvcdefActivation(workbench: Workbench, timeout = 60_000): Promise<void> {
    await workbench.page.locator('.activitybar .action-item a[aria-label^="svcdef"]').waitFor({ timeout });
}

/**
 * Ctrl+Space after `customer ` in a new SLA of agreements/slas.svcdef offers the customers
 * declared in parties.svcdef, another file than the one being edited. Leaves the file as it was.
 */
export async function completeWorkspaceCustomers(workbench: Workbench, { acme, screenshot }: AcmeStep): Promise<void> {
    const page = workbench.page;
    await workbench.openFile(`${acme}agreements/slas.svcdef`);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('sla ProbeSla {');
    await page.keyboard.press('Enter');
    await page.keyboard.type('customer ');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    // slas.svcdef names every customer too, so with word-based suggestions on, the editor could
    // offer them as words if the server answered nothing. The server's items carry the
    // customer kind's icon (struct); words carry the text icon.
    const customers = page.locator('.editor-widget.suggest-widget .monaco-list .monaco-list-row:has(.codicon-symbol-struct)');
    await customers.filter({ hasText: 'HumanResources' }).first().waitFor({ timeout: 60_000 });
    const labels = await customers.locator('.label-name').allInnerTexts();
    expect(labels).toEqual(expect.arrayContaining(ACME_CUSTOMERS));
    await workbench.screenshot(screenshot);
    await page.keyboard.press('Escape');
    await workbench.revertFile();
}

/** Hovering A243 in binding SlaAuthoring (bindings.svcdef, line 87) shows the activity's name. */
export async function hoverActivityA243(workbench: Workbench, { acme, screenshot }: AcmeStep): Promise<void> {
    const page = workbench.page;
    await workbench.openFile(`${acme}bindings.svcdef`);
    await workbench.goToLine(87);
    await workbench.editorToken('A243').hover();
    await page.locator('.monaco-hover:not(.hidden)', { hasText: A243_NAME }).first().waitFor({ timeout: 30_000 });
    await workbench.screenshot(screenshot);
    // Away from the token, so the hover does not cover what the next step looks at.
    await page.mouse.move(5, 500);
}

/**
 * Runs svcdef: Preview Catalog, chooses `view` ('Customer view', 'Support view', …) and
 * returns the preview's list of services once it shows; `timeout` is how long the server
 * may take to read the workspace first.
 */
export async function openCatalogPreview(workbench: Workbench, view: string, timeout = 60_000): Promise<Locator> {
    await workbench.runCommand('svcdef: Preview Catalog');
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: view }).first().click();
    const services = workbench.webview().locator('#service-list');
    await services.waitFor({ timeout });
    return services;
}

/** Follows the preview's link to a service's page and waits until that page shows. */
export async function openServicePageInPreview(workbench: Workbench, title: string): Promise<void> {
    await workbench.webview().locator('#service-list a', { hasText: title }).first().click();
    // The preview renders the page when it is asked for: allow it the time that takes.
    await expect.poll(() => workbench.webview().locator('h1').first().innerText(), { timeout: 20_000 }).toContain(title);
}

/**
 * Types `query` into the search box of the preview's index page, waits for the result
 * titled `title` (the index comes from the language server through the extension), follows
 * it to that page in the preview and returns to the index with Back.
 */
export async function searchInPreview(workbench: Workbench, query: string, title: string, screenshot: string): Promise<void> {
    const preview = workbench.webview();
    await preview.locator('#search-input').fill(query);
    const result = preview.locator('#search-list a', { hasText: title }).first();
    await result.waitFor({ timeout: 30_000 });
    expect(await preview.locator('#search-status').innerText()).toMatch(/^\d+ results?/);
    await workbench.screenshot(screenshot);
    await result.click();
    await expect.poll(() => preview.locator('h1').first().innerText(), { timeout: 20_000 }).toContain(title);
    await preview.locator('#svcdef-preview-back').click();
    await expect.poll(() => preview.locator('.svcdef-preview-page').innerText(), { timeout: 20_000 }).toBe('index.html');
}
