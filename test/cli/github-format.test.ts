import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/cli/report/github-format.js';
import { EMPTY_REPORT, SAMPLE_REPORT } from './sample-report.js';

describe('github format', () => {
    it('writes one workflow command per finding and a summary line', () => {
        expect(formatGithub(SAMPLE_REPORT)).toBe([
            // A range over several lines carries no columns: GitHub rejects them there.
            '::notice file=a b/x%2Cy%3Az.svcdef,line=1,endLine=3,title=unbound-producer::Nothing produces "Service Catalog".',
            '::notice file=a b/x%2Cy%3Az.svcdef,line=2,col=26,endLine=2,endColumn=29,title=percent-out-of-range::101%25 is above 100%25.',
            "::error file=services/mail.svcdef,line=2,col=8,endLine=2,endColumn=13,title=unresolved-reference::No party named 'Nobody': fix it, or declare it.",
            '::warning file=services/mail.svcdef,line=3,col=14,endLine=3,endColumn=22,title=comparator-direction::50%25 of a, b%0D%0Aand more',
            '1 error, 1 warning, 2 infos in 3 files',
            ''
        ].join('\n'));
    });

    it('escapes as @actions/core does', () => {
        expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
        expect(escapeProperty('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext%3A a%2Cb');
        // `%` first, so that the escapes themselves are not escaped again.
        expect(escapeProperty('%3A')).toBe('%253A');
    });

    it('shows control characters and bidi overrides as escapes, and still escapes what GitHub reads', () => {
        const output = formatGithub({
            fileCount: 1,
            sources: new Map(),
            diagnostics: [{
                file: 'a\u001b[2J.svcdef', line: 1, column: 5, endLine: 1, endColumn: 9, severity: 'error', code: 'not-an-output',
                message: "'SLAs\u001b[2J\u202e' is not an output: 100%\n::error::spoofed"
            }]
        });
        expect(output.split('\n')[0]).toBe(
            "::error file=a\\x1b[2J.svcdef,line=1,col=5,endLine=1,endColumn=8,title=not-an-output::'SLAs\\x1b[2J\\u202e' is not an output: 100%25%0A::error::spoofed"
        );
        expect(output).not.toMatch(/[\u001b\u202e]/);
    });

    it('keeps an empty range on its column', () => {
        const output = formatGithub({
            fileCount: 1,
            sources: new Map(),
            diagnostics: [{ file: 'a.svcdef', line: 4, column: 7, endLine: 4, endColumn: 7, severity: 'error', code: 'syntax-error', message: 'x' }]
        });
        expect(output.split('\n')[0]).toBe('::error file=a.svcdef,line=4,col=7,endLine=4,endColumn=7,title=syntax-error::x');
    });

    it('prints only the summary for a clean workspace', () => {
        expect(formatGithub(EMPTY_REPORT)).toBe('0 errors, 0 warnings in 1 file\n');
    });
});
