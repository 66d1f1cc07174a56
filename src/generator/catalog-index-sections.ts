/**
 * The sections of a view's home page below the service list: agreements, packages,
 * parties, demand and A2 activity bindings.
 */
import type { SiteLinks } from './agreement-html.js';
import { partiesLabel } from './agreement-document.js';
import { relativeHref } from './catalog-paths.js';
import type { AgreementEntry } from './catalog-model.js';
import { CLASSIFICATION_LABELS, agreementStatusLabel, displayName, refLabel, validityLabel } from './display-text.js';
import { addressLink, badge, inlineList, pageLink, table } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';
import { COVERAGE, INDEX, type SiteContext } from './catalog-html.js';

export function agreementSection(site: SiteContext, heading: string, agreements: readonly AgreementEntry[], links: SiteLinks): Markup {
    const kind = agreements[0]?.kind;
    const partyHeader = kind === 'ola' ? 'Unit' : kind === 'uc' ? 'Supplier' : 'Customer';
    const body = agreements.length === 0
        ? html`<p class="muted">None defined.</p>\n`
        : table({
            headers: ['Agreement', partyHeader, 'Services', 'Status', 'Validity'],
            rows: agreements.map(agreement => [
                pageLink(displayName(agreement), relativeHref(INDEX, site.paths.agreementEntry(agreement))),
                (agreement.kind === 'ola' ? refLabel(agreement.unit) : agreement.kind === 'uc' ? refLabel(agreement.supplier) : partiesLabel(agreement.customers)) ?? '',
                inlineList(agreement.services.map(service => site.serviceLink(service, links))),
                badge(agreement.status ?? 'draft', agreementStatusLabel(agreement.status)),
                validityLabel(agreement.validity)
            ])
        });
    return html`<h3>${heading}</h3>
${body}`;
}


export function packagesSection(site: SiteContext, links: SiteLinks): Markup {
    const packages = site.catalog.packages;
    return html`<section aria-labelledby="packages">
<h2 id="packages">Service level packages</h2>
${packages.length === 0
        ? html`<p class="muted">None defined.</p>\n`
        : table({
            headers: ['Package', 'Services', 'Agreements', 'Serves', 'Capacity'],
            rows: packages.map(pkg => [
                displayName(pkg),
                inlineList(pkg.services.map(service => site.serviceLink(service, links))),
                inlineList(pkg.slas.map(sla => pageLink(refLabel(sla), sla.resolved ? links.agreement(sla.name) : undefined))),
                inlineList(pkg.serves.map(pattern => refLabel(pattern))),
                pkg.capacity !== undefined ? `${pkg.capacity}${pkg.capacityUnit ? ` ${pkg.capacityUnit}` : ''}` : ''
            ])
        })}</section>
`;
}

export function partiesSection(site: SiteContext): Markup {
    const { catalog } = site;
    const parties = [...catalog.providers, ...catalog.customers, ...catalog.units, ...catalog.suppliers];
    return html`<section aria-labelledby="parties">
<h2 id="parties">Parties</h2>
${parties.length === 0
        ? html`<p class="muted">None defined.</p>\n`
        : table({
            headers: ['Party', 'Role', 'Contact', 'Users'],
            rows: parties.map(party => [
                displayName(party),
                PARTY_ROLES[party.kind],
                party.contact !== undefined ? addressLink(party.contact) : '',
                party.users !== undefined ? String(party.users) : ''
            ])
        })}</section>
`;
}

export function demandSection(site: SiteContext, links: SiteLinks): Markup {
    const { patterns, forecasts } = site.catalog;
    return html`<section aria-labelledby="demand">
<h2 id="demand">Demand</h2>
<h3>Patterns of business activity</h3>
${patterns.length === 0
        ? html`<p class="muted">None defined.</p>\n`
        : table({
            headers: ['Pattern', 'Customer', 'Drives', 'Users', 'Peaks', 'Classification'],
            rows: patterns.map(pattern => [
                displayName(pattern),
                refLabel(pattern.customer) ?? '',
                inlineList(pattern.drives.map(service => site.serviceLink(service, links))),
                pattern.users !== undefined ? `${pattern.users}${pattern.usersLabel ? ` ${pattern.usersLabel}` : ''}` : '',
                inlineList(pattern.peaks.map(peak => `${peak.description}${peak.factor !== undefined ? ` (×${peak.factor})` : ''}`)),
                pattern.classification ? CLASSIFICATION_LABELS[pattern.classification] ?? pattern.classification : ''
            ])
        })}<h3>Service demand forecasts</h3>
${forecasts.length === 0
        ? html`<p class="muted">None defined.</p>\n`
        : table({
            headers: ['Forecast', 'Service', 'Periods'],
            rows: forecasts.map(forecast => [
                displayName(forecast),
                site.serviceLink(forecast.service, links),
                inlineList(forecast.periods.map(period => `${period.period}: ${period.demand}${period.unit ? ` ${period.unit}` : ''}`))
            ])
        })}</section>
`;
}

export function bindingsSection(site: SiteContext): Markup {
    const bindings = site.catalog.bindings;
    return html`<section aria-labelledby="bindings">
<h2 id="bindings">A2 activity bindings</h2>
<p>Which parts of the organization carry out PRM-IT A2 processes and activities. See the <a href="${COVERAGE}">coverage report</a> for the whole model.</p>
${bindings.length === 0
        ? html`<p class="muted">None defined.</p>\n`
        : table({
            headers: ['Binding', 'Implements', 'Owner', 'Tool', 'Produces', 'Consumes'],
            rows: bindings.map(binding => [
                displayName(binding),
                binding.node.name ? `${binding.node.id} ${binding.node.name}` : binding.node.id,
                refLabel(binding.owner) ?? '',
                binding.tool ?? '',
                inlineList(binding.produces.map(item => item.workProduct)),
                inlineList(binding.consumes)
            ])
        })}</section>
`;
}

const PARTY_ROLES = { provider: 'Provider', customer: 'Customer', unit: 'Internal unit', supplier: 'Supplier' } as const;
