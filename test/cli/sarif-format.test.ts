import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif, SARIF_SCHEMA_URI } from '../../src/cli/report/sarif-format.js';
import { DIAGNOSTIC_CODES } from '../../src/language/validation/diagnostic-codes.js';
import { sarifValidator } from './sarif-schema.js';
import { EMPTY_REPORT, SAMPLE_REPORT } from './sample-report.js';

const OPTIONS = {
    toolVersion: '1.2.3',
    informationUri: 'https://svcdef.example/docs',
    srcRootUri: 'file:///work/repo',
    helpUri: (code: string) => `https://svcdef.example/docs/language#${code}`
};
const validate = sarifValidator();

function parse(text: string): Sarif.Log {
    return JSON.parse(text) as Sarif.Log;
}

describe('sarif format', () => {
    it('is valid SARIF 2.1.0 by the official schema', () => {
        const output = formatSarif(SAMPLE_REPORT, OPTIONS);
        expect(validate(parse(output))).toEqual([]);
        expect(validate(parse(formatSarif(EMPTY_REPORT, { toolVersion: '0.0.1' })))).toEqual([]);
    });

    it('the validator rejects what code scanning would reject', () => {
        // Guards the schema test itself: a log without runs, and a result without a message.
        expect(validate({ version: '2.1.0' })).not.toEqual([]);
        const log = parse(formatSarif(SAMPLE_REPORT, OPTIONS));
        delete (log.runs[0].results![0] as Partial<Sarif.Result>).message;
        expect(validate(log)).not.toEqual([]);
    });

    it('describes the tool with one rule per public diagnostic code', () => {
        const log = parse(formatSarif(SAMPLE_REPORT, OPTIONS));
        expect(log.$schema).toBe(SARIF_SCHEMA_URI);
        expect(log.version).toBe('2.1.0');
        expect(log.runs).toHaveLength(1);
        const driver = log.runs[0].tool.driver;
        expect(driver.name).toBe('svcdef');
        expect(driver.version).toBe('1.2.3');
        expect(driver.informationUri).toBe('https://svcdef.example/docs');
        expect(driver.rules!.map(rule => rule.id)).toEqual(Object.keys(DIAGNOSTIC_CODES));
        expect(driver.rules!.find(rule => rule.id === 'expired-sla')).toEqual({
            id: 'expired-sla',
            shortDescription: { text: DIAGNOSTIC_CODES['expired-sla'].summary },
            fullDescription: { text: `${DIAGNOSTIC_CODES['expired-sla'].summary} ${DIAGNOSTIC_CODES['expired-sla'].remedy}` },
            helpUri: 'https://svcdef.example/docs/language#expired-sla',
            defaultConfiguration: { level: 'warning' }
        });
        expect(driver.rules!.find(rule => rule.id === 'unbound-producer')!.defaultConfiguration).toEqual({ level: 'note' });
    });

    it('locates results relative to %SRCROOT% with 1-based regions', () => {
        const run = parse(formatSarif(SAMPLE_REPORT, OPTIONS)).runs[0];
        expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
        expect(run.columnKind).toBe('utf16CodeUnits');
        const rules = run.tool.driver.rules!;
        expect(run.results).toHaveLength(4);
        const [info, hint, error, warning] = run.results!;
        expect(error).toEqual({
            ruleId: 'unresolved-reference',
            ruleIndex: rules.findIndex(rule => rule.id === 'unresolved-reference'),
            level: 'error',
            message: { text: "No party named 'Nobody': fix it, or declare it." },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: 'services/mail.svcdef', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 14 }
                }
            }]
        });
        expect([info.level, hint.level, warning.level]).toEqual(['note', 'note', 'warning']);
        // Characters that are not allowed in a URI reference are percent-encoded.
        expect(info.locations![0].physicalLocation!.artifactLocation!.uri).toBe('a%20b/x%2Cy%3Az.svcdef');
        expect(info.locations![0].physicalLocation!.region).toEqual({ startLine: 1, startColumn: 1, endLine: 3, endColumn: 2 });
        for (const result of run.results!) {
            expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
        }
    });

    it('adds a rule for a code outside the public table', () => {
        const run = parse(formatSarif({
            fileCount: 1,
            sources: new Map(),
            diagnostics: [{ file: 'a.svcdef', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'warning', code: 'brand-new-check', message: 'm' }]
        }, OPTIONS)).runs[0];
        const rules = run.tool.driver.rules!;
        expect(rules.at(-1)).toEqual({ id: 'brand-new-check', defaultConfiguration: { level: 'warning' } });
        expect(run.results![0].ruleIndex).toBe(rules.length - 1);
    });

    it('leaves out what it does not know', () => {
        const log = parse(formatSarif(EMPTY_REPORT, { toolVersion: '0.0.1' }));
        expect(log.runs[0].tool.driver.informationUri).toBeUndefined();
        expect(log.runs[0].originalUriBaseIds).toBeUndefined();
        expect(log.runs[0].results).toEqual([]);
    });
});
