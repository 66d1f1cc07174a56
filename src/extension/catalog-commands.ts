/**
 * "Generate Catalog" and "Generate SLA Documents": the same files `svcdef generate`
 * writes, rendered by the language server from the workspace it has built and written
 * under the folder of `svcdef.catalog.outputFolder` (default `out/` of the workspace
 * folder) through `vscode.workspace.fs`, on the desktop and in the browser alike.
 *
 *   <output>/customer|user|support/   the catalog site, catalog.md and catalog.json per view
 *   <output>/sla/                     one HTML and one Markdown document per SLA
 *
 * As on the command line, a workspace with errors is not published unless the user says
 * so (Generate Anyway, the CLI's --force).
 */
import * as vscode from 'vscode';
import { isGenerationRefused, type GenerateParams, type GenerationRefused } from '../protocol/svcdef-requests.js';
import { messageOf } from './error-messages.js';
import { writeGeneration } from './generated-files-writer.js';
import { isInside, resolveOutputFolder } from './output-location.js';
import { configuredOutputFolder, configuredView } from './settings.js';
import type { SvcdefServer } from './svcdef-server.js';

export const SLA_FOLDER = 'sla';

export interface GenerationResult {
    /** The folder written to (its file-system path on the desktop). */
    readonly folder: string;
    readonly uri: vscode.Uri;
    /** How many files were written. */
    readonly files: number;
}

export function generateCatalog(server: SvcdefServer): Promise<GenerationResult | undefined> {
    return generate(server, 'catalog', { kind: 'catalog' }, undefined);
}

export function generateSlaDocuments(server: SvcdefServer): Promise<GenerationResult | undefined> {
    // SLA documents are what the customer signs; only the support view adds more to them.
    const view = configuredView() === 'support' ? 'support' : 'customer';
    return generate(server, 'SLA documents', { kind: 'sla', view }, SLA_FOLDER);
}

async function generate(server: SvcdefServer, what: string, params: GenerateParams, subfolder: string | undefined): Promise<GenerationResult | undefined> {
    const folder = targetFolder();
    if (!folder) {
        void vscode.window.showErrorMessage(`svcdef: open a folder that holds .svcdef files to generate the ${what}.`);
        return undefined;
    }
    try {
        const root = resolveOutputFolder(configuredOutputFolder(folder), folder.uri.path);
        const target = folder.uri.with({ path: subfolder ? `${root}/${subfolder}` : root });
        const shown = shownPath(target, folder);
        const written = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `svcdef: generating the ${what}` },
            () => writeGeneration(server, params, { folder: target, shown, workspaceFolder: folder.uri }));
        if (isGenerationRefused(written)) {
            if (await askToForce(what, written)) {
                return generate(server, what, { ...params, force: true }, subfolder);
            }
            return undefined;
        }
        const result: GenerationResult = { folder: target.scheme === 'file' ? target.fsPath : target.toString(), uri: target, files: written.files };
        void announce(what, result, shown, written.first);
        return result;
    } catch (error) {
        void vscode.window.showErrorMessage(`svcdef: could not generate the ${what}: ${messageOf(error)}`);
        return undefined;
    }
}

/** The workspace folder of the active svcdef editor, else the first one. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

function shownPath(target: vscode.Uri, folder: vscode.WorkspaceFolder): string {
    if (target.scheme === folder.uri.scheme && target.authority === folder.uri.authority && isInside(target.path, folder.uri.path)) {
        return target.path.slice(folder.uri.path.replace(/\/+$/, '').length + 1) || '.';
    }
    return target.scheme === 'file' ? target.fsPath : target.toString();
}

/** Names the first error where it is and asks whether to generate anyway; true when the user says so. */
async function askToForce(what: string, refused: GenerationRefused): Promise<boolean> {
    const [first] = refused.errors;
    const count = `${refused.errorCount} error${refused.errorCount === 1 ? '' : 's'}`;
    const where = first ? ` The first: ${vscode.workspace.asRelativePath(vscode.Uri.parse(first.uri))}:${first.range.start.line + 1}: ${first.message}` : '';
    const anyway = 'Generate Anyway';
    const problems = 'Show Problems';
    const choice = await vscode.window.showWarningMessage(
        `svcdef: the ${what} was not generated: the workspace has ${count}.${where} Fix them, or generate anyway.`, problems, anyway);
    if (choice === problems) {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
    return choice === anyway;
}

async function announce(what: string, result: GenerationResult, shown: string, first: vscode.Uri | undefined): Promise<void> {
    const reveal = 'Reveal in Explorer';
    const choice = await vscode.window.showInformationMessage(
        `svcdef: wrote ${result.files} file${result.files === 1 ? '' : 's'} of the ${what} to ${shown}.`, reveal);
    if (choice === reveal) {
        await vscode.commands.executeCommand('revealInExplorer', first ?? result.uri);
    }
}
