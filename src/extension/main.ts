/**
 * The svcdef extension for VS Code on the desktop: the language server in a Node process
 * of its own (language-client.ts), every feature activateSvcdef wires to it, and the
 * comparison of the commitments with a Git branch, which reads Git and so is the
 * desktop's alone.
 *
 * Activated when a `.svcdef` file is opened or the workspace contains one.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMPARE_WITH_BRANCH_COMMAND, ComparisonReports, compareWithBranch } from './compare-branch-command.js';
import { activateSvcdef, type SvcdefExtensionApi } from './extension-features.js';
import { createLanguageClient } from './language-client.js';

export type { SvcdefExtensionApi } from './extension-features.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SvcdefExtensionApi {
    client = createLanguageClient(context);
    const { serverReady, server } = activateSvcdef(context, client);
    const comparisons = new ComparisonReports();
    const command = (id: string, run: (...args: never[]) => unknown) =>
        context.subscriptions.push(vscode.commands.registerCommand(id, run));
    context.subscriptions.push(comparisons);
    command(COMPARE_WITH_BRANCH_COMMAND, (ref?: unknown) => compareWithBranch(server, comparisons, ref));
    return { serverReady };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
