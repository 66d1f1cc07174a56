/**
 * Writes what the server generates (`svcdef/generate`, batch by batch) under an output
 * folder through `vscode.workspace.fs`, so that it works for folders on disk and for the
 * virtual folders of the web alike. The folder must be svcdef's to write into
 * (output-folder-rules.ts); it gets svcdef's marker before the first file, and no file is
 * written outside it (output-location.ts). Nothing is deleted.
 */
import * as vscode from 'vscode';
import {
    isGenerationRefused, type GenerateParams, type GeneratedFileData, type GenerationRefused
} from '../protocol/svcdef-requests.js';
import { outputFilePath, OutputLocationError } from './output-location.js';
import { MARKER_TEXT, OUTPUT_MARKER, refusalToWrite, type FolderEntry } from './output-folder-rules.js';
import type { SvcdefServer } from './svcdef-server.js';

export interface OutputPlace {
    /** The folder to write into. */
    readonly folder: vscode.Uri;
    /** How the user knows it (relative to the workspace folder when inside it). */
    readonly shown: string;
    readonly workspaceFolder: vscode.Uri;
}

export interface WrittenGeneration {
    readonly files: number;
    /** The first file written, to reveal. */
    readonly first?: vscode.Uri;
}

/** Files are written a few at a time: fast on disk, and gentle with a remote file system. */
const PARALLEL_WRITES = 16;
/** A change of the workspace during a long generation ends it on the server; it starts again this often. */
const ATTEMPTS = 3;

export async function writeGeneration(server: SvcdefServer, params: GenerateParams, place: OutputPlace): Promise<WrittenGeneration | GenerationRefused> {
    const refusal = refusalToWrite(place.folder.path, place.shown, place.workspaceFolder.path, await entriesOf(place.folder));
    if (refusal) {
        throw new OutputLocationError(refusal);
    }
    for (let attempt = 1; ; attempt++) {
        try {
            return await writeOnce(server, params, place);
        } catch (error) {
            if (attempt >= ATTEMPTS || !isChangedDuringGeneration(error)) throw error;
        }
    }
}

async function writeOnce(server: SvcdefServer, params: GenerateParams, place: OutputPlace): Promise<WrittenGeneration | GenerationRefused> {
    let result = await server.generate(params);
    if (isGenerationRefused(result)) {
        return result;
    }
    const encoder = new TextEncoder();
    await vscode.workspace.fs.createDirectory(place.folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(place.folder, OUTPUT_MARKER), encoder.encode(MARKER_TEXT));
    let files = 0;
    let first: vscode.Uri | undefined;
    for (;;) {
        // Every path of the batch is checked before the first of its files is written.
        const targets = result.files.map(file => ({ file, uri: place.folder.with({ path: outputFilePath(place.folder.path, file.path) }) }));
        first ??= targets[0]?.uri;
        await writeAll(targets, encoder);
        files += targets.length;
        if (result.next === undefined) {
            return { files, first };
        }
        result = await server.generate({ ...params, continuation: result.next });
        if (isGenerationRefused(result)) {
            return result;
        }
    }
}

async function writeAll(targets: readonly { file: GeneratedFileData; uri: vscode.Uri }[], encoder: TextEncoder): Promise<void> {
    for (let start = 0; start < targets.length; start += PARALLEL_WRITES) {
        await Promise.all(targets.slice(start, start + PARALLEL_WRITES)
            .map(({ file, uri }) => vscode.workspace.fs.writeFile(uri, encoder.encode(file.content))));
    }
}

/** What the folder holds, or undefined when it does not exist; a file in its place is refused. */
async function entriesOf(folder: vscode.Uri): Promise<FolderEntry[] | undefined> {
    let stat: vscode.FileStat;
    try {
        stat = await vscode.workspace.fs.stat(folder);
    } catch {
        return undefined;
    }
    if ((stat.type & vscode.FileType.Directory) === 0) {
        throw new OutputLocationError(`${folder.path} is a file, not a folder. Remove it, or set svcdef.catalog.outputFolder to a folder.`);
    }
    return (await vscode.workspace.fs.readDirectory(folder))
        .map(([name, type]) => ({ name, isFolder: (type & vscode.FileType.Directory) !== 0 }));
}

function isChangedDuringGeneration(error: unknown): boolean {
    return error instanceof Error && /workspace changed while the files were being generated/.test(error.message);
}
