import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../src/cli/report/pretty-format.js';
import { EMPTY_REPORT, SAMPLE_REPORT } from './sample-report.js';

describe('pretty format', () => {
    it('prints each finding with its source line, a caret under the range, and a summary', () => {
        expect(formatPretty(SAMPLE_REPORT, { colors: false })).toBe([
            'a b/x,y:z.svcdef:1:1 info unbound-producer Nothing produces "Service Catalog".',
            '  1 | sla S {',
            '    | ^^^^^^^',
            '',
            'a b/x,y:z.svcdef:2:26 hint percent-out-of-range 101% is above 100%.',
            '  2 |   target availability >= 101%',
            '    |                          ^^^^',
            '',
            "services/mail.svcdef:2:8 error unresolved-reference No party named 'Nobody': fix it, or declare it.",
            '  2 | \towner Nobody',
            '    | \t      ^^^^^^',
            '',
            'services/mail.svcdef:3:14 warning comparator-direction 50% of a, b and more',
            '  3 |   depends on Directory',
            '    |              ^^^^^^^^^',
            '',
            '1 error, 1 warning, 2 infos in 3 files',
            ''
        ].join('\n'));
    });

    it('says so when there is nothing to report', () => {
        expect(formatPretty(EMPTY_REPORT, { colors: false })).toBe('0 errors, 0 warnings in 1 file\n');
    });

    it('widens the gutter for long line numbers and marks an empty range with one caret', () => {
        const text = `${'\n'.repeat(99)}service X {`;
        const output = formatPretty({
            fileCount: 1,
            sources: new Map([['big.svcdef', text]]),
            diagnostics: [{ file: 'big.svcdef', line: 100, column: 12, endLine: 100, endColumn: 12, severity: 'error', code: 'syntax-error', message: "Expecting '}'." }]
        }, { colors: false });
        expect(output.split('\n').slice(1, 3)).toEqual([
            '  100 | service X {',
            '      |            ^'
        ]);
    });

    it('prints the heading alone when the line is not in the source', () => {
        const output = formatPretty({
            fileCount: 1,
            sources: new Map([['a.svcdef', 'one line']]),
            diagnostics: [{ file: 'a.svcdef', line: 5, column: 1, endLine: 5, endColumn: 1, severity: 'error', code: 'syntax-error', message: 'Unexpected end.' }]
        }, { colors: false });
        expect(output).toBe('a.svcdef:5:1 error syntax-error Unexpected end.\n\n1 error, 0 warnings in 1 file\n');
    });

    it('shows control characters and bidi overrides from a file as escapes, and keeps the caret under the range', () => {
        const source = 'service Fax "\u001b[2J\u202eevil" { owner Nobody }';
        const output = formatPretty({
            fileCount: 1,
            sources: new Map([['a\u001b[31m.svcdef', source]]),
            diagnostics: [{
                file: 'a\u001b[31m.svcdef', line: 1, column: 33, endLine: 1, endColumn: 39, severity: 'error', code: 'unresolved-reference',
                message: "No party named 'Nobody\u001b[2J\u202e\u009b\u007f'."
            }]
        }, { colors: false });
        expect(output.split('\n').slice(0, 3)).toEqual([
            "a\\x1b[31m.svcdef:1:33 error unresolved-reference No party named 'Nobody\\x1b[2J\\u202e\\x9b\\x7f'.",
            '  1 | service Fax "\\x1b[2J\\u202eevil" { owner Nobody }',
            '    |                                         ^^^^^^'
        ]);
        expect(output).not.toMatch(/[\u001b\u202e\u009b\u007f]/);
    });

    it('colors severities, carets and the summary only when asked', () => {
        const colored = formatPretty(SAMPLE_REPORT, { colors: true });
        expect(colored).toContain('\u001b[1m\u001b[31merror\u001b[39m\u001b[22m');
        expect(colored).toContain('\u001b[1m\u001b[33mwarning\u001b[39m\u001b[22m');
        expect(colored).toContain('\u001b[1m\u001b[31m^^^^^^\u001b[39m\u001b[22m');
        expect(colored).toContain('\u001b[1m\u001b[31m1 error, 1 warning, 2 infos in 3 files\u001b[39m\u001b[22m');
        // Without the escapes the colored text is the plain text.
        expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(formatPretty(SAMPLE_REPORT, { colors: false }));
        expect(formatPretty(SAMPLE_REPORT, { colors: false })).not.toContain('\u001b');
    });
});
