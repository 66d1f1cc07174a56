import type { CommitmentChange, CommitmentDiff } from '../../src/diff/commitment-change.js';
import type { SideFolders } from '../../src/cli/diff-report/shown-location.js';

/** A hand-made diff with one change of each sort the formats treat differently. */
export const LOWERED_TARGET: CommitmentChange = {
    effect: 'weaker',
    kind: 'changed',
    element: { kind: 'sla', name: 'FinanceErp', title: 'Finance ERP' },
    aspect: 'target availability per month for service Erp',
    before: 'at least 99.9% per month',
    after: 'at least 99.5% per month',
    location: { side: 'head', file: 'agreements/finance.svcdef', line: 12 }
};

export const ACKNOWLEDGED_CREDIT: CommitmentChange = {
    effect: 'weaker',
    kind: 'removed',
    element: { kind: 'sla', name: 'FinanceErp', title: 'Finance ERP' },
    aspect: 'credit when availability < 99.9%',
    before: '10% of the monthly fee',
    location: { side: 'head', file: 'agreements/finance.svcdef', line: 20 },
    acknowledged: 'credits move to the master contract'
};

export const RETIRED_SERVICE: CommitmentChange = {
    effect: 'weaker',
    kind: 'removed',
    element: { kind: 'service', name: 'acme.it.Fax' },
    aspect: 'service',
    before: 'live',
    location: { side: 'base', file: 'services/fax.svcdef', line: 1 }
};

export const DERIVED_COMPOSITE: CommitmentChange = {
    effect: 'weaker',
    kind: 'changed',
    element: { kind: 'sla', name: 'FinanceErp', title: 'Finance ERP' },
    aspect: 'composite availability of service Erp',
    before: '99.95%',
    after: '99.85%, below the target of 99.9%',
    location: { side: 'head', file: 'agreements/finance.svcdef', line: 12 },
    causedBy: { kind: 'ola', name: 'Network' }
};

export const LONGER_HOURS: CommitmentChange = {
    effect: 'stronger',
    kind: 'changed',
    element: { kind: 'service', name: 'acme.it.Email', title: 'E-mail' },
    aspect: 'hours',
    before: 'Mon–Fri 08:00–18:00',
    after: 'every day 00:00–24:00',
    location: { side: 'head', file: 'services/mail.svcdef', line: 3 }
};

export const RENAMED_CUSTOMER: CommitmentChange = {
    effect: 'neutral',
    kind: 'renamed',
    element: { kind: 'customer', name: 'FinanceDept', title: 'Finance' },
    aspect: 'name',
    before: 'Finance',
    after: 'FinanceDept',
    location: { side: 'head', file: 'parties.svcdef', line: 2 }
};

export function sampleDiff(changes: readonly CommitmentChange[] = [
    LOWERED_TARGET, ACKNOWLEDGED_CREDIT, RETIRED_SERVICE, DERIVED_COMPOSITE, LONGER_HOURS, RENAMED_CUSTOMER
]): CommitmentDiff {
    return {
        base: 'origin/main',
        head: 'working tree',
        changes,
        summary: {
            weaker: changes.filter(change => change.effect === 'weaker').length,
            stronger: changes.filter(change => change.effect === 'stronger').length,
            neutral: changes.filter(change => change.effect === 'neutral').length
        }
    };
}

/** Both sides shown from `catalog/`, as for `--workspace catalog` run at the repository's root. */
export const FOLDERS: SideFolders = { base: 'catalog', head: 'catalog' };
