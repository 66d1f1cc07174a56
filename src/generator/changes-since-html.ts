/** The body of a view's "Changes since REF" page (changes.html); catalog-html.ts puts it in the site's shell. */
import type { CommitmentChange } from '../diff/commitment-change.js';
import type { SiteLinks } from './agreement-html.js';
import type { ViewChanges } from './changes-since.js';
import {
    EFFECT_HEADINGS, EFFECT_LABELS, EFFECT_ORDER, aspectLabel, causeLabel, countsLabel, elementLabel, locationLabel
} from './changes-since-words.js';
import { badge, pageLink, table } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';

export const CHANGES_PAGE = 'changes.html';

export function changesTitle(changes: ViewChanges): string {
    return `Changes since ${changes.ref}`;
}

export function changesBody(changes: ViewChanges, links: SiteLinks): Markup {
    const sections = EFFECT_ORDER.map(effect => {
        const rows = changes.changes.filter(change => change.effect === effect);
        return rows.length === 0 ? '' : html`<section aria-labelledby="${effect}">
<h2 id="${effect}">${EFFECT_HEADINGS[effect]}</h2>
${changeTable(rows, changes.sourceDetails, links)}</section>
`;
    });
    return html`<h1>${changesTitle(changes)}</h1>
<p class="subtitle">${countsLabel(changes.changes)}</p>
${sections}`;
}

function changeTable(changes: readonly CommitmentChange[], sourceDetails: boolean, links: SiteLinks): Markup {
    return table({
        headers: ['Element', 'What changed', 'Before', 'After', 'Effect', ...(sourceDetails ? ['Where', 'Acknowledged'] : [])],
        rows: changes.map(change => [
            pageLink(elementLabel(change), linkOf(change, links)),
            [aspectLabel(change), causeLabel(change)].filter(part => part).join(', '),
            change.before ?? '',
            change.after ?? '',
            // The catalog's status colours: amber for less promised, green for more.
            badge(change.effect === 'weaker' ? 'retiring' : change.effect === 'stronger' ? 'live' : 'neutral', EFFECT_LABELS[change.effect]),
            ...(sourceDetails ? [locationLabel(change), change.acknowledged ?? ''] : [])
        ])
    });
}

/** The element's own page, when the view has one (a removed element has none). */
function linkOf(change: CommitmentChange, links: SiteLinks): string | undefined {
    if (change.kind === 'removed' && change.aspect === change.element.kind) {
        return undefined;
    }
    const { kind, name } = change.element;
    if (kind === 'service') {
        return links.service(name);
    }
    if (kind === 'offering') {
        // An offering is shown on its service's page.
        return links.service(name.slice(0, Math.max(0, name.lastIndexOf('.'))));
    }
    if (kind === 'sla' || kind === 'ola' || kind === 'uc') {
        return links.agreement(name);
    }
    return undefined;
}
