/**
 * The published service catalog (PRM-IT A235 "Service Catalog") as a static site for one
 * view: an index with filters, a page per service, a page per agreement and, in the
 * support view, the A2 coverage page. Every page works opened straight from disk.
 */
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { agreementBody, type SiteLinks } from './agreement-html.js';
import { catalogLookups, type CatalogLookups } from './catalog-lookups.js';
import { type AgreementEntry, type Catalog, type EntityRef, type ServiceEntry } from './catalog-model.js';
import { compareText } from './text-order.js';
import { catalogPaths, relativeHref, type CatalogPaths } from './catalog-paths.js';
import { VIEW_PURPOSES, VIEW_TITLES, type CatalogView } from './catalog-views.js';
import { buildCoverage } from './coverage-model.js';
import { coverageBody } from './coverage-html.js';
import { partiesLabel, targetsApplyingTo } from './agreement-document.js';
import {
    AGREEMENT_KIND_LABELS, CLASSIFICATION_LABELS, SERVICE_KIND_LABELS, agreementStatusLabel, displayName, hoursLabel,
    isDraft, levelLabel, refLabel, serviceStatusLabel, simpleName, targetSummary, validityLabel
} from './display-text.js';
import type { GeneratedFile } from './generated-file.js';
import { addressLink, badge, facts, inlineList, list, pageLink, paragraphs, table } from './html-fragments.js';
import { html, type HtmlValue, type Markup } from './html-markup.js';
import { CHANGES_PAGE, changesBody, changesTitle } from './changes-since-html.js';
import type { ViewChanges } from './changes-since.js';
import { FILTER_SCRIPT, pageShell, type NavItem, type PageShell } from './html-page.js';

export interface CatalogHtmlOptions {
    readonly a2: A2ReferenceModel;
    /** ISO timestamp for the footer; omitted by default so output is reproducible. */
    readonly generatedAt?: string;
    /** What changed since a ref (`generate catalog --since`): a page of its own, linked from every page. */
    readonly changes?: ViewChanges;
}

const SITE_NAME = 'Service catalog';
const INDEX = 'index.html';
const COVERAGE = 'coverage.html';

/** Every page of the view's site, in memory at once (for the editor's preview and tests). */
export function catalogHtml(view: CatalogView, options: CatalogHtmlOptions): GeneratedFile[] {
    return [...catalogHtmlFiles(view, options)];
}

/** Every page of the view's site, each rendered only when asked for: a site can be thousands of pages. */
export function* catalogHtmlFiles(view: CatalogView, options: CatalogHtmlOptions): Generator<GeneratedFile> {
    const { catalog } = view;
    const paths = catalogPaths(catalog);
    const site = new SiteContext(view, paths, options);
    yield { path: INDEX, content: site.indexPage() };
    for (const service of catalog.services) {
        const path = paths.serviceEntry(service);
        yield { path, content: site.servicePage(service, path) };
    }
    for (const agreements of [catalog.slas, catalog.olas, catalog.ucs]) {
        for (const agreement of agreements) {
            const path = paths.agreementEntry(agreement);
            yield { path, content: site.agreementPage(agreement, path) };
        }
    }
    if (view.policy.bindings) {
        yield { path: COVERAGE, content: site.coveragePage() };
    }
    if (options.changes) {
        yield { path: CHANGES_PAGE, content: site.changesPage(options.changes) };
    }
}

class SiteContext {
    constructor(
        private readonly view: CatalogView,
        private readonly paths: CatalogPaths,
        private readonly options: CatalogHtmlOptions
    ) {}

    private get catalog(): Catalog {
        return this.view.catalog;
    }

    private get lookups(): CatalogLookups {
        return catalogLookups(this.view.catalog);
    }

    private linksFrom(pagePath: string): SiteLinks {
        return {
            service: name => {
                const target = this.paths.service(name);
                return target && relativeHref(pagePath, target);
            },
            agreement: name => {
                const target = this.paths.agreement(name);
                return target && relativeHref(pagePath, target);
            }
        };
    }

    /** Page shells by what distinguishes them: the way home (the folder depth) and the current entry. */
    private readonly shells = new Map<string, PageShell>();

    private page(pagePath: string, title: string, body: Markup, extra: { draft?: boolean; script?: string; current?: string } = {}): string {
        const home = relativeHref(pagePath, INDEX);
        const key = `${home}\u0000${extra.current ?? ''}\u0000${extra.script ?? ''}`;
        let shell = this.shells.get(key);
        if (!shell) {
            shell = this.shell(home, pagePath, extra);
            this.shells.set(key, shell);
        }
        return shell.render({ title, body, draft: extra.draft });
    }

    private shell(home: string, pagePath: string, extra: { script?: string; current?: string }): PageShell {
        const nav: NavItem[] = [
            { label: 'Services', href: `${home}#services`, current: extra.current === 'index' },
            { label: 'Agreements', href: `${home}#agreements` },
            ...(this.view.policy.packages ? [{ label: 'Packages', href: `${home}#packages` }] : []),
            { label: 'Parties', href: `${home}#parties` },
            ...(this.view.policy.demand ? [{ label: 'Demand', href: `${home}#demand` }] : []),
            ...(this.view.policy.bindings
                ? [{ label: 'A2 coverage', href: relativeHref(pagePath, COVERAGE), current: extra.current === 'coverage' }]
                : []),
            ...(this.options.changes
                ? [{ label: changesTitle(this.options.changes), href: relativeHref(pagePath, CHANGES_PAGE), current: extra.current === 'changes' }]
                : [])
        ];
        return pageShell({
            siteName: SITE_NAME,
            homeHref: home,
            tagline: VIEW_TITLES[this.view.name],
            nav,
            script: extra.script,
            footer: html`<p>Generated by svcdef from the workspace's service definitions (${VIEW_TITLES[this.view.name].toLowerCase()}).${this.options.generatedAt ? html` Generated at ${this.options.generatedAt}.` : ''}</p>`
        });
    }

    changesPage(changes: ViewChanges): string {
        return this.page(CHANGES_PAGE, changesTitle(changes), changesBody(changes, this.linksFrom(CHANGES_PAGE)), { current: 'changes' });
    }

    indexPage(): string {
        const links = this.linksFrom(INDEX);
        const { catalog, view } = this;
        const body = html`<h1>${SITE_NAME}</h1>
<p class="subtitle">${VIEW_PURPOSES[view.name]}</p>
<section aria-labelledby="services">
<h2 id="services">Services</h2>
${this.filterForm()}${this.serviceTable()}</section>
<section aria-labelledby="agreements">
<h2 id="agreements">Agreements</h2>
${this.agreementSection('Service level agreements', catalog.slas, links)}${view.policy.underpinning
            ? html`${this.agreementSection('Operational level agreements', catalog.olas, links)}${this.agreementSection('Underpinning contracts', catalog.ucs, links)}`
            : ''}</section>
${view.policy.packages ? this.packagesSection(links) : ''}${this.partiesSection()}${view.policy.demand ? this.demandSection(links) : ''}${view.policy.bindings ? this.bindingsSection() : ''}`;
        return this.page(INDEX, SITE_NAME, body, { script: FILTER_SCRIPT, current: 'index' });
    }

    private filterForm(): Markup {
        const services = this.catalog.services;
        const statuses = [...new Set(services.flatMap(service => service.status ? [service.status] : []))]
            .sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));
        const categories = [...new Set(services.flatMap(service => service.category !== undefined ? [service.category] : []))].sort(compareText);
        const customers = [...new Set(services.flatMap(service => service.customers))].sort(compareText);
        const select = (id: string, label: string, all: string, options: readonly { value: string; label: string }[]) => html`<div>
<label for="${id}">${label}</label>
<select id="${id}" name="${id}">
<option value="">${all}</option>
${options.map(option => html`<option value="${option.value}">${option.label}</option>\n`)}</select>
</div>
`;
        return html`<form id="filters" class="filters" hidden aria-label="Filter services">
${select('filter-status', 'Status', 'All statuses', statuses.map(status => ({ value: status, label: serviceStatusLabel(status) })))}${select('filter-category', 'Category', 'All categories', categories.map(category => ({ value: category, label: category })))}${select('filter-customer', 'Customer', 'All customers', customers.map(name => ({ value: name, label: this.customerName(name) })))}<div><button type="reset">Show all</button></div>
</form>
<p id="filter-count" class="filter-count" role="status" aria-live="polite"></p>
`;
    }

    private serviceTable(): Markup {
        const services = this.catalog.services;
        if (services.length === 0) {
            return html`<p class="muted">No services are defined.</p>\n`;
        }
        const kinds = this.view.policy.technicalServices;
        return table({
            id: 'service-list',
            caption: `${services.length} service${services.length === 1 ? '' : 's'}`,
            headers: ['Service', 'Status', ...(kinds ? ['Kind'] : []), 'Category', 'Customers', 'Service hours'],
            rowAttributes: services.map(service =>
                html` data-status="${service.status ?? ''}" data-category="${service.category ?? ''}" data-customers="${service.customers.join(' ')}"`),
            rows: services.map(service => [
                pageLink(displayName(service), relativeHref(INDEX, this.paths.serviceEntry(service))),
                badge(service.status ?? 'unknown', serviceStatusLabel(service.status)),
                ...(kinds ? [service.kind === 'technical' ? 'Technical' : 'Business'] : []),
                service.category ?? '',
                inlineList(service.customers.map(name => this.customerName(name))),
                hoursLabel(service.hours) ?? ''
            ])
        });
    }

    private customerName(name: string): string {
        const entry = this.lookups.customer(name);
        return entry ? displayName(entry) : simpleName(name);
    }

    private agreementSection(heading: string, agreements: readonly AgreementEntry[], links: SiteLinks): Markup {
        const kind = agreements[0]?.kind;
        const partyHeader = kind === 'ola' ? 'Unit' : kind === 'uc' ? 'Supplier' : 'Customer';
        const body = agreements.length === 0
            ? html`<p class="muted">None defined.</p>\n`
            : table({
                headers: ['Agreement', partyHeader, 'Services', 'Status', 'Validity'],
                rows: agreements.map(agreement => [
                    pageLink(displayName(agreement), relativeHref(INDEX, this.paths.agreementEntry(agreement))),
                    (agreement.kind === 'ola' ? refLabel(agreement.unit) : agreement.kind === 'uc' ? refLabel(agreement.supplier) : partiesLabel(agreement.customers)) ?? '',
                    inlineList(agreement.services.map(service => this.serviceLink(service, links))),
                    badge(agreement.status ?? 'draft', agreementStatusLabel(agreement.status)),
                    validityLabel(agreement.validity)
                ])
            });
        return html`<h3>${heading}</h3>
${body}`;
    }

    private serviceLink(service: EntityRef, links: SiteLinks): Markup {
        return pageLink(refLabel(service), service.resolved ? links.service(service.name) : undefined);
    }

    private packagesSection(links: SiteLinks): Markup {
        const packages = this.catalog.packages;
        return html`<section aria-labelledby="packages">
<h2 id="packages">Service level packages</h2>
${packages.length === 0
            ? html`<p class="muted">None defined.</p>\n`
            : table({
                headers: ['Package', 'Services', 'Agreements', 'Serves', 'Capacity'],
                rows: packages.map(pkg => [
                    displayName(pkg),
                    inlineList(pkg.services.map(service => this.serviceLink(service, links))),
                    inlineList(pkg.slas.map(sla => pageLink(refLabel(sla), sla.resolved ? links.agreement(sla.name) : undefined))),
                    inlineList(pkg.serves.map(pattern => refLabel(pattern))),
                    pkg.capacity !== undefined ? `${pkg.capacity}${pkg.capacityUnit ? ` ${pkg.capacityUnit}` : ''}` : ''
                ])
            })}</section>
`;
    }

    private partiesSection(): Markup {
        const { catalog } = this;
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

    private demandSection(links: SiteLinks): Markup {
        const { patterns, forecasts } = this.catalog;
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
                    inlineList(pattern.drives.map(service => this.serviceLink(service, links))),
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
                    this.serviceLink(forecast.service, links),
                    inlineList(forecast.periods.map(period => `${period.period}: ${period.demand}${period.unit ? ` ${period.unit}` : ''}`))
                ])
            })}</section>
`;
    }

    private bindingsSection(): Markup {
        const bindings = this.catalog.bindings;
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

    servicePage(service: ServiceEntry, path: string): string {
        const links = this.linksFrom(path);
        const { policy } = this.view;
        const slas = service.slas
            .map(name => this.lookups.sla(name))
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
<p>${inlineList(service.packages.map(name => displayName(this.lookups.package(name) ?? { name })))}</p>
` : ''}${policy.dependencies ? html`<h2>Depends on</h2>
${service.dependencies.length === 0
            ? html`<p class="muted">No dependencies declared.</p>\n`
            : html`<ul class="plain">
${service.dependencies.map(dependency => html`<li>${this.serviceLink(dependency, links)}</li>\n`)}</ul>
`}` : ''}${policy.internal ? html`<h2>Internal</h2>
<p class="muted">Support view only: never published to customers or users.</p>
${service.internal.length === 0
            ? html`<p class="muted">No internal notes.</p>\n`
            : table({
                headers: ['Entry', 'Value'],
                rows: service.internal.map(entry => [entry.key, addressLink(entry.value)])
            })}` : ''}${policy.demand ? this.serviceDemand(service) : ''}`;
        return this.page(path, displayName(service), body);
    }

    private serviceDemand(service: ServiceEntry): Markup {
        const patterns = this.lookups.patternsDriving(service.name);
        const forecasts = this.lookups.forecastsFor(service.name);
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

    agreementPage(agreement: AgreementEntry, path: string): string {
        const body = agreementBody(agreement, { catalog: this.catalog, policy: this.view.policy, links: this.linksFrom(path) });
        return this.page(path, `${displayName(agreement)} (${AGREEMENT_KIND_LABELS[agreement.kind]})`, body, { draft: isDraft(agreement) });
    }

    coveragePage(): string {
        const coverage = buildCoverage(this.catalog.bindings, this.options.a2);
        return this.page(COVERAGE, 'A2 process coverage', coverageBody(coverage), { current: 'coverage' });
    }
}

const STATUS_ORDER = ['planned', 'pipeline', 'live', 'retiring', 'retired'];

const PARTY_ROLES = { provider: 'Provider', customer: 'Customer', unit: 'Internal unit', supplier: 'Supplier' } as const;
