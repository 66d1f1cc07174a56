/**
 * What every output format is made from: the findings of one validation run, located in
 * workspace-relative files. Formatters take this and return text; they never read files,
 * the clock or the terminal.
 */

export type ReportSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface ReportDiagnostic {
    /** Path relative to the working directory, with forward slashes. */
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** 1-based, in UTF-16 code units as editors count them. */
    readonly column: number;
    /** 1-based line of the end of the range. */
    readonly endLine: number;
    /** 1-based column just after the last character of the range (equal to `column` for an empty range). */
    readonly endColumn: number;
    readonly severity: ReportSeverity;
    /** The public diagnostic code, e.g. `unresolved-reference`. */
    readonly code: string;
    readonly message: string;
}

export interface Report {
    /** Sorted by file, then position, then code. */
    readonly diagnostics: readonly ReportDiagnostic[];
    /** How many files were checked, with or without findings. */
    readonly fileCount: number;
    /** File text by report path, for formats that quote the offending line. */
    readonly sources: ReadonlyMap<string, string>;
}

export interface SeverityCounts {
    readonly errors: number;
    readonly warnings: number;
    /** Infos and hints together: both are advice that never fails a run. */
    readonly infos: number;
}

/** Orders findings the way a reader walks the workspace: file, line, column, code. */
export function compareDiagnostics(a: ReportDiagnostic, b: ReportDiagnostic): number {
    return compareText(a.file, b.file)
        || a.line - b.line
        || a.column - b.column
        || a.endLine - b.endLine
        || a.endColumn - b.endColumn
        || compareText(a.code, b.code)
        || compareText(a.message, b.message);
}

/** Code-unit order, so that the result does not depend on the machine's locale. */
function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

export function countSeverities(diagnostics: readonly ReportDiagnostic[]): SeverityCounts {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const diagnostic of diagnostics) {
        if (diagnostic.severity === 'error') {
            errors++;
        } else if (diagnostic.severity === 'warning') {
            warnings++;
        } else {
            infos++;
        }
    }
    return { errors, warnings, infos };
}
