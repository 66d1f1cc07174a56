import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { formatSarifDiff, WEAKER_COMMITMENT_RULE } from '../../src/cli/diff-report/sarif-diff-format.js';
import { ACKNOWLEDGED_CREDIT, FOLDERS, LONGER_HOURS, LOWERED_TARGET, RETIRED_SERVICE, sampleDiff } from './diff-sample.js';
import { sarifValidator } from './sarif-schema.js';

const sarif = (failOn: 'weaker' | 'any' | 'none' = 'weaker', diff = sampleDiff()): Sarif.Log => JSON.parse(formatSarifDiff(diff, {
    toolVersion: '1.2.3', informationUri: 'https://example.com/svcdef', srcRootUri: 'file:///repo', failOn, folders: FOLDERS
}));

describe('svcdef diff --format sarif', () => {
    it('is valid SARIF 2.1.0', () => {
        expect(sarifValidator()(sarif())).toEqual([]);
        expect(sarifValidator()(sarif('weaker', sampleDiff([])))).toEqual([]);
    });

    it('has one result per weaker change, on its line on the head side or the base file for a removal', () => {
        const results = sarif('weaker', sampleDiff([LOWERED_TARGET, RETIRED_SERVICE, LONGER_HOURS])).runs[0].results!;
        expect(results).toHaveLength(2);
        expect(results.map(result => [result.ruleId, result.level, result.locations![0].physicalLocation!.artifactLocation!.uri,
            result.locations![0].physicalLocation!.region!.startLine])).toEqual([
            [WEAKER_COMMITMENT_RULE, 'error', 'catalog/agreements/finance.svcdef', 12],
            [WEAKER_COMMITMENT_RULE, 'error', 'catalog/services/fax.svcdef', 1]
        ]);
        expect(results[0].message.text).toBe('Weaker: sla FinanceErp: target availability per month for service Erp: '
            + 'at least 99.9% per month → at least 99.5% per month.');
    });

    it('suppresses an acknowledged change in source, with its reason as the justification', () => {
        const [result] = sarif('weaker', sampleDiff([ACKNOWLEDGED_CREDIT])).runs[0].results!;
        expect(result.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'credits move to the master contract' }]);
    });

    it('makes weaker changes warnings under --fail-on none', () => {
        expect(sarif('none').runs[0].results!.every(result => result.level === 'warning')).toBe(true);
    });

    it('describes its one rule, and says how to acknowledge an intended weakening', () => {
        const [rule] = sarif().runs[0].tool.driver.rules!;
        expect(rule.id).toBe(WEAKER_COMMITMENT_RULE);
        expect(rule.fullDescription!.text).toContain('@weaker <reason>');
    });
});
