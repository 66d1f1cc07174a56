import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/cli/report/json-format.js';
import { EMPTY_REPORT, SAMPLE_REPORT } from './sample-report.js';

describe('json format', () => {
    it('gives exactly the documented shape', () => {
        const output = formatJson(SAMPLE_REPORT);
        expect(output.endsWith('}\n')).toBe(true);
        expect(JSON.parse(output)).toEqual({
            diagnostics: [
                { file: 'a b/x,y:z.svcdef', line: 1, column: 1, endLine: 3, endColumn: 2, severity: 'info', code: 'unbound-producer', message: 'Nothing produces "Service Catalog".' },
                { file: 'a b/x,y:z.svcdef', line: 2, column: 26, endLine: 2, endColumn: 30, severity: 'hint', code: 'percent-out-of-range', message: '101% is above 100%.' },
                { file: 'services/mail.svcdef', line: 2, column: 8, endLine: 2, endColumn: 14, severity: 'error', code: 'unresolved-reference', message: "No party named 'Nobody': fix it, or declare it." },
                { file: 'services/mail.svcdef', line: 3, column: 14, endLine: 3, endColumn: 23, severity: 'warning', code: 'comparator-direction', message: '50% of a, b\r\nand more' }
            ],
            summary: { files: 3, errors: 1, warnings: 1, infos: 2 }
        });
    });

    it('keeps the key order of the contract', () => {
        const parsed = JSON.parse(formatJson(SAMPLE_REPORT)) as { diagnostics: object[]; summary: object };
        expect(Object.keys(parsed)).toEqual(['diagnostics', 'summary']);
        expect(Object.keys(parsed.diagnostics[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
        expect(Object.keys(parsed.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
    });

    it('reports an empty list for a clean workspace', () => {
        expect(JSON.parse(formatJson(EMPTY_REPORT))).toEqual({ diagnostics: [], summary: { files: 1, errors: 0, warnings: 0, infos: 0 } });
    });
});
