/**
 * One agreement (SLA, OLA or UC) as an HTML document body: parties and terms, services,
 * targets, credits, responsibilities, review cadence and, where the view allows, the
 * OLAs and UCs that underpin it. Used by the catalog site and by `generate sla`.
 */
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, Catalog, TargetEntry } from './catalog-model.js';
import type { ViewPolicy } from './catalog-views.js';
import {
    AGREEMENT_KIND_LABELS, AGREEMENT_KIND_SHORT, agreementStatusLabel, commitmentLabel, displayName, hoursLabel,
    isDraft, refLabel, responsiblePartyLabel, reviewLabel, scopeLabel, validityLabel, windowLabel
} from './display-text.js';
import { badge, facts, list, pageLink, paragraphs, table } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';

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
    return html`<h1>${displayName(agreement)} ${badge(agreement.status ?? 'draft', agreementStatusLabel(agreement.status))}</h1>
<p class="subtitle">${kindLabel} <code>${agreement.name}</code></p>
${draft ? html`<p class="draft-banner" role="note">Draft: this ${kindLabel.toLowerCase()} has not been finalized and does not bind either party yet.</p>\n` : ''}${paragraphs(agreement.description)}
<h2>Parties and terms</h2>
${termsOf(agreement, context)}
<h2>Services</h2>
${agreement.services.length > 0
        ? list(agreement.services.map(service => pageLink(refLabel(service), service.resolved ? context.links.service(service.name) : undefined)))
        : html`<p class="muted">No services named.</p>\n`}
<h2>Service level targets</h2>
${targetsTable(agreement.targets, `Targets of ${displayName(agreement)}`)}
${context.policy.credits ? creditsSection(agreement) : ''}<h2>Responsibilities</h2>
${agreement.responsibilities.length > 0
        ? table({
            headers: ['Party', 'Responsibility'],
            rows: agreement.responsibilities.map(item => [responsiblePartyLabel(agreement, item.party), item.text])
        })
        : html`<p class="muted">No responsibilities stated.</p>\n`}
<h2>Review</h2>
<p>${reviewLabel(agreement.review)}.</p>
${context.policy.underpinning && agreement.kind === 'sla' ? supportingSection(agreement, context) : ''}`;
}

function termsOf(agreement: AgreementEntry, context: AgreementContext): Markup {
    return facts([
        agreement.customer && { term: 'Customer', value: refLabel(agreement.customer) },
        agreement.provider && { term: 'Provider', value: refLabel(agreement.provider) },
        agreement.unit && { term: 'Unit', value: refLabel(agreement.unit) },
        agreement.supplier && { term: 'Supplier', value: refLabel(agreement.supplier) },
        { term: 'Status', value: agreementStatusLabel(agreement.status) },
        { term: 'Validity', value: validityLabel(agreement.validity) },
        { term: 'Review', value: reviewLabel(agreement.review) },
        agreement.hours && { term: 'Service hours', value: hoursLabel(agreement.hours) },
        agreement.contract !== undefined && { term: 'Contract', value: agreement.contract },
        agreement.supports.length > 0 && {
            term: 'Supports',
            value: agreement.supports.map((sla, index) => html`${index > 0 ? ', ' : ''}${pageLink(refLabel(sla), sla.resolved ? context.links.agreement(sla.name) : undefined)}`)
        }
    ]);
}

export function targetsTable(targets: readonly TargetEntry[], caption: string): Markup {
    if (targets.length === 0) {
        return html`<p class="muted">No targets stated.</p>\n`;
    }
    return table({
        caption,
        headers: ['Metric', 'Commitment', 'Measured', 'Applies to'],
        rows: targets.map(target => [
            target.metricTitle ?? target.metric,
            commitmentLabel(target.comparator, target.value),
            windowLabel(target.window),
            scopeLabel(target)
        ])
    });
}

function creditsSection(agreement: AgreementEntry): Markup {
    return html`<h2>Service credits</h2>
${agreement.credits.length > 0
        ? table({
            headers: ['Credit', 'Applies when'],
            rows: agreement.credits.map(credit => [credit.amount, `${credit.metric} ${credit.comparator} ${credit.value}`])
        })
        : html`<p class="muted">No service credits.</p>\n`}`;
}

function supportingSection(agreement: AgreementEntry, context: AgreementContext): Markup {
    const supporting = agreement.supportedBy
        .map(name => catalogLookups(context.catalog).supporting(name))
        .filter((entry): entry is AgreementEntry => entry !== undefined);
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
        { term: 'Status', value: agreementStatusLabel(entry.status) },
        { term: 'Validity', value: validityLabel(entry.validity) },
        entry.contract !== undefined && { term: 'Contract', value: entry.contract }
    ])}${targetsTable(entry.targets, `Targets of ${displayName(entry)}`)}`)}`;
}
