/**
 * The line printed at the top of every page of an agreement, so that a loose sheet still
 * says which document it belongs to: `ERP for Group Finance — Business Solutions · SLA
 * FinanceErp v3.0` (`OLA NetworkForEmail — Central IT Services` for one without a title), with
 * `· Draft`, `· Expired` or `· Not yet in force` when the agreement binds nobody today (the body
 * says so on its first page only).
 */
import type { AgreementEntry } from './catalog-model.js';
import { AGREEMENT_KIND_SHORT, AGREEMENT_STANDING_LABELS, isDraft, refLabel } from './display-text.js';

/**
 * Longest title the header keeps: the header must fit the top page margin in one or two
 * lines, whatever the workspace calls its agreements.
 */
export const RUNNING_HEADER_TITLE_LIMIT = 80;

export function agreementRunningHeader(agreement: AgreementEntry): string {
    const version = agreement.version === undefined ? '' : ` ${/^v/i.test(agreement.version) ? '' : 'v'}${agreement.version}`;
    const identity = `${AGREEMENT_KIND_SHORT[agreement.kind]} ${agreement.name}${version}`;
    const provider = refLabel(agreement.provider);
    // A draft binds nobody, whatever its dates: that comes first.
    const notBinding = agreement.status === 'draft' ? 'Draft'
        : agreement.standing !== undefined ? AGREEMENT_STANDING_LABELS[agreement.standing]
            : isDraft(agreement) ? 'Draft' : undefined;
    // An agreement without a title goes by its name, which the identity already says.
    const parts = agreement.title !== undefined
        ? [`${shortened(agreement.title, RUNNING_HEADER_TITLE_LIMIT)}${provider !== undefined ? ` — ${provider}` : ''}`, identity]
        : [`${identity}${provider !== undefined ? ` — ${provider}` : ''}`];
    return [...parts, ...(notBinding !== undefined ? [notBinding] : [])].join(' · ');
}

/** `text` cut at the last word boundary within `limit` characters, with an ellipsis when cut. */
function shortened(text: string, limit: number): string {
    if (text.length <= limit) {
        return text;
    }
    const cut = text.slice(0, limit - 1);
    const lastSpace = cut.lastIndexOf(' ');
    return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
