import { stylesFor, type Styles } from './ansi-style.js';
import type { Report, ReportDiagnostic, ReportSeverity } from './report-model.js';
import { countSeverities } from './report-model.js';
import { sourceExcerpt } from './source-excerpt.js';
import { summaryLine } from './summary-line.js';
import { visibleControls } from '../visible-controls.js';

export interface PrettyOptions {
    /** ANSI colors; the caller decides from the terminal and NO_COLOR. */
    readonly colors: boolean;
}

/**
 * For people at a terminal: one heading line per finding in the `file:line:col` form that
 * terminals and editors turn into links, the offending source line (a window of it, when it
 * is long) with a caret under the range, and a closing summary.
 */
export function formatPretty(report: Report, options: PrettyOptions): string {
    const styles = stylesFor(options.colors);
    const linesByFile = new Map<string, string[]>();
    const blocks: string[] = [];
    for (const diagnostic of report.diagnostics) {
        let lines = linesByFile.get(diagnostic.file);
        if (!lines) {
            lines = splitLines(report.sources.get(diagnostic.file));
            linesByFile.set(diagnostic.file, lines);
        }
        blocks.push(formatOne(diagnostic, lines, styles));
    }
    const counts = countSeverities(report.diagnostics);
    const color = counts.errors > 0 ? styles.red : counts.warnings > 0 ? styles.yellow : styles.green;
    blocks.push(styles.bold(color(summaryLine(report))));
    return `${blocks.join('\n\n')}\n`;
}

function formatOne(diagnostic: ReportDiagnostic, lines: readonly string[], styles: Styles): string {
    const paint = severityStyle(diagnostic.severity, styles);
    const heading = [
        styles.bold(`${visibleControls(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`),
        paint(diagnostic.severity),
        styles.dim(diagnostic.code),
        // A message never spans lines in a report: that would break `file:line:col` scanning.
        visibleControls(diagnostic.message.replace(/\s*\r?\n\s*/g, ' '))
    ].join(' ');
    const source = lines[diagnostic.line - 1];
    if (source === undefined) {
        return heading;
    }
    const gutter = String(diagnostic.line);
    const pad = ' '.repeat(gutter.length);
    const start = Math.min(diagnostic.column - 1, source.length);
    const end = diagnostic.endLine === diagnostic.line ? Math.min(diagnostic.endColumn - 1, source.length) : source.length;
    const excerpt = sourceExcerpt(source, start, Math.max(start, end));
    // Tabs stay tabs under the source text so the caret lines up whatever the tab width;
    // a control character takes the width of its escape.
    const indent = visibleControls(excerpt.text.slice(0, excerpt.start)).replace(/[^\t]/g, ' ');
    const caret = '^'.repeat(Math.max(1, visibleControls(excerpt.text.slice(excerpt.start, excerpt.end)).length));
    return [
        heading,
        `  ${styles.dim(`${gutter} |`)} ${visibleControls(excerpt.text)}`,
        `  ${styles.dim(`${pad} |`)} ${indent}${paint(caret)}`
    ].join('\n');
}

function severityStyle(severity: ReportSeverity, styles: Styles): (text: string) => string {
    switch (severity) {
        case 'error': return text => styles.bold(styles.red(text));
        case 'warning': return text => styles.bold(styles.yellow(text));
        default: return styles.cyan;
    }
}

function splitLines(text: string | undefined): string[] {
    return text === undefined ? [] : text.split(/\r?\n|\r/);
}
