/**
 * The published service catalog as one Markdown file per view, readable on GitHub: an
 * overview table, then every service and agreement with its details.
 */
import { agreementMarkdown } from './agreement-markdown.js';
import { helpContactOf, helpText } from './help-contact.js';
import { retirementLabel } from './display-text.js';
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, ServiceEntry } from './catalog-model.js';
import { serviceListTable, viewTables } from './catalog-tables.js';
import { tableMarkdown } from './catalog-table-markdown.js';
import { VIEW_PURPOSES, VIEW_TITLES, type CatalogView } from './catalog-views.js';
import { partiesLabel, targetsApplyingTo } from './agreement-document.js';
import { targetsMarkdown } from './agreement-markdown.js';
import {
    SERVICE_KIND_LABELS, agreementStatusLabel, displayName, hoursLabel, levelLabel,
    refLabel, serviceStatusLabel, simpleName, targetSummary
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
    const customerName = (name: string) => {
        const entry = lookups.customer(name);
        return entry ? displayName(entry) : simpleName(name);
    };
    const tables = viewTables(view);

    yield `# Service catalog: ${mdText(VIEW_TITLES[view.name])}`;
    yield mdText(VIEW_PURPOSES[view.name]);
    yield generatedAt && `_Generated at ${mdText(generatedAt)}._`;
    yield changes && `See also: ${mdRelativeLink(changes.title, changes.path)}.`;
    yield '## Services';
    yield tableMarkdown(serviceListTable(catalog, policy, customerName), 'No services are defined.');
    for (const service of catalog.services) {
        yield serviceMarkdown(service, view);
    }
    yield '## Agreements';
    for (const table of tables.agreements) {
        yield `### ${table.caption}`;
        yield tableMarkdown(table);
    }
    for (const agreements of [catalog.slas, catalog.olas, catalog.ucs]) {
        for (const agreement of agreements) {
            yield agreementMarkdown(agreement, view, 3);
        }
    }
    if (tables.packages) {
        yield `## ${tables.packages.caption}`;
        yield tableMarkdown(tables.packages);
    }
    yield `## ${tables.parties.caption}`;
    yield tableMarkdown(tables.parties);
    if (tables.demand) {
        yield '## Demand';
        for (const table of tables.demand) {
            yield `### ${table.caption}`;
            yield tableMarkdown(table);
        }
    }
    if (tables.bindings) {
        yield `## ${tables.bindings.caption}`;
        yield 'The coverage of the whole A2 model is in [coverage.md](coverage.md).';
        yield tableMarkdown(tables.bindings);
    }
}

function serviceMarkdown(service: ServiceEntry, view: CatalogView): string {
    const { policy, catalog } = view;
    const facts: [string, string | undefined][] = [
        ['Status', mdText(serviceStatusLabel(service.status))],
        ['Retirement', retirementLabel(service) !== undefined ? mdText(retirementLabel(service)!) : undefined],
        ['Kind', policy.technicalServices ? mdText(SERVICE_KIND_LABELS[service.kind] ?? service.kind) : undefined],
        ['Category', service.category !== undefined ? mdText(service.category) : undefined],
        ['Tags', service.tags.length > 0 ? mdText(service.tags.join(', ')) : undefined],
        ['Criticality', service.criticality !== undefined ? mdText(levelLabel(service.criticality)!) : undefined],
        ['Owner', service.owner ? mdText(refLabel(service.owner)!) : undefined],
        ['Manager', service.manager ? mdText(refLabel(service.manager)!) : undefined],
        ['Service hours', service.hours ? mdText(hoursLabel(service.hours)!) : undefined],
        ['Support hours', service.supportHours ? mdText(hoursLabel(service.supportHours)!) : undefined],
        ['Get support', service.support !== undefined ? mdLink(service.support, service.support) : mdText(helpText(helpContactOf(catalog, service)))],
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
            return `- ${mdText(displayName(sla))} (${mdText(partiesLabel(sla.customers) ?? 'no customer')}, ${mdText(agreementStatusLabel(sla).toLowerCase())})${mdText(summary)}`;
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
