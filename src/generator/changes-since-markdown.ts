/** The "Changes since REF" page of a view as Markdown (changes.md, next to catalog.md). */
import type { CommitmentChange } from '../diff/commitment-change.js';
import type { ViewChanges } from './changes-since.js';
import {
    EFFECT_HEADINGS, EFFECT_LABELS, EFFECT_ORDER, aspectLabel, causeLabel, countsLabel, elementLabel, locationLabel
} from './changes-since-words.js';
import { VIEW_TITLES, type CatalogViewName } from './catalog-views.js';
import { mdDocument, mdRelativeLink, mdTable, mdText } from './markdown-text.js';

export const CHANGES_MARKDOWN = 'changes.md';

export function changesMarkdown(changes: ViewChanges, view: CatalogViewName, generatedAt?: string): string {
    return mdDocument([
        `# Changes since ${mdText(changes.ref)}`,
        `${mdText(VIEW_TITLES[view])} of the service catalog. ${mdText(countsLabel(changes.changes))}`,
        generatedAt && `_Generated at ${mdText(generatedAt)}._`,
        ...EFFECT_ORDER.flatMap(effect => {
            const rows = changes.changes.filter(change => change.effect === effect);
            return rows.length === 0 ? [] : [`## ${EFFECT_HEADINGS[effect]}`, changeTable(rows, changes.sourceDetails)];
        }),
        mdRelativeLink('Back to the catalog', 'catalog.md')
    ]);
}

function changeTable(changes: readonly CommitmentChange[], sourceDetails: boolean): string {
    return mdTable(
        ['Element', 'What changed', 'Before', 'After', 'Effect', ...(sourceDetails ? ['Where', 'Acknowledged'] : [])],
        changes.map(change => [
            mdText(elementLabel(change)),
            mdText([aspectLabel(change), causeLabel(change)].filter(part => part).join(', ')),
            mdText(change.before ?? ''),
            mdText(change.after ?? ''),
            EFFECT_LABELS[change.effect],
            ...(sourceDetails ? [mdText(locationLabel(change)), mdText(change.acknowledged ?? '')] : [])
        ]));
}
