import { describe, expect, it } from 'vitest';
import { formatGithubDiff } from '../../src/cli/diff-report/github-diff-format.js';
import { ACKNOWLEDGED_CREDIT, DERIVED_COMPOSITE, FOLDERS, LONGER_HOURS, LOWERED_TARGET, RETIRED_SERVICE, sampleDiff } from './diff-sample.js';

const github = (diff = sampleDiff(), failOn: 'weaker' | 'any' | 'none' = 'weaker') => formatGithubDiff(diff, { failOn, folders: FOLDERS }).split('\n');

describe('svcdef diff --format github', () => {
    it('annotates each weaker change on its line, an error when it fails the run', () => {
        expect(github(sampleDiff([LOWERED_TARGET, RETIRED_SERVICE, LONGER_HOURS]))).toEqual([
            '::error file=catalog/agreements/finance.svcdef,line=12,title=weaker commitment::Weaker: sla FinanceErp: '
            + 'target availability per month for service Erp: at least 99.9%25 per month → at least 99.5%25 per month.',
            '::error file=catalog/services/fax.svcdef,line=1,title=weaker commitment::Weaker: service acme.it.Fax: service: live (removed).',
            'svcdef diff origin/main → working tree: 2 weaker, 1 stronger, 0 neutral',
            ''
        ]);
    });

    it('makes an acknowledged change a notice with its reason, and names the cause of a derived one', () => {
        const [acknowledged, derived] = github(sampleDiff([ACKNOWLEDGED_CREDIT, DERIVED_COMPOSITE]));
        expect(acknowledged).toBe('::notice file=catalog/agreements/finance.svcdef,line=20,title=weaker commitment%2C acknowledged::'
            + 'Weaker: sla FinanceErp: credit when availability < 99.9%25: 10%25 of the monthly fee (removed). Acknowledged: credits move to the master contract');
        expect(derived).toMatch(/^::error .*\(because of ola Network\)\.$/);
    });

    it('warns instead under --fail-on none, and annotates every failing change under --fail-on any', () => {
        expect(github(sampleDiff([LOWERED_TARGET]), 'none')[0]).toMatch(/^::warning file=/);
        expect(github(sampleDiff([LONGER_HOURS]), 'weaker')).toHaveLength(2);
        expect(github(sampleDiff([LONGER_HOURS]), 'any')[0]).toMatch(/^::error file=catalog\/services\/mail\.svcdef,line=3,title=stronger commitment::Stronger: /);
    });

    it('keeps a line break in user text from starting a workflow command', () => {
        const hostile = { ...LOWERED_TARGET, after: 'x\n::set-env name=A::b' };
        const lines = github(sampleDiff([hostile]));
        expect(lines[0]).toContain('x%0A::set-env');
        expect(lines.filter(line => line.startsWith('::'))).toHaveLength(1);
        expect(github({ ...sampleDiff([]), base: 'main\n::error::x' })[0]).toBe('svcdef diff main\\x0a::error::x → working tree: no change to the commitments');
    });
});
