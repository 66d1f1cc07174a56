/**
 * The Services cell of an agreement in the catalog's tables. An OLA or UC often names no
 * services of its own and underpins whatever the SLAs it supports cover; a dash there
 * would tell the support team it backs nothing, so the cell lists those services and says
 * through which SLAs.
 */
import type { AgreementEntry, Catalog, EntityRef } from './catalog-model.js';
import type { TableCell } from './catalog-tables.js';
import { displayName, refLabel } from './display-text.js';
import { serviceRelations } from './service-relations.js';

const serviceLink = (ref: EntityRef): TableCell => ({ kind: 'link', label: refLabel(ref) ?? ref.name, target: { to: 'service', ref } });

export function agreementServicesCell(agreement: AgreementEntry, catalog: Catalog | undefined): TableCell {
    const own: TableCell = { kind: 'list', items: agreement.services.map(serviceLink), separator: ', ' };
    if (!catalog) {
        return own;
    }
    const backed = serviceRelations(catalog).backedServices(agreement);
    if (backed.viaSlas.length === 0) {
        return own;
    }
    const via = backed.viaSlas.map(sla => `SLA ${displayName(sla)}`).join(', ');
    return {
        kind: 'list',
        separator: '; ',
        items: [
            { kind: 'list', items: backed.services.map(serviceLink), separator: ', ' },
            { kind: 'text', text: `via ${via}` }
        ]
    };
}
