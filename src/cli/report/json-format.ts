import type { Report } from './report-model.js';
import { countSeverities } from './report-model.js';

/**
 * For scripts: `{"diagnostics":[...],"summary":{...}}`. The keys and their order are part
 * of the CLI's contract, so each object is built field by field rather than spread.
 */
export function formatJson(report: Report): string {
    const counts = countSeverities(report.diagnostics);
    const output = {
        diagnostics: report.diagnostics.map(diagnostic => ({
            file: diagnostic.file,
            line: diagnostic.line,
            column: diagnostic.column,
            endLine: diagnostic.endLine,
            endColumn: diagnostic.endColumn,
            severity: diagnostic.severity,
            code: diagnostic.code,
            message: diagnostic.message
        })),
        summary: {
            files: report.fileCount,
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos
        }
    };
    return `${JSON.stringify(output, null, 2)}\n`;
}
