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

    it('shows a window of a long line around the range, marked with …, the caret still under the range', () => {
        const source = `${'a'.repeat(300_000)} BAD ${'b'.repeat(300_000)}`;
        const column = 300_002;
        const output = formatPretty({
            fileCount: 1,
            sources: new Map([['min.svcdef', source]]),
            diagnostics: [{ file: 'min.svcdef', line: 1, column, endLine: 1, endColumn: column + 3, severity: 'error', code: 'syntax-error', message: "Unexpected 'BAD'." }]
        }, { colors: false });
        const [, excerpt, caret] = output.split('\n');
        expect(excerpt).toBe(`  1 | …${'a'.repeat(39)} BAD ${'b'.repeat(76)}…`);
        expect(caret.indexOf('^')).toBe(excerpt.indexOf('BAD'));
        expect(caret.trimStart()).toBe('| ' + ' '.repeat(41) + '^^^');
    });

    it('keeps the output in proportion to the findings, not to the length of the line', () => {
        const source = 'x '.repeat(15_000);
        const diagnostics = Array.from({ length: 1000 }, (_, i) => ({
            file: 'one-line.svcdef', line: 1, column: 1 + i * 30, endLine: 1, endColumn: 2 + i * 30,
            severity: 'error' as const, code: 'syntax-error', message: "Unexpected 'x'."
        }));
        const output = formatPretty({ fileCount: 1, sources: new Map([['one-line.svcdef', source]]), diagnostics }, { colors: false });
        expect(output.length).toBeLessThan(1000 * 250);
        // The start and the end of the line are shown without a mark where nothing is left out.
        expect(output.split('\n')[1]).toBe(`  1 | ${source.slice(0, 120)}…`);
        const last = output.split('\n\n').at(-2)!.split('\n');
        expect(last[1]).toBe(`  1 | …${source.slice(-120)}`);
        // The last finding is at offset 999 * 30 of the line; the window shows its last 120 characters.
        expect(last[2].indexOf('^')).toBe('  1 | …'.length + 999 * 30 - (source.length - 120));
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
