/**
 * The contract terms of an agreement as the catalog publishes them: credits with their
 * basis and qualifiers, credit caps, the escalation path, reporting, approvals, and the
 * date the document is issued on.
 */
import type { Approval, Credit, CreditCap, Escalation, Money, PercentValue, Reporting } from '../language/generated/ast.js';
import { qualifierOf, qualifiersOf } from '../language/commitments/target-qualifiers.js';
import { formatNumber, measureOf } from '../language/literals.js';
import type {
    ApprovalEntry, CreditCapEntry, CreditEntry, EscalationLevelEntry, IssueDate, ReportingEntry
} from './catalog-model.js';
import { entityRef, nameOf } from './catalog-refs.js';
import { formatMoney } from './money-text.js';
import { valueWordsOf } from './target-timing.js';
import { single } from '../language/single-valued-properties.js';

export function creditOf(credit: Credit): CreditEntry {
    const amount = amountText(credit.amount);
    const basis = basisText(credit.basis);
    const metric = credit.metric.ref ? nameOf(credit.metric.ref) : credit.metric.$refText;
    const measure = measureOf(credit.value);
    const value = measure?.text ?? '';
    const qualifiers = qualifiersOf(credit);
    const qualifier = qualifierOf(credit);
    const window = qualifiers.window !== undefined ? ` per ${qualifiers.window}` : '';
    return {
        amount,
        ...(basis !== undefined ? { basis } : {}),
        metric,
        comparator: credit.comparator,
        value,
        valueWords: valueWordsOf(measure),
        ...qualifiers,
        qualifier,
        text: `${amount}${basis !== undefined ? ` of ${basis}` : ''} when ${metric} ${credit.comparator} ${value}${window}${qualifier ? ` ${qualifier}` : ''}`
    };
}

export function creditCapOf(cap: CreditCap): CreditCapEntry {
    const amount = amountText(cap.amount);
    const basis = basisText(cap.basis);
    return {
        amount,
        ...(basis !== undefined ? { basis } : {}),
        ...(cap.window !== undefined ? { window: cap.window } : {}),
        text: `${amount}${basis !== undefined ? ` of ${basis}` : ''}${cap.window !== undefined ? ` per ${cap.window}` : ''}`
    };
}

export function escalationOf(escalation: Escalation | undefined): EscalationLevelEntry[] {
    return (escalation?.levels ?? []).map(level => ({
        level: level.level,
        title: level.title,
        contact: single(level.contact),
        after: single(level.after)
    }));
}

export function reportingOf(reporting: Reporting): ReportingEntry {
    return {
        cadence: reporting.cadence,
        recipients: reporting.recipients.map(ref => entityRef(ref)!),
        title: reporting.title
    };
}

export function approvalsOf(agreement: { approvals: readonly Approval[] }): ApprovalEntry[] {
    return agreement.approvals.map(approval => ({
        party: entityRef(approval.party)!,
        role: approval.role,
        date: approval.date
    }));
}

/**
 * The issue date of a document: the date of its latest approval, else the date it is
 * valid from. Never the day it was generated, so the same sources give the same document.
 */
export function issueDateOf(approvals: readonly ApprovalEntry[], validFrom: string | undefined): IssueDate | undefined {
    const latest = approvals
        .map(approval => approval.date)
        .filter((date): date is string => date !== undefined)
        // ISO dates order as text.
        .reduce<string | undefined>((max, date) => max === undefined || date > max ? date : max, undefined);
    if (latest !== undefined) {
        return { date: latest, source: 'approval' };
    }
    return validFrom !== undefined ? { date: validFrom, source: 'validity' } : undefined;
}

function amountText(amount: Money | PercentValue): string {
    return amount.$type === 'PercentValue'
        ? `${formatNumber(amount.percent)}%`
        : `${formatMoney(amount.amount)} ${amount.currency}`;
}

/**
 * `monthly charge` for `of monthly charge`. The grammar reads the basis as one value made
 * of its keywords, which can arrive without the space between them.
 */
function basisText(basis: string | undefined): string | undefined {
    if (basis === undefined) {
        return undefined;
    }
    return basis.replace(/\s*charge$/, ' charge').trim().replace(/\s+/g, ' ');
}
