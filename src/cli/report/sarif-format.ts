import type * as Sarif from 'sarif';
import { DIAGNOSTIC_CODES, isDiagnosticCode } from '../../language/validation/diagnostic-codes.js';
import type { Report, ReportDiagnostic, ReportSeverity } from './report-model.js';

export interface SarifOptions {
    readonly toolVersion: string;
    /** Where the tool is documented; omitted from the log when unknown. */
    readonly informationUri?: string;
    /**
     * Absolute `file:` URI of the directory the relative paths start from. GitHub code
     * scanning resolves `%SRCROOT%` to the checkout itself; other viewers use this.
     */
    readonly srcRootUri?: string;
    /** Where a rule's code is explained; rules carry no `helpUri` without it. */
    readonly helpUri?: (code: string) => string | undefined;
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run, a rule for every public
 * diagnostic code (so rule indexes stay stable from run to run), and results located by
 * workspace-relative URIs under `%SRCROOT%`.
 */
export function formatSarif(report: Report, options: SarifOptions): string {
    const helpUri = (code: string) => {
        const uri = options.helpUri?.(code);
        return uri ? { helpUri: uri } : {};
    };
    const rules: Sarif.ReportingDescriptor[] = Object.entries(DIAGNOSTIC_CODES).map(([id, entry]) => ({
        id,
        shortDescription: { text: entry.summary },
        fullDescription: { text: `${entry.summary} ${entry.remedy}` },
        ...helpUri(id),
        defaultConfiguration: { level: sarifLevel(entry.severity) }
    }));
    // A code outside the public table (a check newer than the table) still gets a rule,
    // so that every result can point at one.
    for (const diagnostic of report.diagnostics) {
        if (!isDiagnosticCode(diagnostic.code) && !rules.some(rule => rule.id === diagnostic.code)) {
            rules.push({ id: diagnostic.code, defaultConfiguration: { level: sarifLevel(diagnostic.severity) } });
        }
    }
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const driver: Sarif.ToolComponent = {
        name: 'svcdef',
        version: options.toolVersion,
        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
        rules
    };
    const run: Sarif.Run = {
        tool: { driver },
        ...(options.srcRootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: withTrailingSlash(options.srcRootUri) } } } : {}),
        // LSP positions, and so ours, count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results: report.diagnostics.map(diagnostic => result(diagnostic, ruleIndex.get(diagnostic.code) ?? -1))
    };
    const log: Sarif.Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
    return `${JSON.stringify(log, null, 2)}\n`;
}

function result(diagnostic: ReportDiagnostic, ruleIndex: number): Sarif.Result {
    return {
        ruleId: diagnostic.code,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: sarifLevel(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: encodeRelativeUri(diagnostic.file), uriBaseId: SRCROOT },
                region: {
                    startLine: diagnostic.line,
                    startColumn: diagnostic.column,
                    endLine: diagnostic.endLine,
                    endColumn: diagnostic.endColumn
                }
            }
        }]
    };
}

function sarifLevel(severity: ReportSeverity): Sarif.Result.level {
    switch (severity) {
        case 'error': return 'error';
        case 'warning': return 'warning';
        default: return 'note';
    }
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodeRelativeUri(path: string): string {
    return path.split('/').map(segment => encodeURIComponent(segment)).join('/');
}

function withTrailingSlash(uri: string): string {
    return uri.endsWith('/') ? uri : `${uri}/`;
}
