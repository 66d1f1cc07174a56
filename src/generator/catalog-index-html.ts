/**
 * The home page of one view's site: the service list with its filters, then the agreements,
 * packages, parties, demand and A2 bindings of the catalog.
 */
import { compareText } from './text-order.js';
import { relativeHref } from './catalog-paths.js';
import { VIEW_HEADINGS, VIEW_PURPOSES } from './catalog-views.js';
import { displayName, hoursLabel, serviceStatusLabel } from './display-text.js';
import { inlineList, noValue, pageLink, table } from './html-fragments.js';
import { serviceStatusMarkup } from './service-status-markup.js';
import { html, type Markup } from './html-markup.js';
import { INDEX, type SiteContext } from './catalog-html.js';
import { categoryHref } from './category-pages-html.js';
import { SEARCH_FOLDER } from './search-index-format.js';
import { agreementSection, bindingsSection, demandSection, packagesSection, partiesSection } from './catalog-index-sections.js';

export function indexPage(site: SiteContext): string {
    const links = site.linksFrom(INDEX);
    const { catalog, view } = site;
    const body = html`<h1>${VIEW_HEADINGS[view.name]}</h1>
<p class="subtitle">${VIEW_PURPOSES[view.name]}</p>
${searchForm()}<section aria-labelledby="services">
<h2 id="services">Services</h2>
${filterForm(site)}${serviceTable(site)}</section>
<section aria-labelledby="agreements">
<h2 id="agreements">Agreements</h2>
${agreementSection(site, 'Service level agreements', catalog.slas, links)}${view.policy.underpinning
        ? html`${agreementSection(site, 'Operational level agreements', catalog.olas, links)}${agreementSection(site, 'Underpinning contracts', catalog.ucs, links)}`
        : ''}</section>
${view.policy.packages ? packagesSection(site, links) : ''}${partiesSection(site)}${view.policy.demand ? demandSection(site, links) : ''}${view.policy.bindings ? bindingsSection(site) : ''}`;
    return site.page(INDEX, VIEW_HEADINGS[view.name], body, { script: true, current: 'index' });
}

/** Hidden until the site script runs: without it the box could not answer. */
function searchForm(): Markup {
    return html`<form id="site-search" class="site-search" role="search" hidden data-index="${SEARCH_FOLDER}/">
<label for="search-input">Search services and agreements</label>
<input id="search-input" name="q" type="search" autocomplete="off" spellcheck="false">
<button type="submit">Search</button>
</form>
<section id="search-results" class="search-results" hidden aria-label="Search results">
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-list"></ol>
<button id="search-more" type="button" hidden>Show more results</button>
</section>
`;
}

function filterForm(site: SiteContext): Markup {
    const services = site.catalog.services;
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
    // Names the service list's columns in order for the script's sort buttons; `-` does not sort.
    const columns = ['name', 'status', ...(site.view.policy.technicalServices ? ['-'] : []), 'category'].join(' ');
    return html`<form id="filters" class="filters" hidden aria-label="Filter services" data-columns="${columns}">
${select('filter-status', 'Status', 'All statuses', statuses.map(status => ({ value: status, label: serviceStatusLabel(status) })))}${select('filter-category', 'Category', 'All categories', categories.map(category => ({ value: category, label: category })))}${select('filter-customer', 'Customer', 'All customers', customers.map(name => ({ value: name, label: site.customerName(name) })))}${
    // The column headers sort too, but a phone shows the rows as cards without them.
    select('filter-sort', 'Sort by', 'As listed', SORT_CHOICES)}<div><button type="reset">Show all</button></div>
</form>
<p id="filter-count" class="filter-count" role="status" aria-live="polite"></p>
`;
}


function serviceTable(site: SiteContext): Markup {
    const services = site.catalog.services;
    if (services.length === 0) {
        return html`<p class="muted">No services are defined.</p>\n`;
    }
    const kinds = site.view.policy.technicalServices;
    return table({
        id: 'service-list',
        caption: `${services.length} service${services.length === 1 ? '' : 's'}`,
        headers: ['Service', 'Status', ...(kinds ? ['Kind'] : []), 'Category', 'Customers', 'Service hours'],
        rowAttributes: services.map(service =>
            html` data-status="${service.status ?? ''}" data-category="${service.category ?? ''}" data-customers="${service.customers.join(' ')}"`),
        rows: services.map(service => [
            pageLink(displayName(service), relativeHref(INDEX, site.paths.serviceEntry(service))),
            serviceStatusMarkup(service),
            ...(kinds ? [service.kind === 'technical' ? 'Technical' : 'Business'] : []),
            service.category !== undefined ? pageLink(service.category, categoryHref(site.catalog, INDEX, service.category)) : '',
            inlineList(service.customers.map(name => site.customerName(name))),
            hoursLabel(service.hours) ?? noValue()
        ])
    });
}

const STATUS_ORDER = ['planned', 'pipeline', 'live', 'retiring', 'retired'];

/** The orders the sort list offers, as `sort` values of the URL, after the page's own order. */
const SORT_CHOICES: readonly { value: string; label: string }[] = [
    { value: 'name', label: 'Name, A to Z' },
    { value: '-name', label: 'Name, Z to A' },
    { value: 'status', label: 'Status, planned to retired' },
    { value: '-status', label: 'Status, retired to planned' },
    { value: 'category', label: 'Category, A to Z' },
    { value: '-category', label: 'Category, Z to A' }
];
