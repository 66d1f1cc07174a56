/**
 * A service's status as the service lists of the site show it (the home page and the
 * category pages): its badge, then the end date and replacement a retiring or retired
 * service states, so that no list shows "Retiring" without saying until when.
 */
import type { ServiceEntry } from './catalog-model.js';
import { retirementLabel, serviceStatusLabel } from './display-text.js';
import { badge } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';

/** A service's status badge, with its end date and replacement where a retiring or retired service states them. */
export function serviceStatusMarkup(service: ServiceEntry): Markup {
    const retirement = retirementLabel(service);
    return html`${badge(service.status ?? 'unknown', serviceStatusLabel(service.status))}${retirement !== undefined ? html` ${retirement}` : ''}`;
}
