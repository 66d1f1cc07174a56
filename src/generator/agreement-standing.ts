/**
 * Whether an agreement is in force on a given day. A published catalog must never present
 * an SLA whose validity has ended as a commitment, so every format reads the answer from
 * the one field the view sets (`AgreementEntry.standing`).
 */
import type { AgreementEntry, AgreementStanding, ValidityInfo } from './catalog-model.js';

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

/**
 * Why an agreement binds nobody on the publication day, worded to follow "which" after its
 * name; undefined when it is in force. A draft comes first: it binds nobody whatever its dates.
 */
export function notBindingWords(agreement: Pick<AgreementEntry, 'status' | 'standing' | 'validity'>): string | undefined {
    if (agreement.status === 'draft') {
        return 'is a draft';
    }
    switch (agreement.standing) {
        case 'expired':
            return `expired after ${agreement.validity?.to ?? 'its validity'}`;
        case 'not-yet-in-force':
            return `is in force only from ${agreement.validity?.from ?? 'a later day'}`;
        default:
            return undefined;
    }
}
