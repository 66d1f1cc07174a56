import type { Diagnostic } from 'vscode-languageserver-types';
import { compareDiagnostics, type Report, type ReportDiagnostic, type ReportSeverity } from './report/report-model.js';
import { reportPath } from './svcdef-file-finder.js';
import type { LoadedWorkspace } from './workspace-loader.js';

/** The findings of a loaded workspace, in the form every output format starts from. */
export function workspaceReport(workspace: LoadedWorkspace): Report {
    const diagnostics: ReportDiagnostic[] = [];
    const sources = new Map<string, string>();
    for (const file of workspace.files) {
        const shown = reportPath(workspace.cwd, file.path);
        sources.set(shown, file.text);
        for (const diagnostic of file.diagnostics) {
            diagnostics.push(reportDiagnostic(shown, diagnostic));
        }
    }
    diagnostics.sort(compareDiagnostics);
    return { diagnostics, fileCount: workspace.files.length, sources };
}

export function reportDiagnostic(file: string, diagnostic: Diagnostic): ReportDiagnostic {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: severityName(diagnostic.severity),
        code: codeOf(diagnostic),
        message: messageText(diagnostic.message)
    };
}

function severityName(severity: Diagnostic['severity']): ReportSeverity {
    switch (severity) {
        case 2: return 'warning';
        case 3: return 'info';
        case 4: return 'hint';
        // LSP reads a missing severity as the client's choice; a CI gate should not let it pass.
        default: return 'error';
    }
}

/** The public code; the checks set it on every diagnostic, `data.code` is the fallback. */
function codeOf(diagnostic: Diagnostic): string {
    if (diagnostic.code !== undefined) {
        return String(diagnostic.code);
    }
    const data: unknown = diagnostic.data;
    if (typeof data === 'object' && data !== null && 'code' in data) {
        return String((data as { code: unknown }).code);
    }
    return diagnostic.source ?? 'svcdef';
}

function messageText(message: Diagnostic['message'] | { value: string }): string {
    return typeof message === 'string' ? message : message.value;
}
