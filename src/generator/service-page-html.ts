/**
 * A service's page in one view's site: what it is, its offerings, the agreements that
 * cover it and, in the support view, its dependencies, internal notes and demand.
 */
import { partiesLabel, targetsApplyingTo } from './agreement-document.js';
import type { AgreementEntry, ServiceEntry } from './catalog-model.js';
import {
    SERVICE_KIND_LABELS, agreementStatusLabel, displayName, hoursLabel, levelLabel, refLabel, serviceStatusLabel, targetSummary
} from './display-text.js';
import { addressLink, badge, facts, inlineList, list, pageLink, paragraphs, table } from './html-fragments.js';
import { html, type HtmlValue, type Markup } from './html-markup.js';
import type { SiteContext } from './catalog-html.js';

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
        service.support !== undefined && { term: 'Get support', value: addressLink(service.support) },
        service.request !== undefined && { term: 'Request it', value: addressLink(service.request) }
    ])}<h2>Offerings</h2>
${service.offerings.length === 0
        ? html`<p class="muted">No offerings listed.</p>\n`
        : table({
            headers: ['Offering', 'Description', ...(policy.prices ? ['Price'] : []), ...(tiered ? ['Service levels'] : [])],
            rows: service.offerings.map(offering => [
                displayName(offering),
                offering.description ?? '',
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
                    badge(sla.status ?? 'draft', agreementStatusLabel(sla.status)),
                    targets.length > 0 ? list(targets.map(target => targetSummary(target))) : html`<span class="muted">None stated</span>`
                ];
            })
        })}${policy.packages && service.packages.length > 0 ? html`<h2>Service level packages</h2>
<p>${inlineList(service.packages.map(name => displayName(site.lookups.package(name) ?? { name })))}</p>
` : ''}${policy.dependencies ? html`<h2>Depends on</h2>
${service.dependencies.length === 0
        ? html`<p class="muted">No dependencies declared.</p>\n`
        : html`<ul class="plain">
${service.dependencies.map(dependency => html`<li>${site.serviceLink(dependency, links)}</li>\n`)}</ul>
`}` : ''}${policy.internal ? html`<h2>Internal</h2>
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
