import type { Report } from '../../src/cli/report/report-model.js';

/**
 * A fixed report for the formatter tests: a tab before a range, a multi-line range, every
 * severity, and a path and message full of characters that some formats must escape.
 */
export const SAMPLE_REPORT: Report = {
    fileCount: 3,
    sources: new Map([
        ['a b/x,y:z.svcdef', 'sla S {\n  target availability >= 101%\n}\n'],
        ['services/mail.svcdef', 'service Email "Corporate Email" {\n\towner Nobody\r\n  depends on Directory\n}\n']
    ]),
    diagnostics: [
        {
            file: 'a b/x,y:z.svcdef', line: 1, column: 1, endLine: 3, endColumn: 2,
            severity: 'info', code: 'unbound-producer', message: 'Nothing produces "Service Catalog".'
        },
        {
            file: 'a b/x,y:z.svcdef', line: 2, column: 26, endLine: 2, endColumn: 30,
            severity: 'hint', code: 'percent-out-of-range', message: '101% is above 100%.'
        },
        {
            file: 'services/mail.svcdef', line: 2, column: 8, endLine: 2, endColumn: 14,
            severity: 'error', code: 'unresolved-reference', message: "No party named 'Nobody': fix it, or declare it."
        },
        {
            file: 'services/mail.svcdef', line: 3, column: 14, endLine: 3, endColumn: 23,
            severity: 'warning', code: 'comparator-direction', message: '50% of a, b\r\nand more'
        }
    ]
};

export const EMPTY_REPORT: Report = { fileCount: 1, sources: new Map(), diagnostics: [] };
