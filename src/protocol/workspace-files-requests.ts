/**
 * The workspace's files, read for the language server by its client: a server in a web
 * worker (vscode.dev, github.dev) has no file system, and a workspace there may live
 * behind a remote API, so the extension lists and reads the files with `vscode.workspace`
 * and hands them over.
 *
 * A client offers this by setting {@link WORKSPACE_FILES_OPTION} in the `initialize`
 * request's `initializationOptions`; a server never asks a client that did not, and then
 * knows only the documents the editor opens.
 *
 * Both requests go from the server to the client. Reading takes many files at once, so that
 * the initial build of a workspace of ten thousand files costs a handful of round trips.
 */
import { RequestType } from 'vscode-jsonrpc';

/** The `initializationOptions` key with which a client offers to list and read the workspace's files. */
export const WORKSPACE_FILES_OPTION = 'svcdefWorkspaceFiles';

/** The files whose names the server cares about: sources, workspace configurations, holiday calendars. */
export const WORKSPACE_FILE_GLOB = '**/{*.svcdef,svcdef.json,*.ics}';

export interface ListWorkspaceFilesParams {
    /** The folders to list (URIs as strings), each searched through all its subfolders. */
    readonly folders: readonly string[];
}

export interface ListWorkspaceFilesResult {
    /**
     * URIs of the `.svcdef`, `svcdef.json` and `.ics` files under the folders. Which of them
     * belong to the workspace (svcdef.json's `include`/`exclude`) the server decides.
     */
    readonly files: readonly string[];
}

/** Lists the svcdef-related files under some folders. */
export const ListWorkspaceFilesRequest = new RequestType<ListWorkspaceFilesParams, ListWorkspaceFilesResult, void>('svcdef/listWorkspaceFiles');

export interface ReadWorkspaceFilesParams {
    /** URIs (as strings) of the files to read. */
    readonly uris: readonly string[];
}

/** One file read: its text, or why it could not be read. */
export type WorkspaceFileContent =
    | { readonly uri: string; readonly text: string }
    | { readonly uri: string; readonly error: string };

export interface ReadWorkspaceFilesResult {
    /** One entry per requested URI, in the order asked. */
    readonly files: readonly WorkspaceFileContent[];
}

/** Reads many files at once, as UTF-8 text. */
export const ReadWorkspaceFilesRequest = new RequestType<ReadWorkspaceFilesParams, ReadWorkspaceFilesResult, void>('svcdef/readWorkspaceFiles');

/** Whether the `initializationOptions` of an `initialize` request offer the workspace's files. */
export function offersWorkspaceFiles(initializationOptions: unknown): boolean {
    return typeof initializationOptions === 'object' && initializationOptions !== null
        && (initializationOptions as Record<string, unknown>)[WORKSPACE_FILES_OPTION] === true;
}
