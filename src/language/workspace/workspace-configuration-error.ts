import type { URI } from 'langium';

/** Where in a file, 1-based, as editors and compilers count. */
export interface TextPosition {
    readonly line: number;
    readonly column: number;
}

/**
 * A `svcdef.json` that cannot be used: which file, where in it (when the fault has a
 * place), what is wrong and what to write instead. The CLI stops on it (exit 2); the
 * language server warns and reads the workspace with the defaults.
 */
export class WorkspaceConfigurationError extends Error {
    override readonly name = 'WorkspaceConfigurationError';

    constructor(
        readonly uri: URI,
        readonly position: TextPosition | undefined,
        readonly problem: string,
        /** A whole sentence. */
        readonly remedy: string
    ) {
        super(`${locationText(uri.fsPath, position)}: ${problem}. ${remedy}`);
    }

    /** `file:line:column` (or the file alone), with the file shown as given. */
    location(shownFile: string): string {
        return locationText(shownFile, this.position);
    }
}

function locationText(file: string, position: TextPosition | undefined): string {
    return position ? `${file}:${position.line}:${position.column}` : file;
}
