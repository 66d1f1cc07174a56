/**
 * Works the VS Code workbench in the browser the way a person does: through Quick Open,
 * the command palette, the keyboard and the mouse. Each helper waits for what a person
 * would wait for, so a test step reads as the steps of a manual test.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { ROOT } from './code-server.js';

export const SCREENSHOTS = path.join(ROOT, 'test-artifacts/editor');

export class Workbench {
    constructor(readonly page: Page) {}

    async waitUntilReady(): Promise<void> {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        // The explorer lists the folder once the remote file system answers.
        await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }

    /** Opens a workspace file through Quick Open (Ctrl+P), by its path relative to the folder. */
    async openFile(relativePath: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(relativePath);
        const fileName = path.basename(relativePath);
        // Quick Open shows the file with its folder; wait until the row Enter chooses is that file
        // (right after a command it may still list the recently opened files).
        await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first().waitFor();
        await this.page.keyboard.press('Enter');
        await this.activeTab(fileName).waitFor();
        await this.activeGroup().locator('.monaco-editor .view-lines').first().waitFor();
    }

    /** The editor group that has focus. */
    activeGroup(): Locator {
        return this.page.locator('.part.editor .editor-group-container.active');
    }

    activeTab(label: string): Locator {
        return this.activeGroup().locator('.tabs-container .tab.active', { hasText: label });
    }

    /** The visible text of the active editor, top to bottom (Monaco reuses line elements out of order). */
    async editorText(): Promise<string> {
        return this.activeGroup().locator('.view-lines').first().evaluate((lines: RenderedLines) =>
            [...lines.querySelectorAll('.view-line')]
                .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
                .map(line => (line.textContent ?? '').replace(/\u00a0/g, ' '))
                .join('\n'));
    }

    /** Runs a command from the command palette (F1) by its title. */
    async runCommand(title: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        await row.waitFor();
        await this.page.keyboard.press('Enter');
    }

    /** Reverts the active file to its saved text, as File: Revert File does, and waits until its tab is clean. */
    async revertFile(): Promise<void> {
        await this.runCommand('File: Revert File');
        await this.activeGroup().locator('.tab.active.dirty').waitFor({ state: 'detached' });
    }

    /** Opens the Problems panel (Ctrl+Shift+M) and types `text` into its filter; the panel then lists only matching problems. */
    async filterProblems(text: string): Promise<void> {
        await this.page.keyboard.press('Control+Shift+M');
        await this.problemsFilter().fill(text);
    }

    /** Empties the Problems panel's filter, which VS Code keeps for the steps after. */
    async clearProblemsFilter(): Promise<void> {
        await this.problemsFilter().fill('');
    }

    /** The rows the Problems panel lists that contain `text`. */
    problemRows(text: string): Locator {
        return this.page.locator('.markers-panel .monaco-list-row', { hasText: text });
    }

    /** Moves the cursor to a line (1-based) through Quick Open's `:line` mode, which also scrolls it into view. */
    async goToLine(line: number, column = 1): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /** A token of the active editor's visible text, as rendered (one span per TextMate token). */
    editorToken(text: string): Locator {
        return this.activeGroup().locator('.view-lines span span', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }).first();
    }

    private problemsFilter(): Locator {
        // The two places VS Code renders the filter in, depending on the panel's layout.
        return this.page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
    }

    /** The document inside the webview panel (two iframes deep). */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    }

    /** Drags the side bar's edge, as a person does to read long tree labels. */
    async widenSideBar(width: number): Promise<void> {
        const box = await this.page.locator('.part.sidebar').boundingBox();
        if (!box) throw new Error('The side bar is not visible.');
        const edge = box.x + box.width;
        const y = box.y + box.height / 2;
        await this.page.mouse.move(edge - 1, y);
        await this.page.mouse.down();
        await this.page.mouse.move(box.x + width, y, { steps: 5 });
        await this.page.mouse.up();
    }

    async screenshot(name: string): Promise<string> {
        await mkdir(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }
}

/** The part of the DOM `editorText` reads (the project compiles without DOM typings). */
interface RenderedLines {
    querySelectorAll(selector: string): Iterable<{ readonly style: { readonly top: string }; readonly textContent: string | null }>;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
