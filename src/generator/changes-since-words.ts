/**
 * How the "Changes since REF" page says a change, the same in HTML and Markdown: the
 * effect as a heading a reader understands, the element as the catalog names it.
 */
import type { ChangeEffect, CommitmentChange } from '../diff/commitment-change.js';

export const EFFECT_ORDER: readonly ChangeEffect[] = ['weaker', 'stronger', 'neutral'];

export const EFFECT_HEADINGS: Readonly<Record<ChangeEffect, string>> = {
    weaker: 'Weaker commitments',
    stronger: 'Stronger commitments',
    neutral: 'Other changes'
};

export const EFFECT_LABELS: Readonly<Record<ChangeEffect, string>> = {
    weaker: 'Weaker',
    stronger: 'Stronger',
    neutral: 'Neutral'
};

const KIND_LABELS: Readonly<Record<string, string>> = {
    service: 'Service', offering: 'Offering', sla: 'SLA', ola: 'OLA', uc: 'UC', calendar: 'Calendar', customer: 'Customer',
    provider: 'Provider', unit: 'Unit', supplier: 'Supplier', metric: 'Metric', priority: 'Priority', pattern: 'Pattern',
    forecast: 'Forecast', package: 'Package', binding: 'Binding'
};

export function elementKindLabel(kind: string): string {
    return KIND_LABELS[kind] ?? kind;
}

/** `Finance ERP (SLA)`: the title where there is one, else the qualified name. */
export function elementLabel(change: CommitmentChange): string {
    return `${change.element.title ?? change.element.name} (${elementKindLabel(change.element.kind)})`;
}

/** `added`, `removed`, `renamed from X` or the aspect itself: what the row is about. */
export function aspectLabel(change: CommitmentChange): string {
    switch (change.kind) {
        case 'added': return change.aspect === change.element.kind ? 'added' : `${change.aspect} (added)`;
        case 'removed': return change.aspect === change.element.kind ? 'removed' : `${change.aspect} (removed)`;
        case 'renamed': return 'renamed';
        default: return change.aspect;
    }
}

/** ` because of OLA Network` for a derived effect, '' otherwise. */
export function causeLabel(change: CommitmentChange): string {
    return change.causedBy ? `because of ${elementKindLabel(change.causedBy.kind)} ${change.causedBy.title ?? change.causedBy.name}` : '';
}

/** `services/erp.svcdef:12`, with `(before)` for a removal, which the head no longer has. */
export function locationLabel(change: CommitmentChange): string {
    return `${change.location.file}:${change.location.line}${change.location.side === 'base' ? ' (before)' : ''}`;
}

export function countsLabel(changes: readonly CommitmentChange[]): string {
    if (changes.length === 0) {
        return 'No change to the commitments.';
    }
    const count = (effect: ChangeEffect) => changes.filter(change => change.effect === effect).length;
    return `${count('weaker')} weaker, ${count('stronger')} stronger, ${count('neutral')} other.`;
}
