/**
 * One agreement as Markdown, at any heading depth: a document of its own for
 * `generate sla`, or a section of the catalog's Markdown file. It says what the HTML
 * document says (see agreement-document.ts), in the same order; the signature block
 * belongs to the printed HTML only.
 */
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, Catalog, TargetEntry } from './catalog-model.js';
import type { ViewPolicy } from './catalog-views.js';
import {
    ERROR_BUDGET_NOTE, claimLabel, creditCondition, offeringLabel, partiesLabel, priorityDefinitionRows, targetCommitment, targetTables,
    type TargetTable
} from './agreement-document.js';
import { hoursSection } from './agreement-hours.js';
import {
    AGREEMENT_KIND_LABELS, AGREEMENT_KIND_SHORT, CADENCE_LABELS, agreementStatusLabel, creditRuleLabel, displayName,
    escalationAfterLabel, hoursLabel, isDraft, issueDateLabel, refLabel, responsiblePartyLabel, reviewLabel, scopeLabel, validityLabel,
    windowLabel
} from './display-text.js';
import { mdCode, mdDocument, mdLink, mdParagraphs, mdTable, mdText } from './markdown-text.js';

export interface AgreementMarkdownContext {
    readonly catalog: Catalog;
    readonly policy: ViewPolicy;
}

type Heading = (offset: number) => string;

/** The agreement's blocks, its title at heading `level` (1 for a document of its own). */
export function agreementMarkdown(agreement: AgreementEntry, context: AgreementMarkdownContext, level = 1): string {
    const h: Heading = offset => '#'.repeat(Math.min(6, level + offset));
    const kindLabel = AGREEMENT_KIND_LABELS[agreement.kind];
    const draft = isDraft(agreement);
    const title = `${draft ? 'DRAFT: ' : ''}${displayName(agreement)}`;
    const supporting = context.policy.underpinning && agreement.kind === 'sla' ? supportingOf(agreement, context.catalog) : [];
    return mdDocument([
        `${h(0)} ${mdText(title)}`,
        `${mdText(kindLabel)} ${mdCode(agreement.name)} · **${mdText(agreementStatusLabel(agreement))}**`,
        draft && `> **DRAFT:** this ${mdText(kindLabel.toLowerCase())} has not been finalized and does not bind either party yet.`,
        agreement.description && mdParagraphs(agreement.description),
        `${h(1)} Parties and terms`,
        termLines(agreement, context.catalog),
        `${h(1)} Services`,
        agreement.services.length > 0
            ? agreement.services.map(service => `- ${mdText(refLabel(service) ?? service.name)}`).join('\n')
            : '_No services named._',
        `${h(1)} Service hours`,
        hoursMarkdown(agreement),
        `${h(1)} Service level targets`,
        targetsMarkdownSection(agreement, context.catalog, h),
        definitionsMarkdown([agreement, ...supporting], context.catalog, h),
        context.policy.credits && creditsMarkdown(agreement, h),
        escalationMarkdown(agreement, h),
        reportingMarkdown(agreement, h),
        exclusionsMarkdown(agreement, h),
        `${h(1)} Responsibilities`,
        agreement.responsibilities.length > 0
            ? mdTable(['Party', 'Responsibility'], agreement.responsibilities.map(item =>
                [mdText(responsiblePartyLabel(agreement, item.party)), mdText(item.text)]))
            : '_No responsibilities stated._',
        `${h(1)} Review`,
        `${mdText(reviewLabel(agreement.review))}.`,
        documentControlMarkdown(agreement, h),
        context.policy.underpinning && agreement.kind === 'sla' && supportingMarkdown(supporting, context.catalog, h)
    ]).trimEnd();
}

function termLines(agreement: AgreementEntry, catalog: Catalog): string {
    const offerings = agreement.offerings.map(offering => offeringLabel(offering, catalog));
    const rows: [string, string | undefined][] = [
        [agreement.customers.length > 1 ? 'Customers' : 'Customer', partiesLabel(agreement.customers)],
        ['Provider', refLabel(agreement.provider)],
        ['Unit', refLabel(agreement.unit)],
        ['Supplier', refLabel(agreement.supplier)],
        ['Part of', refLabel(agreement.parent)],
        [offerings.length > 1 ? 'Offerings' : 'Offering', offerings.length > 0 ? offerings.join(', ') : undefined],
        ['Status', agreementStatusLabel(agreement)],
        ['Validity', validityLabel(agreement.validity)],
        ['Review', reviewLabel(agreement.review)],
        ['Contract', agreement.contract],
        ['Supports', agreement.supports.length > 0 ? agreement.supports.map(sla => refLabel(sla)).join(', ') : undefined]
    ];
    return factLines(rows);
}

function factLines(rows: readonly [string, string | undefined][]): string {
    return rows.filter(([, value]) => value !== undefined)
        .map(([term, value]) => `- **${term}:** ${mdText(value!)}`)
        .join('\n');
}

/** Service and support hours, time zone, maintenance and holidays in words, then the week as a table. */
function hoursMarkdown(agreement: AgreementEntry): string {
    const section = hoursSection(agreement);
    return mdDocument([
        factLines(section.facts.map(fact => [fact.term, fact.value])),
        section.week && `${mdText(section.week.caption)}:`,
        section.week && mdTable(section.week.headers, section.week.rows.map(row => row.map(mdText)))
    ]).trimEnd();
}

function targetsMarkdownSection(agreement: AgreementEntry, catalog: Catalog, h: Heading): string {
    const tables = targetTables(agreement, catalog);
    const note = tables.some(scoped => scoped.showBudget && scoped.rows.length > 0) && `_${mdText(ERROR_BUDGET_NOTE)}_`;
    if (tables.length === 1) {
        return mdDocument([targetTableMarkdown(tables[0]), note]).trimEnd();
    }
    const [wide, ...perService] = tables;
    return mdDocument([
        `${h(2)} For every service`,
        targetTableMarkdown(wide),
        ...perService.flatMap(scoped => [`${h(2)} ${mdText(scoped.heading ?? '')}`, targetTableMarkdown(scoped)]),
        note
    ]).trimEnd();
}

function targetTableMarkdown(targets: TargetTable): string {
    if (targets.rows.length === 0) {
        return `_${mdText(targets.emptyText)}_`;
    }
    return mdTable(
        ['Metric', 'Commitment', 'Measured', 'Applies to', ...(targets.showBudget ? ['Error budget'] : []), ...(targets.showSource ? ['Stated in'] : [])],
        targets.rows.map(row => [
            row.metric, row.commitment, row.measured, row.appliesTo,
            ...(targets.showBudget ? [row.errorBudget] : []),
            ...(targets.showSource ? [row.source] : [])
        ].map(mdText))
    );
}

/** A plain table of targets as stated: the service levels of a tier in the catalog. */
export function targetsMarkdown(targets: readonly TargetEntry[]): string {
    if (targets.length === 0) {
        return '_No targets stated._';
    }
    return mdTable(['Metric', 'Commitment', 'Measured', 'Applies to'], targets.map(target => [
        mdText(target.metricTitle ?? target.metric),
        mdText(targetCommitment(target)),
        mdText(windowLabel(target.window)),
        mdText(scopeLabel(target))
    ]));
}

function definitionsMarkdown(agreements: readonly AgreementEntry[], catalog: Catalog, h: Heading): string | undefined {
    const rows = priorityDefinitionRows(agreements, catalog);
    if (rows.length === 0) {
        return undefined;
    }
    return mdDocument([
        `${h(1)} Definitions`,
        'The priorities this agreement refers to.',
        mdTable(['Priority', 'Title', 'Impact', 'Urgency', 'Meaning'],
            rows.map(row => [row.name, row.title, row.impact, row.urgency, row.meaning].map(mdText)))
    ]).trimEnd();
}

function creditsMarkdown(agreement: AgreementEntry, h: Heading): string {
    const withBasis = agreement.credits.some(credit => credit.basis !== undefined);
    return mdDocument([
        `${h(1)} Service credits`,
        agreement.credits.length > 0
            ? mdTable(['Credit', ...(withBasis ? ['Of'] : []), 'Applies when'], agreement.credits.map(credit => [
                mdText(credit.amount),
                ...(withBasis ? [mdText(credit.basis ?? 'Not stated')] : []),
                mdText(creditCondition(credit))
            ]))
            : '_No service credits._',
        factLines([
            [agreement.creditCaps.length > 1 ? 'Caps' : 'Cap', agreement.creditCaps.length > 0 ? agreement.creditCaps.map(cap => cap.text).join(', ') : undefined],
            ['Rule', creditRuleLabel(agreement)],
            ['Claims', claimLabel(agreement.claimWithin)]
        ])
    ]).trimEnd();
}

function escalationMarkdown(agreement: AgreementEntry, h: Heading): string | undefined {
    if (agreement.escalation.length === 0) {
        return undefined;
    }
    return mdDocument([
        `${h(1)} Escalation path`,
        mdTable(['Level', 'Contact point', 'Contact', 'Involved'], agreement.escalation.map(level => [
            String(level.level),
            mdText(level.title),
            level.contact !== undefined ? mdLink(level.contact, level.contact) : 'Not stated',
            mdText(escalationAfterLabel(level.after))
        ]))
    ]).trimEnd();
}

function reportingMarkdown(agreement: AgreementEntry, h: Heading): string | undefined {
    if (agreement.reporting.length === 0) {
        return undefined;
    }
    return mdDocument([
        `${h(1)} Reporting`,
        agreement.reporting.map(report => {
            const recipients = partiesLabel(report.recipients);
            return `- ${mdText(`${CADENCE_LABELS[report.cadence] ?? report.cadence}: ${report.title ?? 'service level report'}${recipients !== undefined ? `, to ${recipients}` : ''}`)}`;
        }).join('\n')
    ]).trimEnd();
}

function exclusionsMarkdown(agreement: AgreementEntry, h: Heading): string | undefined {
    if (agreement.exclusions.length === 0) {
        return undefined;
    }
    return mdDocument([
        `${h(1)} Exclusions`,
        'The targets and credits of this agreement do not apply to:',
        agreement.exclusions.map(exclusion => `- ${mdText(exclusion)}`).join('\n')
    ]).trimEnd();
}

function documentControlMarkdown(agreement: AgreementEntry, h: Heading): string {
    return mdDocument([
        `${h(1)} Document control`,
        factLines([
            ['Version', agreement.version ?? 'Not stated'],
            ['Status', agreementStatusLabel(agreement)],
            ['Issued', issueDateLabel(agreement)]
        ]),
        agreement.approvals.length > 0
            ? mdTable(['Approved by', 'Role', 'Date'], agreement.approvals.map(approval =>
                [refLabel(approval.party) ?? approval.party.name, approval.role ?? '', approval.date ?? 'Not dated'].map(mdText)))
            : '_No approvals recorded._'
    ]).trimEnd();
}

function supportingOf(agreement: AgreementEntry, catalog: Catalog): AgreementEntry[] {
    return agreement.supportedBy
        .map(name => catalogLookups(catalog).supporting(name))
        .filter((entry): entry is AgreementEntry => entry !== undefined);
}

function supportingMarkdown(supporting: readonly AgreementEntry[], catalog: Catalog, h: Heading): string {
    if (supporting.length === 0) {
        return mdDocument([`${h(1)} Supporting agreements`, '_No OLA or UC names this agreement in `supports`._']).trimEnd();
    }
    return mdDocument([
        `${h(1)} Supporting agreements`,
        ...supporting.flatMap(entry => [
            `${h(2)} ${AGREEMENT_KIND_SHORT[entry.kind]} ${mdText(displayName(entry))}`,
            [
                entry.kind === 'ola' ? `- **Unit:** ${mdText(refLabel(entry.unit) ?? 'Not stated')}` : undefined,
                entry.kind === 'uc' ? `- **Supplier:** ${mdText(refLabel(entry.supplier) ?? 'Not stated')}` : undefined,
                `- **Status:** ${mdText(agreementStatusLabel(entry))}`,
                `- **Validity:** ${mdText(validityLabel(entry.validity))}`,
                entry.hours !== undefined ? `- **Service hours:** ${mdText(hoursLabel(entry.hours)!)}` : undefined,
                entry.supportHours !== undefined ? `- **Support hours:** ${mdText(hoursLabel(entry.supportHours)!)}` : undefined,
                entry.contract !== undefined ? `- **Contract:** ${mdText(entry.contract)}` : undefined
            ].filter(line => line !== undefined).join('\n'),
            ...targetTables(entry, catalog).flatMap(scoped => [
                scoped.heading !== undefined ? `${h(3)} ${mdText(scoped.heading)}` : undefined,
                targetTableMarkdown(scoped)
            ]).filter((block): block is string => block !== undefined)
        ])
    ]).trimEnd();
}
