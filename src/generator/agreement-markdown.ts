/**
 * One agreement as Markdown, at any heading depth: a document of its own for
 * `generate sla`, or a section of the catalog's Markdown file.
 */
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, Catalog, TargetEntry } from './catalog-model.js';
import type { ViewPolicy } from './catalog-views.js';
import {
    AGREEMENT_KIND_LABELS, AGREEMENT_KIND_SHORT, agreementStatusLabel, commitmentLabel, displayName, hoursLabel,
    isDraft, refLabel, responsiblePartyLabel, reviewLabel, scopeLabel, validityLabel, windowLabel
} from './display-text.js';
import { mdCode, mdDocument, mdParagraphs, mdTable, mdText } from './markdown-text.js';

export interface AgreementMarkdownContext {
    readonly catalog: Catalog;
    readonly policy: ViewPolicy;
}

/** The agreement's blocks, its title at heading `level` (1 for a document of its own). */
export function agreementMarkdown(agreement: AgreementEntry, context: AgreementMarkdownContext, level = 1): string {
    const h = (offset: number) => '#'.repeat(Math.min(6, level + offset));
    const kindLabel = AGREEMENT_KIND_LABELS[agreement.kind];
    const draft = isDraft(agreement);
    const title = `${draft ? 'DRAFT: ' : ''}${displayName(agreement)}`;
    return mdDocument([
        `${h(0)} ${mdText(title)}`,
        `${mdText(kindLabel)} ${mdCode(agreement.name)} · **${mdText(agreementStatusLabel(agreement.status))}**`,
        draft && `> **DRAFT:** this ${mdText(kindLabel.toLowerCase())} has not been finalized and does not bind either party yet.`,
        agreement.description && mdParagraphs(agreement.description),
        `${h(1)} Parties and terms`,
        termLines(agreement),
        `${h(1)} Services`,
        agreement.services.length > 0
            ? agreement.services.map(service => `- ${mdText(refLabel(service) ?? service.name)}`).join('\n')
            : '_No services named._',
        `${h(1)} Service level targets`,
        targetsMarkdown(agreement.targets),
        context.policy.credits && `${h(1)} Service credits`,
        context.policy.credits && (agreement.credits.length > 0
            ? mdTable(['Credit', 'Applies when'], agreement.credits.map(credit =>
                [mdText(credit.amount), mdText(`${credit.metric} ${credit.comparator} ${credit.value}`)]))
            : '_No service credits._'),
        `${h(1)} Responsibilities`,
        agreement.responsibilities.length > 0
            ? mdTable(['Party', 'Responsibility'], agreement.responsibilities.map(item =>
                [mdText(responsiblePartyLabel(agreement, item.party)), mdText(item.text)]))
            : '_No responsibilities stated._',
        `${h(1)} Review`,
        `${mdText(reviewLabel(agreement.review))}.`,
        context.policy.underpinning && agreement.kind === 'sla' && supportingMarkdown(agreement, context, h)
    ]).trimEnd();
}

function termLines(agreement: AgreementEntry): string {
    const rows: [string, string | undefined][] = [
        ['Customer', refLabel(agreement.customer)],
        ['Provider', refLabel(agreement.provider)],
        ['Unit', refLabel(agreement.unit)],
        ['Supplier', refLabel(agreement.supplier)],
        ['Status', agreementStatusLabel(agreement.status)],
        ['Validity', validityLabel(agreement.validity)],
        ['Review', reviewLabel(agreement.review)],
        ['Service hours', hoursLabel(agreement.hours)],
        ['Contract', agreement.contract],
        ['Supports', agreement.supports.length > 0 ? agreement.supports.map(sla => refLabel(sla)).join(', ') : undefined]
    ];
    return rows.filter(([, value]) => value !== undefined)
        .map(([term, value]) => `- **${term}:** ${mdText(value!)}`)
        .join('\n');
}

export function targetsMarkdown(targets: readonly TargetEntry[]): string {
    if (targets.length === 0) {
        return '_No targets stated._';
    }
    return mdTable(['Metric', 'Commitment', 'Measured', 'Applies to'], targets.map(target => [
        mdText(target.metricTitle ?? target.metric),
        mdText(commitmentLabel(target.comparator, target.value)),
        mdText(windowLabel(target.window)),
        mdText(scopeLabel(target))
    ]));
}

function supportingMarkdown(agreement: AgreementEntry, context: AgreementMarkdownContext, h: (offset: number) => string): string {
    const supporting = agreement.supportedBy
        .map(name => catalogLookups(context.catalog).supporting(name))
        .filter((entry): entry is AgreementEntry => entry !== undefined);
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
                `- **Status:** ${mdText(agreementStatusLabel(entry.status))}`,
                `- **Validity:** ${mdText(validityLabel(entry.validity))}`,
                entry.contract !== undefined ? `- **Contract:** ${mdText(entry.contract)}` : undefined
            ].filter(line => line !== undefined).join('\n'),
            targetsMarkdown(entry.targets)
        ])
    ]).trimEnd();
}
