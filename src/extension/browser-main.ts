/**
 * The svcdef extension on the web (vscode.dev, github.dev): the language server in a web
 * worker (web-language-client.ts), which reads the workspace through this extension
 * (workspace-files-answers.ts), and every feature activateSvcdef wires to it, as on the
 * desktop. Comparing with a branch reads Git, which a browser cannot run: the command
 * says so instead.
 *
 * Activated when a `.svcdef` file is opened or the workspace contains one.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/browser';
import { activateSvcdef, type SvcdefExtensionApi } from './extension-features.js';
import { createWebLanguageClient } from './web-language-client.js';
import { answerWorkspaceFiles } from './workspace-files-answers.js';

export type { SvcdefExtensionApi } from './extension-features.js';

/** The desktop's Compare with Branch (COMPARE_WITH_BRANCH_COMMAND, in a module that runs Git). */
const COMPARE_WITH_BRANCH_COMMAND = 'svcdef.compareWithBranch';

export const COMPARE_ON_THE_WEB_MESSAGE =
    'svcdef: Compare Commitments with Branch reads the branch with Git, which VS Code for the Web cannot run. '
    + 'Open the repository in VS Code on the desktop, or run "svcdef diff --base <branch>" in a terminal.';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SvcdefExtensionApi {
    client = createWebLanguageClient(context);
    // Before the client starts: the server lists the workspace as soon as it is initialized.
    context.subscriptions.push(answerWorkspaceFiles(client));
    const { serverReady } = activateSvcdef(context, client);
    context.subscriptions.push(vscode.commands.registerCommand(COMPARE_WITH_BRANCH_COMMAND,
        () => vscode.window.showInformationMessage(COMPARE_ON_THE_WEB_MESSAGE)));
    return { serverReady };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
