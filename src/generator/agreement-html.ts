/**
 * One agreement (SLA, OLA or UC) as an HTML document body that reads like a contract:
 * parties and terms, services, service hours, targets (agreement-wide and per service, inherited ones
 * marked), the definitions of the priorities it mentions, credits, escalation, reporting,
 * exclusions, responsibilities, review, document control, a signature block for print and,
 * where the view allows, the OLAs and UCs that underpin it. Used by the catalog site and
 * by `generate sla`.
 */
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, Catalog } from './catalog-model.js';
import type { ViewPolicy } from './catalog-views.js';
import {
    ERROR_BUDGET_NOTE, claimLabel, creditCondition, offeringLabel, partiesLabel, priorityDefinitionRows, signatories, targetTables, type TargetTable
} from './agreement-document.js';
import { hoursSection } from './agreement-hours.js';
import { commitmentChainSection } from './commitment-chain-html.js';
import {
    AGREEMENT_KIND_LABELS, AGREEMENT_KIND_SHORT, CADENCE_LABELS, agreementStatusKind, agreementStatusLabel, creditRuleLabel, displayName,
    escalationAfterLabel, hoursLabel, isDraft, issueDateLabel, refLabel, responsiblePartyLabel, reviewLabel, validityLabel
} from './display-text.js';
import { addressLink, badge, facts, inlineList, list, pageLink, paragraphs, table } from './html-fragments.js';
import { html, joinMarkup, type Markup } from './html-markup.js';

/** Where other generated pages live, relative to the page being written; undefined for none. */
export interface SiteLinks {
    service(name: string): string | undefined;
    agreement(name: string): string | undefined;
}

export const NO_LINKS: SiteLinks = { service: () => undefined, agreement: () => undefined };

export interface AgreementContext {
    readonly catalog: Catalog;
    readonly policy: ViewPolicy;
    readonly links: SiteLinks;
}

export function agreementBody(agreement: AgreementEntry, context: AgreementContext): Markup {
    const kindLabel = AGREEMENT_KIND_LABELS[agreement.kind];
    const draft = isDraft(agreement);
    const supporting = context.policy.underpinning && agreement.kind === 'sla' ? supportingOf(agreement, context.catalog) : [];
    return html`<h1>${displayName(agreement)} ${badge(agreementStatusKind(agreement), agreementStatusLabel(agreement))}</h1>
<p class="subtitle">${kindLabel} <code>${agreement.name}</code></p>
${draft ? html`<p class="draft-banner" role="note">Draft: this ${kindLabel.toLowerCase()} has not been finalized and does not bind either party yet.</p>\n` : ''}${standingBanner(agreement)}${paragraphs(agreement.description)}
<h2>Parties and terms</h2>
${termsOf(agreement, context)}
<h2>Services</h2>
${agreement.services.length > 0
        ? list(agreement.services.map(service => pageLink(refLabel(service), service.resolved ? context.links.service(service.name) : undefined)))
        : html`<p class="muted">No services named.</p>\n`}
<h2>Service hours</h2>
${hoursSectionMarkup(agreement)}<h2>Service level targets</h2>
${targetsSection(agreement, context.catalog)}${definitionsSection([agreement, ...supporting], context)}${context.policy.credits ? creditsSection(agreement) : ''}${escalationSection(agreement)}${reportingSection(agreement)}${exclusionsSection(agreement)}<h2>Responsibilities</h2>
${agreement.responsibilities.length > 0
        ? table({
            headers: ['Party', 'Responsibility'],
            rows: agreement.responsibilities.map(item => [responsiblePartyLabel(agreement, item.party), item.text])
        })
        : html`<p class="muted">No responsibilities stated.</p>\n`}
<h2>Review</h2>
<p>${reviewLabel(agreement.review)}.</p>
${documentControlSection(agreement)}${signatureSection(agreement)}${commitmentChainSection(agreement, context)}${context.policy.underpinning && agreement.kind === 'sla' ? supportingSection(supporting, context) : ''}`;
}

/** Says outright that an agreement outside its validity period commits nobody to anything today. */
function standingBanner(agreement: AgreementEntry): Markup {
    const kind = AGREEMENT_KIND_LABELS[agreement.kind].toLowerCase();
    switch (agreement.standing) {
        case 'expired':
            return html`<p class="draft-banner standing-banner" role="note">Expired: this ${kind} was valid until ${agreement.validity?.to ?? ''} and is no longer in force.</p>\n`;
        case 'not-yet-in-force':
            return html`<p class="draft-banner standing-banner" role="note">Not yet in force: this ${kind} is valid from ${agreement.validity?.from ?? ''}.</p>\n`;
        default:
            return html``;
    }
}

function termsOf(agreement: AgreementEntry, context: AgreementContext): Markup {
    const customers = partiesLabel(agreement.customers);
    return facts([
        customers !== undefined && { term: agreement.customers.length > 1 ? 'Customers' : 'Customer', value: customers },
        agreement.provider && { term: 'Provider', value: refLabel(agreement.provider) },
        agreement.unit && { term: 'Unit', value: refLabel(agreement.unit) },
        agreement.supplier && { term: 'Supplier', value: refLabel(agreement.supplier) },
        agreement.parent && {
            term: 'Part of',
            value: pageLink(refLabel(agreement.parent), agreement.parent.resolved ? context.links.agreement(agreement.parent.name) : undefined)
        },
        agreement.offerings.length > 0 && {
            term: agreement.offerings.length > 1 ? 'Offerings' : 'Offering',
            value: inlineList(agreement.offerings.map(offering => offeringLabel(offering, context.catalog)))
        },
        { term: 'Status', value: agreementStatusLabel(agreement) },
        { term: 'Validity', value: validityLabel(agreement.validity) },
        { term: 'Review', value: reviewLabel(agreement.review) },
        agreement.contract !== undefined && { term: 'Contract', value: agreement.contract },
        agreement.supports.length > 0 && {
            term: 'Supports',
            value: agreement.supports.map((sla, index) => html`${index > 0 ? ', ' : ''}${pageLink(refLabel(sla), sla.resolved ? context.links.agreement(sla.name) : undefined)}`)
        }
    ]);
}

/** Service and support hours, time zone, maintenance and holidays in words, then the week as a table. */
function hoursSectionMarkup(agreement: AgreementEntry): Markup {
    const section = hoursSection(agreement);
    return html`${facts(section.facts)}${section.week ? table({
        caption: section.week.caption,
        headers: section.week.headers,
        rows: section.week.rows
    }) : ''}`;
}

function targetsSection(agreement: AgreementEntry, catalog: Catalog): Markup {
    const tables = targetTables(agreement, catalog);
    const note = tables.some(scoped => scoped.showBudget && scoped.rows.length > 0) ? html`<p class="muted">${ERROR_BUDGET_NOTE}</p>\n` : '';
    if (tables.length === 1) {
        return html`${targetTableMarkup(tables[0])}${note}`;
    }
    const [wide, ...perService] = tables;
    return html`<h3>For every service</h3>
${targetTableMarkup(wide)}${perService.map(scoped => html`<h3>${scoped.heading ?? ''}</h3>
${targetTableMarkup(scoped)}`)}${note}`;
}

function targetTableMarkup(targets: TargetTable): Markup {
    if (targets.rows.length === 0) {
        return html`<p class="muted">${targets.emptyText}</p>\n`;
    }
    return table({
        caption: targets.caption,
        headers: ['Metric', 'Commitment', 'Measured', 'Applies to', ...(targets.showBudget ? ['Error budget'] : []), ...(targets.showSource ? ['Stated in'] : [])],
        rows: targets.rows.map(row => [
            row.metric, row.commitment, row.measured, row.appliesTo,
            ...(targets.showBudget ? [row.errorBudget] : []),
            ...(targets.showSource ? [row.source] : [])
        ])
    });
}

function definitionsSection(agreements: readonly AgreementEntry[], context: AgreementContext): Markup {
    const rows = priorityDefinitionRows(agreements, context.catalog);
    if (rows.length === 0) {
        return html``;
    }
    return html`<h2>Definitions</h2>
<p>The priorities this agreement refers to.</p>
${table({
        caption: 'Priorities',
        headers: ['Priority', 'Title', 'Impact', 'Urgency', 'Meaning'],
        rows: rows.map(row => [row.name, row.title, row.impact, row.urgency, row.meaning])
    })}`;
}

function creditsSection(agreement: AgreementEntry): Markup {
    const withBasis = agreement.credits.some(credit => credit.basis !== undefined);
    const rule = creditRuleLabel(agreement);
    const claim = claimLabel(agreement.claimWithin);
    return html`<h2>Service credits</h2>
${agreement.credits.length > 0
        ? table({
            headers: ['Credit', ...(withBasis ? ['Of'] : []), 'Applies when'],
            rows: agreement.credits.map(credit => [
                credit.amount,
                ...(withBasis ? [credit.basis ?? 'Not stated'] : []),
                creditCondition(credit)
            ])
        })
        : html`<p class="muted">No service credits.</p>\n`}${facts([
        agreement.creditCaps.length > 0 && {
            term: agreement.creditCaps.length > 1 ? 'Caps' : 'Cap',
            value: inlineList(agreement.creditCaps.map(cap => cap.text))
        },
        rule !== undefined && { term: 'Rule', value: rule },
        claim !== undefined && { term: 'Claims', value: claim }
    ])}`;
}

function escalationSection(agreement: AgreementEntry): Markup {
    if (agreement.escalation.length === 0) {
        return html``;
    }
    return html`<h2>Escalation path</h2>
${table({
        headers: ['Level', 'Contact point', 'Contact', 'Involved'],
        rows: agreement.escalation.map(level => [
            String(level.level),
            level.title,
            level.contact !== undefined ? addressLink(level.contact) : 'Not stated',
            escalationAfterLabel(level.after)
        ])
    })}`;
}

function reportingSection(agreement: AgreementEntry): Markup {
    if (agreement.reporting.length === 0) {
        return html``;
    }
    return html`<h2>Reporting</h2>
${list(agreement.reporting.map(report => {
        const recipients = partiesLabel(report.recipients);
        return `${CADENCE_LABELS[report.cadence] ?? report.cadence}: ${report.title ?? 'service level report'}${recipients !== undefined ? `, to ${recipients}` : ''}`;
    }))}`;
}

function exclusionsSection(agreement: AgreementEntry): Markup {
    if (agreement.exclusions.length === 0) {
        return html``;
    }
    return html`<h2>Exclusions</h2>
<p>The targets and credits of this agreement do not apply to:</p>
${list(agreement.exclusions)}`;
}

function documentControlSection(agreement: AgreementEntry): Markup {
    return html`<h2>Document control</h2>
${facts([
        { term: 'Version', value: agreement.version ?? 'Not stated' },
        { term: 'Status', value: agreementStatusLabel(agreement) },
        { term: 'Issued', value: issueDateLabel(agreement) }
    ])}${agreement.approvals.length > 0
        ? table({
            caption: 'Approvals',
            headers: ['Approved by', 'Role', 'Date'],
            rows: agreement.approvals.map(approval => [refLabel(approval.party) ?? approval.party.name, approval.role ?? '', approval.date ?? 'Not dated'])
        })
        : html`<p class="muted">No approvals recorded.</p>\n`}`;
}

/** Lines to sign on paper: shown in the printed document only. */
function signatureSection(agreement: AgreementEntry): Markup {
    const signing = signatories(agreement);
    if (signing.length === 0) {
        return html``;
    }
    return html`<section class="signatures print-only" aria-label="Signatures">
<h2>Signatures</h2>
${joinMarkup(signing.map(signatory => html`<div class="signature">
<p class="signature-party">For ${signatory.party}${signatory.role !== undefined ? html`, ${signatory.role}` : ''}</p>
<p class="signature-line">Signature</p>
<p class="signature-line">Name</p>
<p class="signature-line">Date</p>
</div>
`))}</section>
`;
}

function supportingOf(agreement: AgreementEntry, catalog: Catalog): AgreementEntry[] {
    return agreement.supportedBy
        .map(name => catalogLookups(catalog).supporting(name))
        .filter((entry): entry is AgreementEntry => entry !== undefined);
}

function supportingSection(supporting: readonly AgreementEntry[], context: AgreementContext): Markup {
    if (supporting.length === 0) {
        return html`<h2>Supporting agreements</h2>
<p class="muted">No OLA or UC names this agreement in <code>supports</code>.</p>
`;
    }
    return html`<h2>Supporting agreements</h2>
${supporting.map(entry => html`<h3>${AGREEMENT_KIND_SHORT[entry.kind]} ${pageLink(displayName(entry), context.links.agreement(entry.name))}</h3>
${facts([
        entry.kind === 'ola' && { term: 'Unit', value: refLabel(entry.unit) ?? 'Not stated' },
        entry.kind === 'uc' && { term: 'Supplier', value: refLabel(entry.supplier) ?? 'Not stated' },
        { term: 'Status', value: agreementStatusLabel(entry) },
        { term: 'Validity', value: validityLabel(entry.validity) },
        entry.hours && { term: 'Service hours', value: hoursLabel(entry.hours) },
        entry.supportHours && { term: 'Support hours', value: hoursLabel(entry.supportHours) },
        entry.contract !== undefined && { term: 'Contract', value: entry.contract }
    ])}${targetTables(entry, context.catalog).map(scoped => html`${scoped.heading !== undefined ? html`<h4>${scoped.heading}</h4>\n` : ''}${targetTableMarkup(scoped)}`)}`)}`;
}
