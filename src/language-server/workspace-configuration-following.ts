import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { SvcdefWorkspaceManager } from '../language/workspace/svcdef-workspace-manager.js';
import { WORKSPACE_CONFIGURATION_FILE } from '../language/workspace/workspace-configuration.js';
import type { WorkspaceConfigurationError } from '../language/workspace/workspace-configuration-error.js';

/**
 * Keeps the server in step with the workspace's `svcdef.json` files: reads them again
 * when the client reports one changed, created or deleted, and tells the user what is
 * wrong in one, as a diagnostic on the file and once as a warning, since a mistake there
 * changes which files are checked rather than showing up in any of them.
 */
export function followWorkspaceConfiguration(connection: Connection, shared: LangiumSharedServices): void {
    const manager = shared.workspace.WorkspaceManager;
    if (!(manager instanceof SvcdefWorkspaceManager)) {
        return;
    }
    let published = new Set<string>();
    let shown = new Set<string>();

    manager.onDidReadConfiguration(problems => {
        const byFile = new Map<string, Diagnostic[]>();
        for (const problem of problems) {
            const uri = problem.uri.toString();
            byFile.set(uri, [...(byFile.get(uri) ?? []), diagnosticOf(problem)]);
        }
        for (const uri of published) {
            if (!byFile.has(uri)) {
                void connection.sendDiagnostics({ uri, diagnostics: [] });
            }
        }
        for (const [uri, diagnostics] of byFile) {
            void connection.sendDiagnostics({ uri, diagnostics });
        }
        published = new Set(byFile.keys());
        // Only what is new pops up: an unrelated change must not repeat a warning already seen.
        for (const problem of problems.filter(problem => !shown.has(problem.message))) {
            void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem.message });
        }
        shown = new Set(problems.map(problem => problem.message));
    });

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (params.changes.some(change => UriUtils.basename(URI.parse(change.uri)) === WORKSPACE_CONFIGURATION_FILE)) {
            manager.reloadConfiguration()
                .catch(error => connection.console.error(`Could not apply the changed ${WORKSPACE_CONFIGURATION_FILE}: ${String(error)}`));
        }
    });
}

function diagnosticOf(problem: WorkspaceConfigurationError): Diagnostic {
    const line = (problem.position?.line ?? 1) - 1;
    const character = (problem.position?.column ?? 1) - 1;
    return {
        range: { start: { line, character }, end: { line, character: character + 1 } },
        severity: DiagnosticSeverity.Error,
        source: 'svcdef',
        message: `${problem.problem}. ${problem.remedy}`
    };
}
