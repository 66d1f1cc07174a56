/**
 * The published service catalog as one Markdown file per view, readable on GitHub: an
 * overview table, then every service and agreement with its details.
 */
import { agreementMarkdown } from './agreement-markdown.js';
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, EntityRef, ServiceEntry } from './catalog-model.js';
import { VIEW_PURPOSES, VIEW_TITLES, type CatalogView } from './catalog-views.js';
import { partiesLabel, targetsApplyingTo } from './agreement-document.js';
import { targetsMarkdown } from './agreement-markdown.js';
import {
    CLASSIFICATION_LABELS, SERVICE_KIND_LABELS, agreementStatusLabel, displayName, hoursLabel, levelLabel,
    refLabel, serviceStatusLabel, simpleName, targetSummary, validityLabel
} from './display-text.js';
import { joinChunks } from './generated-file.js';
import { mdCode, mdDocument, mdDocumentChunks, mdLink, mdParagraphs, mdRelativeLink, mdTable, mdText } from './markdown-text.js';

export function catalogMarkdown(view: CatalogView, generatedAt?: string): string {
    return joinChunks(catalogMarkdownChunks(view, generatedAt));
}

/** The view's Markdown in pieces, a section per service and agreement: at 50k services it is over 100 MB. */
export function catalogMarkdownChunks(view: CatalogView, generatedAt?: string, changes?: { title: string; path: string }): Generator<string> {
    return mdDocumentChunks(catalogBlocks(view, generatedAt, changes));
}

function* catalogBlocks(view: CatalogView, generatedAt: string | undefined, changes: { title: string; path: string } | undefined): Generator<string | undefined | false> {
    const { catalog, policy } = view;
    const lookups = catalogLookups(catalog);
    const refs = (items: readonly EntityRef[]) => items.map(item => mdText(refLabel(item) ?? item.name)).join(', ');
    const customerName = (name: string) => {
        const entry = lookups.customer(name);
        return entry ? displayName(entry) : simpleName(name);
    };
    const agreementTable = (agreements: readonly AgreementEntry[], partyHeader: string, partyOf: (entry: AgreementEntry) => string | undefined) =>
        agreements.length === 0 ? '_None defined._' : mdTable(['Agreement', partyHeader, 'Services', 'Status', 'Validity'],
            agreements.map(agreement => [
                mdText(displayName(agreement)),
                mdText(partyOf(agreement) ?? ''),
                refs(agreement.services),
                mdText(agreementStatusLabel(agreement.status)),
                mdText(validityLabel(agreement.validity))
            ]));
    const parties = [...catalog.providers, ...catalog.customers, ...catalog.units, ...catalog.suppliers];

    yield `# Service catalog: ${mdText(VIEW_TITLES[view.name])}`;
    yield mdText(VIEW_PURPOSES[view.name]);
    yield generatedAt && `_Generated at ${mdText(generatedAt)}._`;
    yield changes && `See also: ${mdRelativeLink(changes.title, changes.path)}.`;
    yield '## Services';
    yield catalog.services.length === 0 ? '_No services are defined._' : mdTable(
        ['Service', 'Status', ...(policy.technicalServices ? ['Kind'] : []), 'Category', 'Customers', 'Service hours'],
        catalog.services.map(service => [
            mdText(displayName(service)),
            mdText(serviceStatusLabel(service.status)),
            ...(policy.technicalServices ? [service.kind === 'technical' ? 'Technical' : 'Business'] : []),
            mdText(service.category ?? ''),
            service.customers.map(name => mdText(customerName(name))).join(', '),
            mdText(hoursLabel(service.hours) ?? '')
        ]));
    for (const service of catalog.services) {
        yield serviceMarkdown(service, view);
    }
    yield '## Agreements';
    yield '### Service level agreements';
    yield agreementTable(catalog.slas, 'Customer', entry => partiesLabel(entry.customers));
    if (policy.underpinning) {
        yield '### Operational level agreements';
        yield agreementTable(catalog.olas, 'Unit', entry => refLabel(entry.unit));
        yield '### Underpinning contracts';
        yield agreementTable(catalog.ucs, 'Supplier', entry => refLabel(entry.supplier));
    }
    for (const agreements of [catalog.slas, catalog.olas, catalog.ucs]) {
        for (const agreement of agreements) {
            yield agreementMarkdown(agreement, view, 3);
        }
    }
    if (policy.packages) {
        yield '## Service level packages';
        yield catalog.packages.length === 0 ? '_None defined._' : mdTable(['Package', 'Services', 'Agreements', 'Serves', 'Capacity'],
            catalog.packages.map(pkg => [
                mdText(displayName(pkg)),
                refs(pkg.services),
                refs(pkg.slas),
                refs(pkg.serves),
                pkg.capacity !== undefined ? mdText(`${pkg.capacity}${pkg.capacityUnit ? ` ${pkg.capacityUnit}` : ''}`) : ''
            ]));
    }
    yield '## Parties';
    yield parties.length === 0 ? '_None defined._' : mdTable(['Party', 'Role', 'Contact', 'Users'], parties.map(party => [
        mdText(displayName(party)),
        PARTY_ROLES[party.kind],
        party.contact !== undefined ? mdLink(party.contact, party.contact) : '',
        party.users !== undefined ? String(party.users) : ''
    ]));
    if (policy.demand) {
        yield '## Demand';
        yield '### Patterns of business activity';
        yield catalog.patterns.length === 0 ? '_None defined._' : mdTable(['Pattern', 'Customer', 'Drives', 'Users', 'Peaks', 'Classification'],
            catalog.patterns.map(pattern => [
                mdText(displayName(pattern)),
                mdText(refLabel(pattern.customer) ?? ''),
                refs(pattern.drives),
                pattern.users !== undefined ? mdText(`${pattern.users}${pattern.usersLabel ? ` ${pattern.usersLabel}` : ''}`) : '',
                pattern.peaks.map(peak => mdText(`${peak.description}${peak.factor !== undefined ? ` (×${peak.factor})` : ''}`)).join('; '),
                mdText(pattern.classification ? CLASSIFICATION_LABELS[pattern.classification] ?? pattern.classification : '')
            ]));
        yield '### Service demand forecasts';
        yield catalog.forecasts.length === 0 ? '_None defined._' : mdTable(['Forecast', 'Service', 'Periods'],
            catalog.forecasts.map(forecast => [
                mdText(displayName(forecast)),
                mdText(refLabel(forecast.service) ?? forecast.service.name),
                forecast.periods.map(period => mdText(`${period.period}: ${period.demand}${period.unit ? ` ${period.unit}` : ''}`)).join('; ')
            ]));
    }
    if (policy.bindings) {
        yield '## A2 activity bindings';
        yield 'The coverage of the whole A2 model is in [coverage.md](coverage.md).';
        yield catalog.bindings.length === 0 ? '_None defined._' : mdTable(['Binding', 'Implements', 'Owner', 'Tool', 'Produces', 'Consumes'],
            catalog.bindings.map(binding => [
                mdText(displayName(binding)),
                mdText(binding.node.name ? `${binding.node.id} ${binding.node.name}` : binding.node.id),
                mdText(refLabel(binding.owner) ?? ''),
                mdText(binding.tool ?? ''),
                binding.produces.map(item => mdText(item.workProduct)).join(', '),
                binding.consumes.map(mdText).join(', ')
            ]));
    }
}

const PARTY_ROLES = { provider: 'Provider', customer: 'Customer', unit: 'Internal unit', supplier: 'Supplier' } as const;

function serviceMarkdown(service: ServiceEntry, view: CatalogView): string {
    const { policy, catalog } = view;
    const facts: [string, string | undefined][] = [
        ['Status', mdText(serviceStatusLabel(service.status))],
        ['Kind', policy.technicalServices ? mdText(SERVICE_KIND_LABELS[service.kind] ?? service.kind) : undefined],
        ['Category', service.category !== undefined ? mdText(service.category) : undefined],
        ['Tags', service.tags.length > 0 ? mdText(service.tags.join(', ')) : undefined],
        ['Criticality', service.criticality !== undefined ? mdText(levelLabel(service.criticality)!) : undefined],
        ['Owner', service.owner ? mdText(refLabel(service.owner)!) : undefined],
        ['Manager', service.manager ? mdText(refLabel(service.manager)!) : undefined],
        ['Service hours', service.hours ? mdText(hoursLabel(service.hours)!) : undefined],
        ['Support hours', service.supportHours ? mdText(hoursLabel(service.supportHours)!) : undefined],
        ['Get support', service.support !== undefined ? mdLink(service.support, service.support) : undefined],
        ['Request it', service.request !== undefined ? mdLink(service.request, service.request) : undefined]
    ];
    const lookups = catalogLookups(catalog);
    const slas = service.slas
        .map(name => lookups.sla(name))
        .filter((sla): sla is AgreementEntry => sla !== undefined);
    return mdDocument([
        `### ${mdText(displayName(service))}`,
        `Service ${mdCode(service.name)}`,
        service.description && mdParagraphs(service.description),
        facts.filter(([, value]) => value !== undefined).map(([term, value]) => `- **${term}:** ${value}`).join('\n'),
        '#### Offerings',
        service.offerings.length === 0 ? '_No offerings listed._' : mdTable(
            policy.prices ? ['Offering', 'Description', 'Price'] : ['Offering', 'Description'],
            service.offerings.map(offering => [
                mdText(displayName(offering)),
                mdText(offering.description ?? ''),
                ...(policy.prices ? [mdText(offering.price?.text ?? 'No price stated')] : [])
            ])),
        ...service.offerings.filter(offering => offering.targets.length > 0).flatMap(offering => [
            `##### Service levels of ${mdText(displayName(offering))}`,
            targetsMarkdown(offering.targets)
        ]),
        '#### Service level agreements',
        slas.length === 0 ? '_No service level agreement covers this service._' : slas.map(sla => {
            const targets = targetsApplyingTo(sla, service.name);
            const summary = targets.length > 0 ? `: ${targets.map(targetSummary).join('; ')}` : '';
            return `- ${mdText(displayName(sla))} (${mdText(partiesLabel(sla.customers) ?? 'no customer')}, ${mdText(agreementStatusLabel(sla.status).toLowerCase())})${mdText(summary)}`;
        }).join('\n'),
        policy.dependencies && '#### Depends on',
        policy.dependencies && (service.dependencies.length === 0
            ? '_No dependencies declared._'
            : service.dependencies.map(dependency => `- ${mdText(refLabel(dependency) ?? dependency.name)}`).join('\n')),
        policy.internal && '#### Internal',
        policy.internal && '_Support view only: never published to customers or users._',
        policy.internal && (service.internal.length === 0
            ? '_No internal notes._'
            : mdTable(['Entry', 'Value'], service.internal.map(entry => [mdText(entry.key), mdLink(entry.value, entry.value)])))
    ]).trimEnd();
}
