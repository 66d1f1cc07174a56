/**
 * "svcdef: Compare Commitments with Branch…": asks for a branch (the local ones, or any
 * ref typed in), compares the saved workspace with it as `svcdef diff` does, and shows the
 * Markdown report in VS Code's Markdown preview. The desktop language server does the
 * comparison (`svcdef/compareCommitments`), so the extension host loads no workspace. The report is a read-only virtual
 * document, so closing it never asks to save anything.
 */
import * as vscode from 'vscode';
import { messageOf } from './error-messages.js';
import { branchChoices, localBranches } from './git-branches.js';
import { SECTION } from './settings.js';
import type { SvcdefServer } from './svcdef-server.js';

export const COMPARE_WITH_BRANCH_COMMAND = 'svcdef.compareWithBranch';
const REPORT_SCHEME = 'svcdef-comparison';

/** Serves the reports by URI; one per ref, replaced when the same ref is compared again. */
export class ComparisonReports implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly reports = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private readonly registration = vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this);

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.reports.get(uri.toString()) ?? '';
    }

    put(folder: vscode.WorkspaceFolder, ref: string, markdown: string): vscode.Uri {
        const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${folder.name}/commitments since ${ref}.md` });
        this.reports.set(uri.toString(), markdown);
        this.changed.fire(uri);
        return uri;
    }

    dispose(): void {
        this.registration.dispose();
        this.changed.dispose();
    }
}

export async function compareWithBranch(server: SvcdefServer, reports: ComparisonReports, given?: unknown): Promise<void> {
    const folder = targetFolder();
    if (!folder) {
        void vscode.window.showErrorMessage('svcdef: open a folder that holds .svcdef files to compare its commitments with a branch.');
        return;
    }
    const ref = typeof given === 'string' && given.trim() !== '' ? given.trim() : await pickRef(folder.uri.fsPath);
    if (!ref) {
        return;
    }
    try {
        const unsaved = vscode.workspace.textDocuments.some(document => document.isDirty && document.uri.path.endsWith('.svcdef'));
        const markdown = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `svcdef: comparing the commitments with ${ref}` },
            () => server.compareCommitments({ folder: folder.uri.fsPath, ref, today: configuredToday(folder) }));
        const uri = reports.put(folder, ref, markdown);
        await vscode.workspace.openTextDocument(uri);
        await vscode.commands.executeCommand('markdown.showPreview', uri);
        if (unsaved) {
            void vscode.window.showWarningMessage('svcdef: the comparison reads the files as saved; unsaved changes to .svcdef files are not in it.');
        }
    } catch (error) {
        void vscode.window.showErrorMessage(`svcdef: could not compare the commitments with ${ref}: ${messageOf(error)}`);
    }
}

/** A quick pick of the local branches that also takes any ref (a tag, a commit, origin/main) typed in. */
async function pickRef(folder: string): Promise<string | undefined> {
    const { branches, current } = await localBranches(folder);
    const choices = branchChoices(branches, current);
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
    pick.title = 'Compare the commitments with';
    pick.placeholder = choices.length > 0 ? 'Choose a branch, or type a branch, tag or commit' : 'Type a branch, tag or commit';
    const branchItems = choices.map(branch => ({ label: branch, description: 'local branch' }));
    pick.items = branchItems;
    pick.onDidChangeValue(value => {
        const typed = value.trim();
        // What is typed is offered as it is too, so a ref that is not a local branch can be chosen.
        pick.items = typed === '' || choices.includes(typed) ? branchItems : [{ label: typed, description: 'ref' }, ...branchItems];
    });
    return new Promise(resolve => {
        pick.onDidAccept(() => {
            resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || undefined));
            pick.hide();
        });
        pick.onDidHide(() => {
            resolve(undefined);
            pick.dispose();
        });
        pick.show();
    });
}

function configuredToday(folder: vscode.WorkspaceFolder): string | undefined {
    const today = vscode.workspace.getConfiguration(SECTION, folder).get<string>('today', '').trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : undefined;
}

/** The workspace folder of the active editor, else the first one on disk. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folders = (vscode.workspace.workspaceFolders ?? []).filter(folder => folder.uri.scheme === 'file');
    const own = active && vscode.workspace.getWorkspaceFolder(active);
    return own?.uri.scheme === 'file' ? own : folders[0];
}
