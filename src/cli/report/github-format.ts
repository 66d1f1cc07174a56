import type { Report, ReportDiagnostic, ReportSeverity } from './report-model.js';
import { summaryLine } from './summary-line.js';
import { visibleControls } from '../visible-controls.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request
 * diff, e.g. `::error file=a.svcdef,line=3,col=5,endLine=3,endColumn=9,title=duplicate-name::...`.
 * The closing summary is a plain log line.
 */
export function formatGithub(report: Report): string {
    const lines = report.diagnostics.map(annotation);
    lines.push(summaryLine(report));
    return `${lines.join('\n')}\n`;
}

function annotation(diagnostic: ReportDiagnostic): string {
    const properties: Array<[string, string | number]> = [
        ['file', diagnostic.file],
        ['line', diagnostic.line]
    ];
    // GitHub takes columns only for a range on one line, and counts the end column inclusively.
    if (diagnostic.endLine === diagnostic.line) {
        properties.push(['col', diagnostic.column], ['endLine', diagnostic.endLine],
            ['endColumn', Math.max(diagnostic.column, diagnostic.endColumn - 1)]);
    } else {
        properties.push(['endLine', diagnostic.endLine]);
    }
    properties.push(['title', diagnostic.code]);
    const written = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    return `::${command(diagnostic.severity)} ${written}::${escapeData(diagnostic.message)}`;
}

function command(severity: ReportSeverity): string {
    switch (severity) {
        case 'error': return 'error';
        case 'warning': return 'warning';
        default: return 'notice';
    }
}

/**
 * The escaping of @actions/core for a command's message; then the control characters left
 * are shown as escapes, since the Actions log is a terminal too (it renders ANSI colors).
 */
export function escapeData(text: string): string {
    return visibleControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** The escaping of @actions/core for a command's property values, which `:` and `,` delimit. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
