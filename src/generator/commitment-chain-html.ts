/**
 * The commitment-chain section of an agreement page, where the view shows underpinning
 * agreements: for an SLA, the OLAs and UCs it rests on with their targets, the redundancy
 * groups among them and the end-to-end availability they reach, as a table and a diagram;
 * for an OLA or UC that names no services itself, the services it backs through the SLAs
 * it supports.
 */
import type { AgreementContext } from './agreement-html.js';
import { commitmentChainDiagram } from './commitment-chain-diagram.js';
import { notBindingWords } from './agreement-standing.js';
import { availabilityTargetOf, commitmentChainOf, notInForceIn, notInForceWords, type CommitmentChain } from './commitment-chain.js';
import { AGREEMENT_KIND_SHORT, agreementStatusKind, agreementStatusLabel, displayName, refLabel, targetSummary } from './display-text.js';
import { badge, inlineList, list, pageLink, table } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';
import { serviceRelations } from './service-relations.js';
import { compositePercentText } from './target-timing.js';
import type { AgreementEntry } from './catalog-model.js';

export const CHAIN_TABLE_ID = 'commitment-chain-table';

export function commitmentChainSection(agreement: AgreementEntry, context: AgreementContext): Markup {
    if (!context.policy.underpinning) {
        return html``;
    }
    return agreement.kind === 'sla' ? slaChain(commitmentChainOf(agreement, context.catalog), context) : backedServicesSection(agreement, context);
}

function slaChain(chain: CommitmentChain, context: AgreementContext): Markup {
    if (chain.supporters.length === 0) {
        return html`<h2 id="commitment-chain">Commitment chain</h2>
<p class="muted">No OLA or UC supports this agreement, so nothing underpins its targets.</p>
`;
    }
    const groupOf = new Map(chain.groups.flatMap((group, index) => group.map(member => [member, index] as const)));
    return html`<h2 id="commitment-chain">Commitment chain</h2>
<p>The internal and supplier agreements this SLA rests on. Members of a redundancy group stand in for each other; everything else must be up together.</p>
${commitmentChainDiagram(chain, context.links, { id: CHAIN_TABLE_ID, label: 'the table of supporting agreements' })}${table({
        id: CHAIN_TABLE_ID,
        // Only the availability composes along the chain; every target of each agreement is in the section below.
        caption: 'Supporting agreements and their availability',
        headers: ['Agreement', 'Party', 'Availability', 'In the chain'],
        rows: chain.supporters.map(supporter => {
            const group = groupOf.get(supporter);
            const partners = group !== undefined ? chain.groups[group].filter(member => member !== supporter) : [];
            return [
                html`${pageLink(`${AGREEMENT_KIND_SHORT[supporter.kind]} ${displayName(supporter)}`, context.links.agreement(supporter.name))}${notBindingBadge(supporter)}`,
                refLabel(supporter.kind === 'ola' ? supporter.unit : supporter.supplier) ?? 'Not stated',
                availabilityText(supporter),
                group !== undefined
                    ? html`Redundancy group ${group + 1}, with ${inlineList(partners.map(partner => displayName(partner)))}`
                    : 'In series'
            ];
        })
    })}${chain.promises.length > 0 ? html`<h3>End-to-end availability</h3>
${table({
        headers: ['Promise', 'Supporting chain', 'Together', 'Against the promise'],
        rows: chain.promises.map(({ target, budget }) => {
            // A figure that counts an agreement binding nobody today backs nothing today, however high it is.
            const lapsed = notInForceIn(budget, chain.supporters);
            return [
                targetSummary(target) + (target.forService !== undefined ? ` (for ${target.forService})` : ''),
                budget.formula,
                compositePercentText(budget.compositePercent),
                lapsed.length > 0 ? `Not backed today: the figure ${notInForceWords(lapsed)}`
                    : budget.compositePercent >= (target.magnitude ?? 0) ? 'Meets it' : 'Below it: the chain alone may break the promise'
            ];
        })
    })}` : html`<p class="muted">This agreement states no availability target that the supporting agreements compose to.</p>\n`}`;
}

/** An OLA or UC naming no services of its own backs the services of the SLAs it supports. */
function backedServicesSection(agreement: AgreementEntry, context: AgreementContext): Markup {
    if (agreement.services.length > 0) {
        return html``;
    }
    const backed = serviceRelations(context.catalog).backedServices(agreement);
    if (backed.viaSlas.length === 0) {
        return html``;
    }
    return html`<h2>Services it backs</h2>
<p>This agreement names no services itself; it backs those of the SLAs it supports: ${inlineList(backed.viaSlas.map(sla => pageLink(displayName(sla), context.links.agreement(sla.name))))}.</p>
${backed.services.length > 0
        ? list(backed.services.map(service => pageLink(refLabel(service), service.resolved ? context.links.service(service.name) : undefined)))
        : html`<p class="muted">Those SLAs name no services.</p>\n`}`;
}

/** ` Expired`, ` Not yet in force` or ` Draft` as a badge after a supporter that binds nobody today. */
export function notBindingBadge(agreement: AgreementEntry): Markup {
    return notBindingWords(agreement) !== undefined ? html` ${badge(agreementStatusKind(agreement), agreementStatusLabel(agreement))}` : html``;
}

function availabilityText(agreement: AgreementEntry): Markup {
    const target = availabilityTargetOf(agreement);
    return target ? html`${targetSummary(target)}` : html`<span class="muted">None stated</span>`;
}
