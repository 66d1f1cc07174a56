/**
 * A service's page in one view's site: what it is, its offerings, the agreements that
 * cover it and, in the support view, its impact analysis (what it depends on and what
 * depends on it, the OLAs and UCs behind it, the availability its chains reach end to end),
 * internal notes and demand.
 */
import { partiesLabel, targetsApplyingTo } from './agreement-document.js';
import type { AgreementEntry, ServiceEntry, SupportingBudgetEntry, TargetEntry } from './catalog-model.js';
import { notBindingBadge } from './commitment-chain-html.js';
import { commitmentChainOf, notInForceIn, notInForceWords } from './commitment-chain.js';
import {
    AGREEMENT_KIND_SHORT, SERVICE_KIND_LABELS, agreementStatusKind, agreementStatusLabel, displayName, hoursLabel, levelLabel, refLabel, serviceStatusLabel, targetSummary
} from './display-text.js';
import { addressLink, badge, facts, inlineList, list, noValue, pageLink, paragraphs, table } from './html-fragments.js';
import { html, joinMarkup, type HtmlValue, type Markup } from './html-markup.js';
import type { SiteLinks } from './agreement-html.js';
import type { SiteContext } from './catalog-html.js';
import { helpFact } from './help-contact.js';
import { retirementFacts } from './archive-page-html.js';
import { dependencyDiagram } from './dependency-diagram.js';
import { DEPENDENCY_MAP } from './dependency-map-html.js';
import { relativeHref } from './catalog-paths.js';
import { serviceRelations, type Reach } from './service-relations.js';
import { compositePercentText } from './target-timing.js';

export function servicePage(site: SiteContext, service: ServiceEntry, path: string): string {
    const links = site.linksFrom(path);
    const { policy } = site.view;
    const slas = service.slas
        .map(name => site.lookups.sla(name))
        .filter((sla): sla is AgreementEntry => sla !== undefined);
    // Tiers publish their service levels; a column for them only when one does.
    const tiered = service.offerings.some(offering => offering.targets.length > 0);
    const body = html`<h1>${displayName(service)} ${badge(service.status ?? 'unknown', serviceStatusLabel(service.status))}</h1>
<p class="subtitle">Service <code>${service.name}</code></p>
${paragraphs(service.description)}<h2>At a glance</h2>
${facts([
        { term: 'Status', value: serviceStatusLabel(service.status) },
        policy.technicalServices && { term: 'Kind', value: SERVICE_KIND_LABELS[service.kind] ?? service.kind },
        service.category !== undefined && { term: 'Category', value: service.category },
        service.tags.length > 0 && { term: 'Tags', value: service.tags.join(', ') },
        service.criticality !== undefined && { term: 'Criticality', value: levelLabel(service.criticality) },
        service.owner && { term: 'Owner', value: refLabel(service.owner) },
        service.manager && { term: 'Manager', value: refLabel(service.manager) },
        service.hours && { term: 'Service hours', value: hoursLabel(service.hours) },
        service.supportHours && { term: 'Support hours', value: hoursLabel(service.supportHours) },
        helpFact(site.catalog, service), ...retirementFacts(service, links),
        service.request !== undefined && { term: 'Request it', value: addressLink(service.request) }
    ])}<h2>Offerings</h2>
${service.offerings.length === 0
        ? html`<p class="muted">No offerings listed.</p>\n`
        : table({
            headers: ['Offering', 'Description', ...(policy.prices ? ['Price'] : []), ...(tiered ? ['Service levels'] : [])],
            rows: service.offerings.map(offering => [
                displayName(offering),
                offering.description ?? noValue(),
                ...(policy.prices ? [offering.price?.text ?? 'No price stated'] : []),
                ...(tiered ? [offering.targets.length > 0 ? list(offering.targets.map(targetSummary)) : html`<span class="muted">None stated</span>`] : [])
            ])
        })}<h2>Service level agreements</h2>
${slas.length === 0
        ? html`<p class="muted">No service level agreement covers this service.</p>\n`
        : table({
            headers: ['Agreement', 'Customer', 'Status', 'Targets'],
            rows: slas.map(sla => {
                const targets = targetsApplyingTo(sla, service.name);
                return [
                    pageLink(displayName(sla), links.agreement(sla.name)),
                    partiesLabel(sla.customers) ?? '',
                    badge(agreementStatusKind(sla), agreementStatusLabel(sla)),
                    targets.length > 0 ? list(targets.map(target => targetSummary(target))) : html`<span class="muted">None stated</span>`
                ];
            })
        })}${policy.packages && service.packages.length > 0 ? html`<h2>Service level packages</h2>
<p>${inlineList(service.packages.map(name => displayName(site.lookups.package(name) ?? { name })))}</p>
` : ''}${policy.dependencies ? dependencySections(site, service, path, links) : ''}${policy.underpinning ? backingSections(site, service, links) : ''}${policy.internal ? html`<h2>Internal</h2>
<p class="muted">Support view only: never published to customers or users.</p>
${service.internal.length === 0
        ? html`<p class="muted">No internal notes.</p>\n`
        : table({
            headers: ['Entry', 'Value'],
            rows: service.internal.map(entry => [entry.key, addressLink(entry.value)])
        })}` : ''}${policy.demand ? serviceDemand(site, service) : ''}`;
    return site.page(path, displayName(service), body);
}

function serviceDemand(site: SiteContext, service: ServiceEntry): Markup {
    const patterns = site.lookups.patternsDriving(service.name);
    const forecasts = site.lookups.forecastsFor(service.name);
    if (patterns.length === 0 && forecasts.length === 0) {
        return html``;
    }
    const rows: HtmlValue[][] = [
        ...patterns.map(pattern => [displayName(pattern), 'Pattern of business activity', refLabel(pattern.customer) ?? '']),
        ...forecasts.map(forecast => [displayName(forecast), 'Demand forecast',
            inlineList(forecast.periods.map(period => `${period.period}: ${period.demand}${period.unit ? ` ${period.unit}` : ''}`))])
    ];
    return html`<h2>Demand</h2>
${table({ headers: ['Name', 'Kind', 'Details'], rows })}`;
}

/**
 * What the service depends on and what depends on it, each directly and (on demand)
 * through others, then the neighbourhood as a diagram whose text alternative is these lists.
 */
/**
 * Indirect dependants listed at most on a service page: a core service of a large catalog
 * reaches thousands, a list nobody reads that would make its page megabytes; the count
 * stays exact.
 */
export const INDIRECT_LIST_LIMIT = 50;

function dependencySections(site: SiteContext, service: ServiceEntry, path: string, links: SiteLinks): Markup {
    const relations = serviceRelations(site.catalog);
    const dependencies = relations.dependencies(service);
    const dependants = relations.dependants(service);
    const indirectDependencies = relations.indirectDependencies(service, INDIRECT_LIST_LIMIT);
    const indirectDependants = relations.indirectDependants(service, INDIRECT_LIST_LIMIT);
    const serviceItem = (entry: ServiceEntry) => html`<li>${pageLink(displayName(entry), links.service(entry.name))}</li>\n`;
    const indirect = ({ count, first }: Reach, singular: string, plural: string) => count === 0 ? html`` : html`<details>
<summary>All ${count} indirect ${count === 1 ? singular : plural}</summary>
<ul class="plain">
${first.map(serviceItem)}</ul>
${count > first.length
        ? html`<p class="muted">The first ${first.length} by name; ${count - first.length} more are not listed. The <a href="${relativeHref(path, DEPENDENCY_MAP)}">dependency map</a> shows the whole catalog.</p>
`
        : ''}</details>
`;
    const diagram = dependencies.length + dependants.length > 0
        ? html`<h2>Dependency diagram</h2>
${dependencyDiagram({ service, dependencies, dependants }, links, { id: 'dependency-lists', label: 'the lists of what it depends on and what depends on it' })}`
        : html``;
    // Every `depends on` the service states, unresolved ones included, as the author wrote them.
    return html`<section id="dependency-lists" aria-label="Dependencies">
<h2>Depends on</h2>
${service.dependencies.length === 0
        ? html`<p class="muted">No dependencies declared.</p>\n`
        : html`<ul class="plain">
${service.dependencies.map(dependency => html`<li>${site.serviceLink(dependency, links)}</li>\n`)}</ul>
`}${indirect(indirectDependencies, 'dependency', 'dependencies')}<h2>Depended on by</h2>
${dependants.length === 0
        ? html`<p class="muted">No service depends on it.</p>\n`
        : html`<p>${dependants.length === 1 ? '1 service depends' : `${dependants.length} services depend`} on it directly${indirectDependants.count > 0 ? html`, ${indirectDependants.count} more through them` : ''}.</p>
<ul class="plain">
${dependants.map(serviceItem)}</ul>
`}${indirect(indirectDependants, 'dependant', 'dependants')}</section>
${diagram}`;
}

/** The OLAs and UCs behind the service, with their targets, and what its SLAs' supporting chains reach end to end. */
function backingSections(site: SiteContext, service: ServiceEntry, links: SiteLinks): Markup {
    const backing = serviceRelations(site.catalog).backing(service);
    const chains = service.slas
        .map(name => site.lookups.sla(name))
        .filter((sla): sla is AgreementEntry => sla !== undefined)
        .flatMap(sla => targetsApplyingTo(sla, service.name)
            .filter(target => target.supportingBudget !== undefined)
            .map(target => ({ sla, target, budget: target.supportingBudget! })));
    return html`<h2>Backed by</h2>
${backing.length === 0
        ? html`<p class="muted">No OLA or UC names this service or supports an SLA that covers it.</p>\n`
        : table({
            headers: ['Agreement', 'Party', 'Why it counts', 'Targets'],
            rows: backing.map(({ agreement, namesService, viaSlas }) => {
                const targets = targetsApplyingTo(agreement, service.name);
                return [
                    html`${pageLink(`${AGREEMENT_KIND_SHORT[agreement.kind]} ${displayName(agreement)}`, links.agreement(agreement.name))}${notBindingBadge(agreement)}`,
                    refLabel(agreement.kind === 'ola' ? agreement.unit : agreement.supplier) ?? 'Not stated',
                    joinMarkup([
                        namesService ? html`Names this service` : '',
                        viaSlas.length > 0
                            ? html`Supports ${inlineList(viaSlas.map(sla => pageLink(`SLA ${displayName(sla)}`, links.agreement(sla.name))))}`
                            : ''
                    ].filter(part => part !== ''), html`; `),
                    targets.length > 0 ? list(targets.map(targetSummary)) : html`<span class="muted">None stated</span>`
                ];
            })
        })}<h2>End-to-end availability</h2>
${chains.length === 0
        ? html`<p class="muted">No availability promise of an SLA covering this service rests on supporting agreements.</p>\n`
        : html`<p>What the supporting agreements reach together under each availability promise, composed in series, with redundancy groups in parallel. Where an SLA covers several services, the figure is that of the service it fares worst for.</p>
${table({
            headers: ['Agreement', 'Promise', 'Supporting chain', 'Together'],
            rows: chains.map(({ sla, target, budget }) => [
                pageLink(`SLA ${displayName(sla)}`, links.agreement(sla.name)),
                targetSummary(target),
                budget.formula,
                togetherCell(budget, target, commitmentChainOf(sla, site.catalog).supporters)
            ])
        })}`}`;
}

/** What a chain reaches together, and why that backs nothing today when it counts an agreement not in force. */
function togetherCell(budget: SupportingBudgetEntry, target: TargetEntry, supporters: readonly AgreementEntry[]): Markup {
    const lapsed = notInForceIn(budget, supporters);
    const remark = lapsed.length > 0 ? `not backed today: the figure ${notInForceWords(lapsed)}`
        : budget.compositePercent < (target.magnitude ?? 0) ? 'below the promise' : undefined;
    return html`${compositePercentText(budget.compositePercent)}${remark !== undefined ? html` <span class="muted">(${remark})</span>` : ''}`;
}
