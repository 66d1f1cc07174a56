/**
 * The tables of a view's catalog home page, said once and independent of format: which
 * columns each has and what each cell holds. The HTML site (catalog-index-sections.ts) and
 * the Markdown catalog (catalog-markdown.ts) both render these, so a column added here
 * appears in both, and the two cannot drift apart.
 *
 * A cell says what it is, not how it looks: a link names what it leads to (a service, an
 * agreement, an address), and each format decides what that becomes. The site links to a
 * service's page; catalog.md, one file, shows the service's name.
 */
import { partiesLabel } from './agreement-document.js';
import { agreementServicesCell } from './agreement-services-cell.js';
import type { AgreementEntry, Catalog, EntityRef, ServiceEntry } from './catalog-model.js';
import type { CatalogView, ViewPolicy } from './catalog-views.js';
import {
    CLASSIFICATION_LABELS, agreementStatusKind, agreementStatusLabel, displayName, hoursLabel, refLabel, retirementLabel, serviceStatusLabel, validityLabel
} from './display-text.js';

/** What a link leads to; a format that has no such page shows the label alone. */
export type LinkTarget =
    | { readonly to: 'service'; readonly ref: EntityRef }
    | { readonly to: 'service-entry'; readonly service: ServiceEntry }
    | { readonly to: 'agreement'; readonly ref: EntityRef }
    | { readonly to: 'agreement-entry'; readonly agreement: AgreementEntry }
    /** A user-written web or mail address: a link only where it is a safe one. */
    | { readonly to: 'address'; readonly address: string };

export type TableCell =
    | { readonly kind: 'text'; readonly text: string }
    | { readonly kind: 'link'; readonly label: string; readonly target: LinkTarget }
    /** Several values in one cell; `separator` is '; ' where the values may hold commas themselves. */
    | { readonly kind: 'list'; readonly items: readonly TableCell[]; readonly separator: ', ' | '; ' }
    /** A status whose meaning is in its label; `tone` picks its colour where a format has colour. */
    | { readonly kind: 'badge'; readonly tone: string; readonly label: string };

export interface CatalogTable {
    /** What the table lists, shown as its heading. */
    readonly caption: string;
    readonly headers: readonly string[];
    /** The first cell of each row names the row. */
    readonly rows: readonly (readonly TableCell[])[];
}

export const text = (value: string | undefined): TableCell => ({ kind: 'text', text: value ?? '' });
export const link = (label: string, target: LinkTarget): TableCell => ({ kind: 'link', label, target });
export const list = (items: readonly TableCell[], separator: ', ' | '; ' = ', '): TableCell => ({ kind: 'list', items, separator });
export const badge = (tone: string, label: string): TableCell => ({ kind: 'badge', tone, label });

const serviceRef = (ref: EntityRef): TableCell => link(refLabel(ref) ?? ref.name, { to: 'service', ref });

const AGREEMENT_TABLES = {
    sla: { caption: 'Service level agreements', party: 'Customer' },
    ola: { caption: 'Operational level agreements', party: 'Unit' },
    uc: { caption: 'Underpinning contracts', party: 'Supplier' }
} as const;

/** The SLAs, OLAs or UCs of the catalog, with the party each is made with. */
export function agreementsTable(kind: AgreementEntry['kind'], agreements: readonly AgreementEntry[], catalog?: Catalog): CatalogTable {
    const { caption, party } = AGREEMENT_TABLES[kind];
    return {
        caption,
        headers: ['Agreement', party, 'Services', 'Status', 'Validity'],
        rows: agreements.map(agreement => [
            link(displayName(agreement), { to: 'agreement-entry', agreement }),
            text(agreement.kind === 'ola' ? refLabel(agreement.unit) : agreement.kind === 'uc' ? refLabel(agreement.supplier) : partiesLabel(agreement.customers)),
            agreementServicesCell(agreement, catalog),
            agreementStatusCell(agreement),
            text(validityLabel(agreement.validity))
        ])
    };
}

function agreementStatusCell(agreement: AgreementEntry): TableCell {
    return badge(agreementStatusKind(agreement), agreementStatusLabel(agreement));
}

export function packagesTable(catalog: Catalog): CatalogTable {
    return {
        caption: 'Service level packages',
        headers: ['Package', 'Services', 'Agreements', 'Serves', 'Capacity'],
        rows: catalog.packages.map(pkg => [
            text(displayName(pkg)),
            list(pkg.services.map(serviceRef)),
            list(pkg.slas.map(sla => link(refLabel(sla) ?? sla.name, { to: 'agreement', ref: sla }))),
            list(pkg.serves.map(pattern => text(refLabel(pattern)))),
            text(pkg.capacity !== undefined ? `${pkg.capacity}${pkg.capacityUnit ? ` ${pkg.capacityUnit}` : ''}` : '')
        ])
    };
}

const PARTY_ROLES = { provider: 'Provider', customer: 'Customer', unit: 'Internal unit', supplier: 'Supplier' } as const;

/** Providers, customers, internal units and suppliers, in that order. */
export function partiesTable(catalog: Catalog): CatalogTable {
    const parties = [...catalog.providers, ...catalog.customers, ...catalog.units, ...catalog.suppliers];
    return {
        caption: 'Parties',
        headers: ['Party', 'Role', 'Contact', 'Users'],
        rows: parties.map(party => [
            text(displayName(party)),
            text(PARTY_ROLES[party.kind]),
            party.contact !== undefined ? link(party.contact, { to: 'address', address: party.contact }) : text(''),
            text(party.users !== undefined ? String(party.users) : '')
        ])
    };
}

export function patternsTable(catalog: Catalog): CatalogTable {
    return {
        caption: 'Patterns of business activity',
        headers: ['Pattern', 'Customer', 'Drives', 'Users', 'Peaks', 'Classification'],
        rows: catalog.patterns.map(pattern => [
            text(displayName(pattern)),
            text(refLabel(pattern.customer)),
            list(pattern.drives.map(serviceRef)),
            text(pattern.users !== undefined ? `${pattern.users}${pattern.usersLabel ? ` ${pattern.usersLabel}` : ''}` : ''),
            // A peak's description is free text and may hold commas.
            list(pattern.peaks.map(peak => text(`${peak.description}${peak.factor !== undefined ? ` (×${peak.factor})` : ''}`)), '; '),
            text(pattern.classification ? CLASSIFICATION_LABELS[pattern.classification] ?? pattern.classification : '')
        ])
    };
}

export function forecastsTable(catalog: Catalog): CatalogTable {
    return {
        caption: 'Service demand forecasts',
        headers: ['Forecast', 'Service', 'Periods'],
        rows: catalog.forecasts.map(forecast => [
            text(displayName(forecast)),
            serviceRef(forecast.service),
            list(forecast.periods.map(period => text(`${period.period}: ${period.demand}${period.unit ? ` ${period.unit}` : ''}`)), '; ')
        ])
    };
}

export function bindingsTable(catalog: Catalog): CatalogTable {
    return {
        caption: 'A2 activity bindings',
        headers: ['Binding', 'Implements', 'Owner', 'Tool', 'Produces', 'Consumes'],
        rows: catalog.bindings.map(binding => [
            text(displayName(binding)),
            text(binding.node.name ? `${binding.node.id} ${binding.node.name}` : binding.node.id),
            text(refLabel(binding.owner)),
            text(binding.tool),
            list(binding.produces.map(item => text(item.workProduct))),
            list(binding.consumes.map(item => text(item)))
        ])
    };
}

/**
 * The service list: one row per service with its status, kind (support view only),
 * category, customers and hours. `customerName` gives a customer's display name.
 */
export function serviceListTable(catalog: Catalog, policy: ViewPolicy, customerName: (name: string) => string): CatalogTable {
    const count = catalog.services.length;
    return {
        caption: `${count} service${count === 1 ? '' : 's'}`,
        headers: ['Service', 'Status', ...(policy.technicalServices ? ['Kind'] : []), 'Category', 'Customers', 'Service hours'],
        rows: catalog.services.map(service => [
            link(displayName(service), { to: 'service-entry', service }),
            statusCell(service),
            ...(policy.technicalServices ? [text(service.kind === 'technical' ? 'Technical' : 'Business')] : []),
            text(service.category),
            list(service.customers.map(name => text(customerName(name)))),
            text(hoursLabel(service.hours))
        ])
    };
}

/** A service's status, with its end date and replacement where a retiring service states them. */
function statusCell(service: ServiceEntry): TableCell {
    const status = badge(service.status ?? 'unknown', serviceStatusLabel(service.status));
    const retirement = retirementLabel(service);
    return retirement !== undefined ? list([status, text(retirement)], '; ') : status;
}

/** The tables of a view's home page below the service list, by section, as far as the view shows them. */
export interface ViewTables {
    readonly agreements: readonly CatalogTable[];
    readonly packages?: CatalogTable;
    readonly parties: CatalogTable;
    readonly demand?: readonly [patterns: CatalogTable, forecasts: CatalogTable];
    readonly bindings?: CatalogTable;
}

export function viewTables(view: CatalogView): ViewTables {
    const { catalog, policy } = view;
    return {
        agreements: [
            agreementsTable('sla', catalog.slas),
            ...(policy.underpinning ? [agreementsTable('ola', catalog.olas, catalog), agreementsTable('uc', catalog.ucs, catalog)] : [])
        ],
        packages: policy.packages ? packagesTable(catalog) : undefined,
        parties: partiesTable(catalog),
        demand: policy.demand ? [patternsTable(catalog), forecastsTable(catalog)] : undefined,
        bindings: policy.bindings ? bindingsTable(catalog) : undefined
    };
}
