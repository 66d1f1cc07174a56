import { describe, expect, it } from 'vitest';
import { formatPrettyDiff } from '../../src/cli/diff-report/pretty-diff-format.js';
import { ACKNOWLEDGED_CREDIT, DERIVED_COMPOSITE, FOLDERS, LONGER_HOURS, LOWERED_TARGET, sampleDiff } from './diff-sample.js';

const pretty = (diff = sampleDiff(), colors = false) => formatPrettyDiff(diff, { colors, failOn: 'weaker', folders: FOLDERS });

describe('svcdef diff --format pretty', () => {
    it('says what is compared, then each change under a file:line heading, then a summary', () => {
        expect(pretty(sampleDiff([LOWERED_TARGET, ACKNOWLEDGED_CREDIT, LONGER_HOURS]))).toBe([
            'Comparing origin/main → working tree',
            '',
            'catalog/agreements/finance.svcdef:12 weaker changed sla FinanceErp "Finance ERP"',
            '  target availability per month for service Erp: at least 99.9% per month → at least 99.5% per month',
            '',
            'catalog/agreements/finance.svcdef:20 weaker removed sla FinanceErp "Finance ERP"',
            '  credit when availability < 99.9%: 10% of the monthly fee (removed)',
            '  acknowledged: credits move to the master contract',
            '',
            'catalog/services/mail.svcdef:3 stronger changed service acme.it.Email "E-mail"',
            '  hours: Mon–Fri 08:00–18:00 → every day 00:00–24:00',
            '',
            '2 weaker (1 acknowledged), 1 stronger, 0 neutral',
            ''
        ].join('\n'));
    });

    it('names the cause of a derived effect', () => {
        expect(pretty(sampleDiff([DERIVED_COMPOSITE]))).toContain('  composite availability of service Erp: 99.95% → 99.85%, below the target of 99.9% (because of ola Network)\n');
    });

    it('says when nothing changed', () => {
        expect(pretty(sampleDiff([]))).toBe('Comparing origin/main → working tree\n\nNo change to the commitments\n');
    });

    it('colors only when asked: a failing change red, an acknowledged one yellow, stronger green', () => {
        expect(pretty()).not.toContain('\u001b[');
        const colored = pretty(sampleDiff([LOWERED_TARGET, ACKNOWLEDGED_CREDIT, LONGER_HOURS]), true);
        expect(colored).toContain('\u001b[1m\u001b[31mweaker\u001b[39m\u001b[22m');
        expect(colored).toContain('\u001b[1m\u001b[33mweaker\u001b[39m\u001b[22m');
        expect(colored).toContain('\u001b[32mstronger\u001b[39m');
    });

    it('shows control characters from the workspace as escapes, while keeping its own colors', () => {
        const hostile = { ...LOWERED_TARGET, element: { kind: 'sla', name: 'Erp\u001b[2J', title: 'a\u202eb' } };
        const colored = pretty(sampleDiff([hostile]), true);
        expect(colored).toContain('Erp\\x1b[2J');
        expect(colored).toContain('a\\u202eb');
        expect(colored).not.toContain('\u001b[2J');
    });
});
