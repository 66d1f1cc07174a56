import type { CommitmentChange } from '../../diff/commitment-change.js';

/** `--fail-on`: which changes make `svcdef diff` exit with 1. */
export const FAIL_ON = ['weaker', 'any', 'none'] as const;
export type FailOn = typeof FAIL_ON[number];

/**
 * Whether a change fails the run. An acknowledged change never does: its reason, written
 * in the head source, is the reviewer's to accept, and the reports list it with the reason.
 */
export function failsRun(change: CommitmentChange, failOn: FailOn): boolean {
    if (change.acknowledged !== undefined) {
        return false;
    }
    switch (failOn) {
        case 'weaker': return change.effect === 'weaker';
        case 'any': return true;
        case 'none': return false;
    }
}
