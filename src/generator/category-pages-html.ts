/**
 * A landing page per service category (`categories/<slug>.html`): the category's services
 * with their status, for readers who browse rather than search. Linked from the index's
 * service list and from each service page.
 */
import type { Catalog } from './catalog-model.js';
import { relativeHref } from './catalog-paths.js';
import { displayName, hoursLabel } from './display-text.js';
import type { GeneratedFile } from './generated-file.js';
import { inlineList, noValue, pageLink, table } from './html-fragments.js';
import { serviceStatusMarkup } from './service-status-markup.js';
import { html } from './html-markup.js';
import { INDEX, type SiteContext } from './catalog-html.js';
import { uniqueSlugs } from './slugs.js';
import { compareText } from './text-order.js';

const CATEGORY_FOLDER = 'categories';

const pathsByCatalog = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/** Page of each category of the catalog, by category name; slugs over the sorted names, so stable. */
export function categoryPaths(catalog: Catalog): ReadonlyMap<string, string> {
    let paths = pathsByCatalog.get(catalog);
    if (!paths) {
        const categories = [...new Set(catalog.services.flatMap(service => service.category !== undefined ? [service.category] : []))].sort(compareText);
        const slugs = uniqueSlugs(categories);
        paths = new Map(categories.map(category => [category, `${CATEGORY_FOLDER}/${slugs.get(category)}.html`]));
        pathsByCatalog.set(catalog, paths);
    }
    return paths;
}

/** Href of a category's page as seen from the page at `fromPath`, or undefined for a category no listed service has. */
export function categoryHref(catalog: Catalog, fromPath: string, category: string | undefined): string | undefined {
    const target = category === undefined ? undefined : categoryPaths(catalog).get(category);
    return target && relativeHref(fromPath, target);
}

export function* categoryPageFiles(site: SiteContext): Generator<GeneratedFile> {
    for (const [category, path] of categoryPaths(site.catalog)) {
        yield { path, content: categoryPage(site, category, path) };
    }
}

function categoryPage(site: SiteContext, category: string, path: string): string {
    const services = site.catalog.services.filter(service => service.category === category);
    const home = relativeHref(path, INDEX);
    const body = html`<h1>${category}</h1>
<p class="subtitle">${services.length} service${services.length === 1 ? '' : 's'} in this category. <a href="${home}#services">All services</a></p>
${table({
        caption: `Services in ${category}`,
        headers: ['Service', 'Status', 'Customers', 'Service hours'],
        rows: services.map(service => [
            pageLink(displayName(service), relativeHref(path, site.paths.serviceEntry(service))),
            serviceStatusMarkup(service),
            inlineList(service.customers.map(name => site.customerName(name))),
            hoursLabel(service.hours) ?? noValue()
        ])
    })}`;
    return site.page(path, category, body, {
        breadcrumbs: [{ label: 'Home', href: home }, { label: 'Services', href: `${home}#services` }, { label: category }]
    });
}
