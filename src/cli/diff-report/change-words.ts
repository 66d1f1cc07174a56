import type { ChangedElement, CommitmentChange, CommitmentDiff } from '../../diff/commitment-change.js';

/**
 * The sentences every human-readable diff format shares, so that the terminal, the pull
 * request comment and the annotations say a change the same way.
 */

/** `sla FinanceErp`: the keyword and the name, as the source writes them. */
export function elementWords(element: ChangedElement): string {
    return `${element.kind} ${element.name}`;
}

/** What changed and how: `target availability per month: at least 99.9% per month → at least 99.5% per month`. */
export function changeWords(change: CommitmentChange): string {
    const { aspect, before, after } = change;
    if (change.kind === 'renamed') {
        return before === undefined ? `renamed (${aspect})` : `renamed from ${before}${after === undefined ? '' : ` to ${after}`}`;
    }
    if (before !== undefined && after !== undefined) {
        return `${aspect}: ${before} → ${after}`;
    }
    if (after !== undefined) {
        return `${aspect}: ${after} (added)`;
    }
    if (before !== undefined) {
        return `${aspect}: ${before} (removed)`;
    }
    return `${aspect} ${change.kind}`;
}

/** ` (because of ola Network)` for a derived effect; '' otherwise. */
export function causeWords(change: CommitmentChange): string {
    return change.causedBy ? ` (because of ${elementWords(change.causedBy)})` : '';
}

/** One line for a log or an annotation: `sla FinanceErp: validity: … → … (because of …)`. */
export function changeSentence(change: CommitmentChange): string {
    return `${elementWords(change.element)}: ${changeWords(change)}${causeWords(change)}`;
}

/** How many weaker changes carry a reason in the head source. */
export function acknowledgedCount(diff: CommitmentDiff): number {
    return diff.changes.filter(change => change.effect === 'weaker' && change.acknowledged !== undefined).length;
}

/** `2 weaker (1 acknowledged), 1 stronger, 3 neutral`, or `no change to the commitments`. */
export function summaryWords(diff: CommitmentDiff): string {
    const { weaker, stronger, neutral } = diff.summary;
    if (weaker + stronger + neutral === 0) {
        return 'no change to the commitments';
    }
    const acknowledged = acknowledgedCount(diff);
    return `${weaker} weaker${acknowledged > 0 ? ` (${acknowledged} acknowledged)` : ''}, ${stronger} stronger, ${neutral} neutral`;
}
