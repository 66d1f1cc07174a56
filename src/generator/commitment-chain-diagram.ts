/**
 * An SLA's commitment chain as a diagram: the SLA on the left, the OLAs and UCs it rests
 * on in series in the middle, each with its availability, and the members of a redundancy
 * group to the right of one box for the group, since any one of them keeps that link up.
 */
import type { SiteLinks } from './agreement-html.js';
import { notBindingWords } from './agreement-standing.js';
import { availabilityTargetOf, notInForceIn, notInForceWords, type CommitmentChain } from './commitment-chain.js';
import type { AgreementEntry } from './catalog-model.js';
import { AGREEMENT_KIND_SHORT, agreementStatusLabel, displayName } from './display-text.js';
import { layoutColumns, type DiagramEdge, type DiagramNode } from './graph-layout.js';
import type { Markup } from './html-markup.js';
import { svgDiagram } from './svg-diagram.js';
import { compositePercentText } from './target-timing.js';

export function commitmentChainDiagram(chain: CommitmentChain, links: SiteLinks, textAlternative: { readonly id: string; readonly label: string }): Markup {
    const { sla } = chain;
    const rootId = `a:${sla.name}`;
    const promise = chain.promises[0];
    const lapsed = promise ? notInForceIn(promise.budget, chain.supporters) : [];
    const root: DiagramNode = {
        id: rootId,
        label: `SLA ${displayName(sla)}`,
        // The box has room for a few words: the figure is in the description and the table.
        note: promise ? `promises ${promise.target.valueWords}, chain ${lapsed.length > 0 ? 'not in force' : compositePercentText(promise.budget.compositePercent)}` : undefined,
        title: `SLA ${displayName(sla)} (${sla.name})`,
        kind: 'current'
    };
    // Links of the series in the middle column; members of redundancy groups to the right, beside their group.
    const series: DiagramNode[] = [];
    const members: DiagramNode[] = [];
    const edges: DiagramEdge[] = [];
    const grouped = new Map(chain.groups.flatMap((group, index) => group.map(member => [member, index] as const)));
    const drawnGroups = new Set<number>();
    for (const supporter of chain.supporters) {
        const group = grouped.get(supporter);
        if (group === undefined) {
            series.push(agreementNode(supporter, links));
            edges.push({ from: rootId, to: `a:${supporter.name}` });
        } else if (!drawnGroups.has(group)) {
            drawnGroups.add(group);
            series.push({ id: `g:${group}`, label: `Redundancy group ${group + 1}`, note: 'any one keeps it up', kind: 'group' });
            edges.push({ from: rootId, to: `g:${group}` });
            for (const member of chain.groups[group]) {
                members.push(agreementNode(member, links));
                edges.push({ from: `g:${group}`, to: `a:${member.name}`, dashed: true });
            }
        }
    }
    const layout = layoutColumns([[root], series, members], edges);
    return svgDiagram(layout, {
        id: 'chain-diagram',
        title: `Commitment chain of SLA ${displayName(sla)}`,
        description: `SLA ${displayName(sla)} rests on ${chain.supporters.length} supporting agreement${chain.supporters.length === 1 ? '' : 's'}`
            + (chain.groups.length > 0 ? `, ${chain.groups.length} redundancy group${chain.groups.length === 1 ? '' : 's'} among them` : '')
            + (promise ? `; together they reach ${compositePercentText(promise.budget.compositePercent)}: ${promise.budget.formula}` : '')
            + (lapsed.length > 0 ? `; not backed today: the figure ${notInForceWords(lapsed)}.` : '.'),
        textAlternative
    });
}

function agreementNode(agreement: AgreementEntry, links: SiteLinks): DiagramNode {
    const target = availabilityTargetOf(agreement);
    const kind = AGREEMENT_KIND_SHORT[agreement.kind];
    return {
        id: `a:${agreement.name}`,
        label: `${kind} ${displayName(agreement)}`,
        note: (target ? `availability ${target.valueWords}` : 'no availability target')
            + (notBindingWords(agreement) !== undefined ? ` · ${agreementStatusLabel(agreement).toLowerCase()}` : ''),
        title: `${kind} ${displayName(agreement)} (${agreement.name})`,
        href: links.agreement(agreement.name),
        kind: 'agreement'
    };
}
