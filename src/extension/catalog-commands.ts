/**
 * "Generate Catalog" and "Generate SLA Documents": the same files `svcdef generate`
 * writes, rendered in the extension host from the saved workspace and written under the
 * folder of `svcdef.catalog.outputFolder` (default `out/` of the workspace folder).
 *
 *   <output>/customer|user|support/   the catalog site, catalog.md and catalog.json per view
 *   <output>/sla/                     one HTML and one Markdown document per SLA
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import { CATALOG_VIEWS } from '../generator/catalog-views.js';
import type { GeneratedFile } from '../generator/generated-file.js';
import { CATALOG_FORMATS, DOCUMENT_FORMATS, catalogOutputs, slaOutputs } from '../generator/output-layout.js';
import { outputFilePath, resolveOutputFolder } from './output-location.js';
import { configuredOutputFolder, configuredView } from './settings.js';
import { messageOf, type WorkspaceSession } from './workspace-session.js';

export const SLA_FOLDER = 'sla';

export interface GenerationResult {
    /** Absolute path of the folder written to. */
    readonly folder: string;
    /** Absolute paths of the files written. */
    readonly files: readonly string[];
}

export async function generateCatalog(session: WorkspaceSession): Promise<GenerationResult | undefined> {
    return generate(session, 'catalog', async workspace => {
        const catalog = await workspace.catalog();
        return { subfolder: undefined, files: catalogOutputs(catalog, { views: CATALOG_VIEWS, formats: CATALOG_FORMATS, a2: workspace.a2 }) };
    });
}

export async function generateSlaDocuments(session: WorkspaceSession): Promise<GenerationResult | undefined> {
    return generate(session, 'SLA documents', async workspace => {
        const catalog = await workspace.catalog();
        if (catalog.slas.length === 0) {
            throw new Error('The workspace declares no SLA, so there is no SLA document to write.');
        }
        // SLA documents are what the customer signs; only the support view adds more to them.
        const view = configuredView() === 'support' ? 'support' : 'customer';
        return { subfolder: SLA_FOLDER, files: slaOutputs(catalog, { names: [], view, formats: DOCUMENT_FORMATS }).files };
    });
}

async function generate(
    session: WorkspaceSession,
    what: string,
    render: (workspace: Awaited<ReturnType<WorkspaceSession['get']>>) => Promise<{ subfolder: string | undefined; files: GeneratedFile[] }>
): Promise<GenerationResult | undefined> {
    const folder = targetFolder();
    if (!folder) {
        void vscode.window.showErrorMessage(`svcdef: open a folder that holds .svcdef files to generate the ${what}.`);
        return undefined;
    }
    try {
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `svcdef: generating the ${what}` },
            async () => {
                const { subfolder, files } = await render(await session.get());
                const root = resolveOutputFolder(configuredOutputFolder(folder), folder.uri.fsPath);
                const target = subfolder ? path.join(root, subfolder) : root;
                return { folder: target, files: await writeFiles(target, files) };
            });
        void announce(what, result, folder);
        return result;
    } catch (error) {
        void vscode.window.showErrorMessage(`svcdef: could not generate the ${what}: ${messageOf(error)}`);
        return undefined;
    }
}

/** The workspace folder of the active svcdef editor, else the first one. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folders = (vscode.workspace.workspaceFolders ?? []).filter(folder => folder.uri.scheme === 'file');
    return (active && vscode.workspace.getWorkspaceFolder(active)) ?? folders[0];
}

async function writeFiles(folder: string, files: readonly GeneratedFile[]): Promise<string[]> {
    const written: string[] = [];
    // Every path is checked before the first file is written.
    const targets = files.map(file => ({ file, target: outputFilePath(folder, file.path) }));
    for (const { file, target } of targets) {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.content, 'utf8');
        written.push(target);
    }
    return written;
}

async function announce(what: string, result: GenerationResult, folder: vscode.WorkspaceFolder): Promise<void> {
    const shown = path.relative(folder.uri.fsPath, result.folder) || '.';
    const errors = svcdefErrorCount();
    const warning = errors > 0
        ? ` The workspace has ${errors} error${errors === 1 ? '' : 's'}; what they affect may be missing or wrong.`
        : '';
    const reveal = 'Reveal in Explorer';
    const message = `svcdef: wrote ${result.files.length} file${result.files.length === 1 ? '' : 's'} of the ${what} to ${shown.startsWith('..') ? result.folder : shown}.${warning}`;
    const choice = errors > 0
        ? await vscode.window.showWarningMessage(message, reveal, 'Show Problems')
        : await vscode.window.showInformationMessage(message, reveal);
    if (choice === reveal) {
        await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(result.files[0] ?? result.folder));
    } else if (choice === 'Show Problems') {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
}

/** Errors the language server reports in .svcdef files right now. */
function svcdefErrorCount(): number {
    return vscode.languages.getDiagnostics()
        .filter(([uri]) => uri.path.endsWith('.svcdef'))
        .reduce((count, [, diagnostics]) =>
            count + diagnostics.filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error).length, 0);
}
