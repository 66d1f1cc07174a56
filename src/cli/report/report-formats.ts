import { formatGithub } from './github-format.js';
import { formatJson } from './json-format.js';
import { formatPretty } from './pretty-format.js';
import type { Report } from './report-model.js';
import { formatSarif } from './sarif-format.js';

export const REPORT_FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];

/** What the formats need besides the report; each takes only its own part. */
export interface FormatSettings {
    readonly colors: boolean;
    readonly toolVersion: string;
    readonly informationUri?: string;
    readonly srcRootUri?: string;
    readonly helpUri?: (code: string) => string | undefined;
}

export function formatReport(format: ReportFormat, report: Report, settings: FormatSettings): string {
    switch (format) {
        case 'pretty': return formatPretty(report, { colors: settings.colors });
        case 'json': return formatJson(report);
        case 'sarif': return formatSarif(report, settings);
        case 'github': return formatGithub(report);
    }
}
