/**
 * Whether an agreement is in force on a given day. A published catalog must never present
 * an SLA whose validity has ended as a commitment, so every format reads the answer from
 * the one field the view sets (`AgreementEntry.standing`).
 */
import type { AgreementStanding, ValidityInfo } from './catalog-model.js';

/**
 * Dates are `YYYY-MM-DD`, so comparing the text compares the days. `valid to` is the last
 * day in force: the agreement expires the day after.
 */
export function standingOn(validity: ValidityInfo | undefined, today: string): AgreementStanding | undefined {
    if (validity?.to !== undefined && validity.to < today) {
        return 'expired';
    }
    if (validity?.from !== undefined && validity.from > today) {
        return 'not-yet-in-force';
    }
    return undefined;
}
