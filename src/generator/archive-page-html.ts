/**
 * Retired services in the customer and user views: no longer in the service list, since
 * nobody can order or use them, but still named by older agreements and packages. The
 * archive page lists them with when they ended and what replaced them, so every such name
 * still leads somewhere, and a retiring service's page says the same ahead of time.
 */
import type { CatalogView } from './catalog-views.js';
import type { ServiceEntry } from './catalog-model.js';
import type { SiteLinks } from './agreement-html.js';
import { displayName, refLabel, serviceStatusLabel, simpleName } from './display-text.js';
import { badge, pageLink, paragraphs, type FactRow } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';
import { uniqueSlugs } from './slugs.js';
import type { SiteContext } from './catalog-html.js';

export const ARCHIVE = 'archive.html';
export const ARCHIVE_TITLE = 'Retired services';

/** Anchors of the archived services on the archive page, by qualified name (the first of a repeated name). */
const anchorsOfView = new WeakMap<CatalogView, ReadonlyMap<string, string>>();

function anchors(view: CatalogView): ReadonlyMap<string, string> {
    let byName = anchorsOfView.get(view);
    if (!byName) {
        const slugs = uniqueSlugs(view.archived.map(service => service.id), id => simpleName(id.replace(/~\d+$/, '')));
        const map = new Map<string, string>();
        view.archived.forEach(service => map.has(service.name) || map.set(service.name, `retired-${slugs.get(service.id)}`));
        anchorsOfView.set(view, byName = map);
    }
    return byName;
}

/** Where a retired service is listed (`archive.html#retired-fax`), relative to the site root; undefined for others. */
export function archiveEntry(view: CatalogView, name: string): string | undefined {
    const anchor = anchors(view).get(name);
    return anchor && `${ARCHIVE}#${anchor}`;
}

export function archivePage(site: SiteContext): string {
    const links = site.linksFrom(ARCHIVE);
    const { archived } = site.view;
    const ids = anchors(site.view);
    const body = html`<h1>${ARCHIVE_TITLE}</h1>
<p class="subtitle">Services that are no longer offered. Agreements and packages may still name them; where a service says what replaced it, use that one instead.</p>
${archived.length === 0
        ? html`<p class="muted">No service has been retired.</p>\n`
        : archived.map(service => html`<section aria-labelledby="${ids.get(service.name) ?? ''}">
<h2 id="${ids.get(service.name) ?? ''}">${displayName(service)} ${badge('retired', serviceStatusLabel(service.status))}</h2>
${paragraphs(service.description)}${retirementParagraph(service, links)}</section>
`)}`;
    return site.page(ARCHIVE, ARCHIVE_TITLE, body, { current: 'archive' });
}

function retirementParagraph(service: ServiceEntry, links: SiteLinks): Markup {
    const facts = [
        service.retiresOn !== undefined && html`Ended ${service.retiresOn}.`,
        service.replacedBy !== undefined && html`Replaced by ${replacementLink(service, links)}.`
    ].filter((fact): fact is Markup => fact !== false);
    return facts.length > 0
        ? html`<p>${facts.map((fact, index) => html`${index > 0 ? ' ' : ''}${fact}`)}</p>\n`
        : html`<p class="muted">No end date or replacement stated.</p>\n`;
}

function replacementLink(service: ServiceEntry, links: SiteLinks): Markup {
    const replacement = service.replacedBy!;
    return pageLink(refLabel(replacement), replacement.resolved ? links.service(replacement.name) : undefined);
}

/** `Until` and `Replaced by` on the page of a retiring (or, in the support view, retired) service. */
export function retirementFacts(service: ServiceEntry, links: SiteLinks): FactRow[] {
    const rows: FactRow[] = [];
    if (service.retiresOn !== undefined) {
        rows.push({ term: service.status === 'retired' ? 'Ended' : 'Until', value: service.retiresOn });
    }
    if (service.replacedBy !== undefined) {
        rows.push({ term: 'Replaced by', value: replacementLink(service, links) });
    }
    return rows;
}
