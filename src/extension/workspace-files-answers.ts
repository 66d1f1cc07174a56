/**
 * The extension's side of the workspace-files bridge (src/protocol/workspace-files-requests.ts):
 * a language server without a file system (the web worker) has the workspace's files
 * listed with `vscode.workspace.findFiles` and read with `vscode.workspace.fs`, whatever
 * the workspace lives on (a GitHub repository in github.dev, the browser's storage in vscode.dev).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    ListWorkspaceFilesRequest, ReadWorkspaceFilesRequest, WORKSPACE_FILE_GLOB, type WorkspaceFileContent
} from '../protocol/workspace-files-requests.js';

export function answerWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
    const decoder = new TextDecoder('utf-8');
    return vscode.Disposable.from(
        client.onRequest(ListWorkspaceFilesRequest, async ({ folders }, token) => {
            const found = await Promise.all(folders.map(folder =>
                // No excludes: which files belong to the workspace is the server's decision
                // (svcdef.json's include and exclude), as on the desktop where it reads the disk.
                vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), WORKSPACE_FILE_GLOB), null, undefined, token)));
            return { files: found.flat().map(uri => uri.toString()) };
        }),
        client.onRequest(ReadWorkspaceFilesRequest, async ({ uris }) => ({
            files: await Promise.all(uris.map(async (uri): Promise<WorkspaceFileContent> => {
                try {
                    return { uri, text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))) };
                } catch (error) {
                    return { uri, error: error instanceof Error ? error.message : String(error) };
                }
            }))
        }))
    );
}
