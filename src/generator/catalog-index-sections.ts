/**
 * The sections of a view's home page below the service list: agreements, packages,
 * parties, demand and A2 activity bindings. What each table holds is in catalog-tables.ts,
 * shared with the Markdown catalog; this file gives them their headings and links.
 */
import type { SiteLinks } from './agreement-html.js';
import { relativeHref } from './catalog-paths.js';
import type { AgreementEntry } from './catalog-model.js';
import { tableHtml, type TargetHref } from './catalog-table-html.js';
import { agreementsTable, bindingsTable, forecastsTable, packagesTable, partiesTable, patternsTable, type CatalogTable } from './catalog-tables.js';
import { html, type Markup } from './html-markup.js';
import { COVERAGE, INDEX, type SiteContext } from './catalog-html.js';

/** Where each link of a home-page table leads, from the home page. */
export function homeHrefs(site: SiteContext, links: SiteLinks): TargetHref {
    return target => {
        switch (target.to) {
            case 'service': return target.ref.resolved ? links.service(target.ref.name) : undefined;
            case 'agreement': return target.ref.resolved ? links.agreement(target.ref.name) : undefined;
            case 'service-entry': return relativeHref(INDEX, site.paths.serviceEntry(target.service));
            case 'agreement-entry': return relativeHref(INDEX, site.paths.agreementEntry(target.agreement));
        }
    };
}

/** A table, or a muted "None defined." where it has no rows. */
function tableOrNone(model: CatalogTable, hrefs: TargetHref): Markup {
    return model.rows.length === 0 ? html`<p class="muted">None defined.</p>\n` : tableHtml(model, hrefs);
}

export function agreementSection(site: SiteContext, heading: string, agreements: readonly AgreementEntry[], links: SiteLinks): Markup {
    const model = agreementsTable(agreements[0]?.kind ?? 'sla', agreements, site.catalog);
    return html`<h3>${heading}</h3>
${tableOrNone(model, homeHrefs(site, links))}`;
}

export function packagesSection(site: SiteContext, links: SiteLinks): Markup {
    return html`<section aria-labelledby="packages">
<h2 id="packages">Service level packages</h2>
${tableOrNone(packagesTable(site.catalog), homeHrefs(site, links))}</section>
`;
}

export function partiesSection(site: SiteContext): Markup {
    return html`<section aria-labelledby="parties">
<h2 id="parties">Parties</h2>
${tableOrNone(partiesTable(site.catalog), homeHrefs(site, site.linksFrom(INDEX)))}</section>
`;
}

export function demandSection(site: SiteContext, links: SiteLinks): Markup {
    const hrefs = homeHrefs(site, links);
    const patterns = patternsTable(site.catalog);
    const forecasts = forecastsTable(site.catalog);
    return html`<section aria-labelledby="demand">
<h2 id="demand">Demand</h2>
<h3>${patterns.caption}</h3>
${tableOrNone(patterns, hrefs)}<h3>${forecasts.caption}</h3>
${tableOrNone(forecasts, hrefs)}</section>
`;
}

export function bindingsSection(site: SiteContext): Markup {
    return html`<section aria-labelledby="bindings">
<h2 id="bindings">A2 activity bindings</h2>
<p>Which parts of the organization carry out PRM-IT A2 processes and activities. See the <a href="${COVERAGE}">coverage report</a> for the whole model.</p>
${tableOrNone(bindingsTable(site.catalog), homeHrefs(site, site.linksFrom(INDEX)))}</section>
`;
}
