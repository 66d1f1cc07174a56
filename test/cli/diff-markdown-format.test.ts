import { describe, expect, it } from 'vitest';
import { cell, formatMarkdownDiff, MARKDOWN_MARKER } from '../../src/cli/diff-report/markdown-diff-format.js';
import { ACKNOWLEDGED_CREDIT, FOLDERS, LONGER_HOURS, LOWERED_TARGET, RENAMED_CUSTOMER, RETIRED_SERVICE, sampleDiff } from './diff-sample.js';

const markdown = (diff = sampleDiff(), failOn: 'weaker' | 'any' | 'none' = 'weaker') => formatMarkdownDiff(diff, { failOn, folders: FOLDERS });

describe('svcdef diff --format markdown', () => {
    it('starts with the marker a bot finds its comment by, then a one-line verdict', () => {
        const lines = markdown().split('\n');
        expect(lines[0]).toBe(MARKDOWN_MARKER);
        expect(lines[1]).toBe('**❌ svcdef diff: weakens 3 commitments without saying why** — 4 weaker (1 acknowledged), 1 stronger, 1 neutral.');
    });

    it('tables the weaker changes first, each with where it is and any reason; the rest folded in <details>', () => {
        const text = markdown();
        const weakerTable = text.indexOf('#### Weaker commitments (4)');
        const details = text.indexOf('<details>');
        expect(weakerTable).toBeGreaterThan(0);
        expect(details).toBeGreaterThan(weakerTable);
        expect(text).toContain('| ❌ sla **FinanceErp**<br>Finance ERP | target availability per month for service Erp | at least 99.9% per month '
            + '| at least 99.5% per month | catalog/agreements/finance.svcdef:12 | — |');
        expect(text).toContain('| ⚠️ sla **FinanceErp**<br>Finance ERP | credit when availability &lt; 99.9% (removed) | 10% of the monthly fee | — '
            + '| catalog/agreements/finance.svcdef:20 | credits move to the master contract |');
        expect(text).toContain('| catalog/services/fax.svcdef:1 (base) |');
        expect(text).toContain('because of ola Network');
        expect(text.slice(details)).toContain('<summary>2 other changes (1 stronger, 1 neutral)</summary>');
        expect(text.slice(details)).toContain('| stronger | service **acme.it.Email**<br>E-mail | hours |');
        expect(text.slice(details)).toContain('| neutral | customer **FinanceDept**<br>Finance | name (renamed) | Finance | FinanceDept |');
    });

    it('says so when nothing changed, with no tables', () => {
        expect(markdown(sampleDiff([]))).toBe(`${MARKDOWN_MARKER}\n**✅ svcdef diff: no change to the commitments.**\n\n<sub>Base: origin/main · Head: working tree</sub>\n`);
    });

    it('passes a weakening that is acknowledged, and opens the other changes when nothing is weaker', () => {
        expect(markdown(sampleDiff([ACKNOWLEDGED_CREDIT])).split('\n')[1])
            .toBe('**⚠️ svcdef diff: weaker commitments, each acknowledged** — 1 weaker (1 acknowledged), 0 stronger, 0 neutral.');
        const stronger = markdown(sampleDiff([LONGER_HOURS]));
        expect(stronger.split('\n')[1]).toBe('**✅ svcdef diff: nothing weaker** — 0 weaker, 1 stronger, 0 neutral.');
        expect(stronger).toContain('<details open>');
    });

    it('follows --fail-on in the verdict and the marks', () => {
        const any = markdown(sampleDiff([LONGER_HOURS, RENAMED_CUSTOMER]), 'any');
        expect(any.split('\n')[1]).toBe('**❌ svcdef diff: 2 changes not acknowledged** — 0 weaker, 1 stronger, 1 neutral.');
        expect(any).toContain('| ❌ stronger |');
        const none = markdown(sampleDiff([LOWERED_TARGET]), 'none');
        expect(none.split('\n')[1]).toMatch(/^\*\*⚠️ svcdef diff: weaker commitments, not failing the check\*\*/);
        expect(none).toContain('| ⚠️ sla **FinanceErp**');
    });

    it('is the same text for the same diff, so a bot edits its comment only when the diff changes', () => {
        expect(markdown()).toBe(markdown());
    });

    it('escapes text from the workspace: no broken cells, no HTML, no links, no mentions', () => {
        expect(cell('a | b')).toBe('a \\| b');
        expect(cell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
        expect(cell('[click](https://evil.example)')).toBe('\\[click\\](https:\u2060//evil.example)');
        expect(cell('*bold* _it_ `code`')).toBe('\\*bold\\* \\_it\\_ \\`code\\`');
        expect(cell('ask @acme/finance')).toBe('ask @\u2060acme/finance');
        expect(cell('two\nlines')).toBe('two lines');
        expect(cell('bell\u0007')).toBe('bell\\\\x07');
        const hostile = markdown(sampleDiff([{ ...RETIRED_SERVICE, element: { kind: 'service', name: 'Fax', title: 'Fax | <b>old</b>' } }]));
        expect(hostile).toContain('Fax \\| &lt;b&gt;old&lt;/b&gt;');
        expect(hostile).not.toContain('<b>');
    });

    it('leaves no bare address in workspace text for GitHub to turn into a link', () => {
        const bait = 'Visit https://evil.example/login and www.evil.com or mail help@evil.example';
        const text = markdown(sampleDiff([{ ...ACKNOWLEDGED_CREDIT, element: { ...ACKNOWLEDGED_CREDIT.element, title: bait }, acknowledged: bait, before: bait }]));
        expect(text).toContain('Visit https:\u2060//evil.example/login and www\u2060.evil.com or mail help@\u2060evil.example');
        // What GFM autolinks: a scheme and ://, www. after a boundary, and name@host.
        expect(text).not.toMatch(/[a-z]:\/\/|(^|[\s*_~(])www\.|[\w.+-]@[\w-]+\./i);
    });
});
