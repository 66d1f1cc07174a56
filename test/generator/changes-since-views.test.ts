/**
 * What each view of the catalog shows of the changes since a ref: the customer view
 * hears only of what it shows, the support view of everything.
 */
import { describe, expect, it } from 'vitest';
import type { CommitmentChange } from '../../src/diff/commitment-change.js';
import { changesForView, type ChangesSince } from '../../src/generator/changes-since.js';
import { changesMarkdown } from '../../src/generator/changes-since-markdown.js';

function change(kind: string, name: string, aspect: string, extra: Partial<CommitmentChange> = {}): CommitmentChange {
    return {
        effect: 'weaker', kind: 'changed', element: { kind, name }, aspect, before: 'a', after: 'b',
        location: { side: 'head', file: 'services.svcdef', line: 3 }, ...extra
    };
}

const CHANGES: CommitmentChange[] = [
    change('sla', 'FinanceErp', 'target availability per month'),
    change('sla', 'FinanceErp', 'credit when availability < 99.9%'),
    change('sla', 'FinanceErp', 'service Network', { kind: 'removed', before: 'present', after: undefined }),
    change('sla', 'FinanceErp', 'target availability per month for service Network'),
    change('sla', 'FinanceErp', 'offering Network.Fast'),
    change('sla', 'FinanceErp', 'supported by ola NetworkForErp', { causedBy: { kind: 'ola', name: 'NetworkForErp' } }),
    change('sla', 'FinanceErp', 'composite availability against at least 99.9% per month', { causedBy: { kind: 'ola', name: 'NetworkForErp' } }),
    change('sla', 'FinanceErp', 'service Erp', { causedBy: { kind: 'service', name: 'Erp' } }),
    change('service', 'Erp', 'status'),
    change('service', 'Erp', 'internal runbook'),
    change('service', 'Erp', 'depends on Network'),
    change('offering', 'Erp.Gold', 'price', { effect: 'neutral' }),
    change('service', 'Network', 'status'),
    change('offering', 'Network.Fast', 'target latency'),
    change('service', 'Backbone', 'name', { kind: 'renamed', effect: 'neutral', before: 'Network', after: 'Backbone' }),
    change('ola', 'NetworkForErp', 'target availability per month'),
    change('uc', 'Carrier', 'validity'),
    change('calendar', 'Office', 'weekly hours'),
    change('customer', 'Finance', 'contact', { effect: 'neutral' })
];

const SINCE: ChangesSince = { ref: 'v1', changes: CHANGES, technicalServices: new Set(['Network']) };

const shown = (view: 'customer' | 'user' | 'support') =>
    changesForView(SINCE, view).changes.map(entry => `${entry.element.kind} ${entry.element.name}: ${entry.aspect}`);

describe('the changes each view of the catalog shows', () => {
    it('shows customers the changes to business services, their offerings and SLAs, prices and credits included', () => {
        expect(shown('customer')).toEqual([
            'sla FinanceErp: target availability per month',
            'sla FinanceErp: credit when availability < 99.9%',
            'sla FinanceErp: service Erp',
            'service Erp: status',
            'offering Erp.Gold: price'
        ]);
    });

    it('shows users the same without prices and credits', () => {
        expect(shown('user')).toEqual([
            'sla FinanceErp: target availability per month',
            'sla FinanceErp: service Erp',
            'service Erp: status'
        ]);
    });

    it('shows the support view every change, with where it is in the source', () => {
        expect(shown('support')).toHaveLength(CHANGES.length);
        expect(changesForView(SINCE, 'support').sourceDetails).toBe(true);
        expect(changesForView(SINCE, 'customer').sourceDetails).toBe(false);
    });

    it('writes the Markdown the same way every time, escaping what the source says', () => {
        const since: ChangesSince = {
            ref: 'release|1', technicalServices: new Set(),
            changes: [change('sla', 'FinanceErp', 'title', { element: { kind: 'sla', name: 'FinanceErp', title: 'Finance | *ERP*' }, effect: 'neutral' })]
        };
        const first = changesMarkdown(changesForView(since, 'customer'), 'customer');
        expect(first).toBe(changesMarkdown(changesForView(since, 'customer'), 'customer'));
        expect(first).toContain('# Changes since release\\|1');
        expect(first).toContain('| Finance \\| \\*ERP\\* (SLA) | title | a | b | Neutral |');
        expect(first).toContain('## Other changes');
    });
});
