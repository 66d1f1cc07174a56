import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AstUtils, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model, OUTSIDE } from '../../src/a2/a2-reference-model.js';
import { effectiveAvailabilityCompositions } from '../../src/language/commitments/availability-composition.js';
import { reliesOnByWalking } from '../../src/language/service-dependencies.js';
import { commitmentOf, type Commitment } from '../../src/language/commitments/metric-semantics.js';
import type {
    Binding, Customer, Element, Forecast, Model, Ola, Pattern, Priority, Provider, Service, ServicePackage, Sla, Supplier, Uc, Unit
} from '../../src/language/generated/ast.js';
import { single } from '../../src/language/single-valued-properties.js';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';

/**
 * The example workspaces are what new users copy from, so each must be clean under every
 * check (no info hints either) and rich enough to show each part of the language at work:
 * Acme, an in-house IT organisation, shows both editions side by side; Northwind, a managed
 * service provider, shows multi-level agreements and tiers sold to several client companies.
 */
const EXAMPLE_ROOT = join('examples', 'acme');
const NORTHWIND_ROOT = join('examples', 'northwind-msp');
const TODAY = '2026-06-01';
const A2_PROCESSES = ['A21', 'A22', 'A23', 'A24', 'A25', 'A26', 'A27'];

/** The files of an example that end in `extension`. */
function readSvcdefTree(root: string, extension = '.svcdef'): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith(extension)) {
            const path = join(entry.parentPath, entry.name);
            files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
        }
    }
    return files;
}

/** Loads an example folder as one workspace and lists its top-level elements. */
async function loadExample(root: string) {
    const files = readSvcdefTree(root);
    const { workspace, services } = createTestServices({ today: TODAY });
    // The iCalendar files its calendars take holidays from are on the file system only.
    const ws = await workspace({ ...files, ...readSvcdefTree(root, '.ics') });
    const elements: Element[] = Object.keys(files).flatMap(name => ws.document(name).parseResult.value.elements);
    const ofType = <T extends Element>(type: T['$type']) => elements.filter((e): e is T => e.$type === type);
    const docComment = (node: AstNode) => services.documentation.CommentProvider.getComment(node);
    return { files, ws, elements, ofType, docComment };
}

const names = (elements: ReadonlyArray<{ name: string }>) => elements.map(element => element.name).sort();

function formatDiagnostics(all: Record<string, Diagnostic[]>): string {
    return Object.entries(all)
        .flatMap(([file, diagnostics]) => diagnostics.map(d =>
            `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} [${String(d.code)}] ${d.message}`))
        .join('\n');
}

describe('examples/acme', () => {
    const files = readSvcdefTree(EXAMPLE_ROOT);
    let ws: TestWorkspace;
    let elements: Element[];
    let docComment: (node: AstNode) => string | undefined;

    const ofType = <T extends Element>(type: T['$type']) => elements.filter((e): e is T => e.$type === type);

    beforeAll(async () => {
        ({ ws, elements, docComment } = await loadExample(EXAMPLE_ROOT));
    });

    it('is split over several files, at least one of them in a namespace', () => {
        expect(Object.keys(files).length).toBeGreaterThanOrEqual(8);
        const namespaces = Object.keys(files).map(name => ws.document(name).parseResult.value.namespace).filter(Boolean);
        expect(namespaces.length).toBeGreaterThanOrEqual(1);
    });

    it('validates without a single diagnostic of any severity', () => {
        const report = formatDiagnostics(ws.allDiagnostics());
        expect(report, `examples/acme should be clean, but:\n${report}`).toBe('');
    });

    it('refers to namespaced elements both by qualified and by simple name', () => {
        const namespaced = new Set(Object.keys(files)
            .map(name => ws.document(name).parseResult.value)
            .filter((model: Model) => model.namespace)
            .flatMap(model => model.elements));
        const texts = Object.keys(files).flatMap(name => [...ws.document(name).references])
            .filter(reference => 'ref' in reference && reference.ref !== undefined && namespaced.has(reference.ref as Element))
            .map(reference => reference.$refText);
        expect(texts.some(text => text.includes('.'))).toBe(true);
        expect(texts.some(text => !text.includes('.'))).toBe(true);
    });

    it('has a catalog of at least 12 fully described services', () => {
        const services = ofType<Service>('Service');
        const complete = services.filter(service => single(service.status) && single(service.owner)?.ref && single(service.category)
            && single(service.hours)?.ref && single(service.support) && single(service.request) && service.dependsOn.length > 0
            && service.offerings.some(offering => single(offering.price) !== undefined));
        expect(complete.map(service => service.name).length).toBeGreaterThanOrEqual(12);
        expect(services.filter(service => (single(service.internal)?.entries.length ?? 0) > 0).length).toBeGreaterThanOrEqual(3);
        expect(new Set(services.map(service => single(service.status)))).toEqual(new Set(['live', 'retiring', 'pipeline', 'retired']));
    });

    it('names enough parties for the agreements', () => {
        expect(ofType<Customer>('Customer').length).toBeGreaterThanOrEqual(4);
        expect(ofType<Provider>('Provider').length).toBeGreaterThanOrEqual(2);
        expect(ofType<Unit>('Unit').length).toBeGreaterThanOrEqual(3);
        expect(ofType<Supplier>('Supplier').length).toBeGreaterThanOrEqual(2);
    });

    it('has SLAs underpinned by OLAs and UCs whose availabilities compose', () => {
        const slas = ofType<Sla>('Sla');
        const olas = ofType<Ola>('Ola');
        const ucs = ofType<Uc>('Uc');
        expect(slas.length).toBeGreaterThanOrEqual(4);
        expect(olas.length).toBeGreaterThanOrEqual(3);
        expect(ucs.length).toBeGreaterThanOrEqual(2);
        // A supports link only means something when the two agreements state comparable targets.
        const commitments = (targets: Sla['targets']) => targets.map(commitmentOf).filter((c): c is Commitment => c !== undefined);
        for (const underpinning of [...olas, ...ucs]) {
            expect(underpinning.supports.length, `${underpinning.name} supports no SLA`).toBeGreaterThan(0);
            for (const supported of underpinning.supports) {
                const promised = commitments(supported.ref!.targets);
                const shared = commitments(underpinning.targets).filter(own => promised.some(p => p.metric === own.metric && p.qualifier === own.qualifier));
                expect(shared.length, `${underpinning.name} shares no target with ${supported.$refText}`).toBeGreaterThan(0);
            }
        }
        // At least one SLA must rest on two or more supporting availabilities, or the series check is never exercised.
        const document = ws.document('agreements/slas.svcdef');
        const compositions = slas.flatMap(sla => effectiveAvailabilityCompositions(sla, ws.services.workspace.WorkspaceIndex, reliesOnByWalking, document)
            .map(composition => ({ sla: sla.name, ...composition })));
        const composed = compositions.filter(composition => composition.supporting.length >= 2);
        expect(composed.length).toBeGreaterThanOrEqual(2);
        for (const composition of composed) {
            expect(composition.compositePercent, composition.sla).toBeGreaterThanOrEqual(composition.promised.measure.magnitude);
        }
    });

    it('sizes packages above every forecast period of their services', () => {
        const patterns = ofType<Pattern>('Pattern');
        const forecasts = ofType<Forecast>('Forecast');
        const packages = ofType<ServicePackage>('ServicePackage');
        expect(patterns.length).toBeGreaterThanOrEqual(2);
        expect(forecasts.length).toBeGreaterThanOrEqual(2);
        expect(packages.length).toBeGreaterThanOrEqual(2);
        for (const forecast of forecasts) {
            for (const period of forecast.periods) {
                const capacity = packages
                    .filter(pkg => pkg.services.some(service => service.ref === forecast.service.ref) && single(pkg.capacityUnit) === period.unit)
                    .reduce((sum, pkg) => sum + (single(pkg.capacity) ?? 0), 0);
                // A forecast no package matches in unit would be skipped by the checker, so require a match here.
                expect(capacity, `${forecast.name} ${period.period}: no package in ${period.unit}`).toBeGreaterThan(0);
                expect(capacity, `${forecast.name} ${period.period}`).toBeGreaterThanOrEqual(period.demand);
            }
        }
    });

    it('binds at least one activity of each of the seven A2 processes', () => {
        const bindings = ofType<Binding>('Binding');
        const processes = new Set(bindings
            .filter(binding => a2Model.node(binding.node.$refText)?.kind === 'activity')
            .map(binding => a2Model.process(binding.node.$refText)?.id));
        expect([...processes].sort()).toEqual(expect.arrayContaining(A2_PROCESSES));
    });

    it('traces every consumed A2 work product to a binding of the activity that produces it', () => {
        // Stricter than the `unbound-producer` hint: the most specific producer the model names must itself be bound.
        const bindings = ofType<Binding>('Binding');
        const bound = new Set(bindings.map(binding => binding.node.$refText));
        const untraced: string[] = [];
        for (const binding of bindings) {
            const node = a2Model.node(binding.node.$refText)!;
            for (const consumed of binding.consumes) {
                const name = a2Model.canonicalName(consumed.$refText);
                const entry = [...node.inputs, ...node.controls].find(candidate => candidate.name === name);
                expect(entry, `${binding.name} consumes "${consumed.$refText}"`).toBeDefined();
                const producers = entry!.refs.filter(ref => ref !== OUTSIDE && a2Model.node(ref) !== undefined);
                const producer = producers[producers.length - 1];
                if (producer !== undefined && !bound.has(producer)) {
                    untraced.push(`${binding.name} consumes "${name}" from ${producer}`);
                }
            }
        }
        expect(untraced).toEqual([]);
    });

    it('documents every service and agreement with a doc comment', () => {
        const undocumented = elements
            .filter(element => ['Service', 'Sla', 'Ola', 'Uc'].includes(element.$type))
            .filter(element => !docComment(element)?.startsWith('/**'))
            .map(element => element.name);
        expect(undocumented).toEqual([]);
    });

    it('defines the priorities its agreements promise against', () => {
        const priorities = ofType<Priority>('Priority');
        expect(names(priorities)).toEqual(['P1', 'P2', 'P3', 'P4']);
        for (const priority of priorities) {
            expect([single(priority.impact), single(priority.urgency), single(priority.description)].every(Boolean), priority.name).toBe(true);
        }
    });

    it('marks its infrastructure as technical services, and describes live services with tags, criticality and most with a manager', () => {
        const services = ofType<Service>('Service');
        expect(names(services.filter(service => single(service.kind) === 'technical'))).toEqual(['Backup', 'Directory', 'Hosting', 'Network']);
        const live = services.filter(service => single(service.status) === 'live');
        expect(live.filter(service => service.tags.length === 0 || !single(service.criticality)).map(service => service.name)).toEqual([]);
        expect(live.filter(service => single(service.manager)?.ref).length).toBeGreaterThanOrEqual(10);
    });

    it('sells a tier of a service whose offerings publish their own service levels', () => {
        const erp = ofType<Service>('Service').find(service => service.name === 'Erp')!;
        const tiers = erp.offerings.filter(offering => offering.targets.length > 0);
        expect(names(tiers)).toEqual(['Gold', 'Silver']);
        const sold = ofType<Sla>('Sla').flatMap(sla => sla.offerings.map(reference => reference.ref));
        expect(sold).toContain(tiers.find(offering => offering.name === 'Gold'));
    });

    it('writes one SLA out as a full contract, and keeps the first-edition forms elsewhere', () => {
        const slas = ofType<Sla>('Sla');
        const contract = slas.find(sla => sla.name === 'FinanceErp')!;
        expect(contract.credits.filter(credit => credit.basis !== undefined).length).toBeGreaterThanOrEqual(3);
        expect(contract.creditCap.length).toBe(1);
        expect(single(contract.creditRule)).toBe('highest-only');
        expect(single(contract.claimWithin)).toBe('30d');
        expect(single(contract.escalation)?.levels.length).toBe(3);
        expect(contract.reporting.length).toBeGreaterThan(0);
        expect(contract.exclusions.length).toBeGreaterThan(0);
        expect(single(contract.version)).toBeDefined();
        expect(contract.approvals.length).toBe(2);
        expect(slas.filter(sla => sla.scopes.length > 0).length).toBeGreaterThanOrEqual(2);
        const targets = slas.flatMap(sla => [...sla.targets, ...sla.scopes.flatMap(scope => scope.targets)]);
        expect(targets.some(target => target.during.length > 0)).toBe(true);
        // First edition: a credit with no basis, and an SLA with one `customer` line.
        expect(slas.some(sla => sla.credits.some(credit => credit.basis === undefined))).toBe(true);
        expect(slas.every(sla => sla.customer.length === 1)).toBe(true);
    });
});

describe('examples/northwind-msp', () => {
    let example: Awaited<ReturnType<typeof loadExample>>;
    let slas: Sla[];
    const byName = (name: string) => slas.find(sla => sla.name === name)!;

    beforeAll(async () => {
        example = await loadExample(NORTHWIND_ROOT);
        slas = example.ofType<Sla>('Sla');
    });

    it('validates without a single diagnostic of any severity', () => {
        const report = formatDiagnostics(example.ws.allDiagnostics());
        expect(report, `examples/northwind-msp should be clean, but:\n${report}`).toBe('');
    });

    it('is split over several files and documents every service and agreement', () => {
        expect(Object.keys(example.files).length).toBeGreaterThanOrEqual(8);
        const undocumented = example.elements
            .filter(element => ['Service', 'Sla', 'Ola', 'Uc'].includes(element.$type))
            .filter(element => !example.docComment(element)?.startsWith('/**'))
            .map(element => element.name);
        expect(undocumented).toEqual([]);
    });

    it('serves several client companies under one corporate SLA', () => {
        const clients = example.ofType<Customer>('Customer');
        expect(clients.length).toBeGreaterThanOrEqual(4);
        const corporate = slas.filter(sla => sla.parent.length === 0);
        expect(names(corporate)).toEqual(['NorthwindStandard']);
        expect(corporate[0].customer.map(reference => reference.ref)).toEqual(expect.arrayContaining(clients));
    });

    it('has customer-level SLAs part of the corporate one, and a service-level SLA part of a customer-level one', () => {
        const customerLevel = slas.filter(sla => single(sla.parent)?.ref?.name === 'NorthwindStandard');
        expect(customerLevel.length).toBeGreaterThanOrEqual(4);
        for (const sla of customerLevel) {
            expect(sla.customer.length, sla.name).toBe(1);
        }
        const serviceLevel = slas.filter(sla => customerLevel.includes(single(sla.parent)?.ref as Sla));
        expect(names(serviceLevel)).toEqual(['HarbourTerminalServers']);
        expect(serviceLevel[0].services.length).toBe(1);
        expect(serviceLevel[0].customer[0].ref).toBe(single(serviceLevel[0].parent)!.ref!.customer[0].ref);
    });

    it('sells Gold, Silver and Bronze tiers with their own service levels through the client agreements', () => {
        const tiered = example.ofType<Service>('Service')
            .filter(service => ['Gold', 'Silver', 'Bronze'].every(tier => service.offerings.some(offering => offering.name === tier && offering.targets.length > 0)));
        expect(names(tiered)).toEqual(['ManagedServers', 'ManagedWorkplace']);
        const sold = new Set(slas.flatMap(sla => sla.offerings.map(reference => reference.ref?.name)));
        expect([...sold].sort()).toEqual(['Bronze', 'Gold', 'Silver']);
        expect(slas.some(sla => sla.offerings.length >= 2)).toBe(true);
    });

    it('states per-service targets, credits, escalation and document control where a client contract would', () => {
        const harbour = byName('HarbourServices');
        expect(harbour.scopes.map(scope => scope.service.ref?.name)).toEqual(['ManagedServers', 'SiteConnectivity']);
        expect(harbour.credits.every(credit => credit.basis !== undefined)).toBe(true);
        expect([harbour.creditCap.length, harbour.creditRule, harbour.claimWithin]).toEqual([1, ['cumulative'], ['30d']]);
        expect(single(harbour.escalation)?.levels.map(level => level.level)).toEqual([1, 2, 3]);
        expect(harbour.approvals.map(approval => approval.party.ref?.$type)).toEqual(['Customer', 'Provider']);
        expect(slas.filter(sla => single(sla.status) === 'draft').map(sla => sla.name)).toEqual(['BakkerServices']);
    });

    it('defines its priorities, including one of its own that targets use', () => {
        const priorities = example.ofType<Priority>('Priority');
        expect(names(priorities)).toEqual(['P1', 'P2', 'P3', 'P4', 'S1']);
        const used = example.elements.flatMap(element => [...AstUtils.streamAst(element)])
            .filter(node => node.$type === 'Target')
            .flatMap(node => (node as unknown as { priority: Array<{ ref?: Priority }> }).priority.map(reference => reference.ref?.name));
        expect(used).toContain('S1');
    });

    it('backs the client agreements with OLAs from its own teams and UCs from its suppliers', () => {
        const olas = example.ofType<Ola>('Ola');
        const ucs = example.ofType<Uc>('Uc');
        expect(olas.length).toBeGreaterThanOrEqual(4);
        expect(ucs.length).toBeGreaterThanOrEqual(3);
        for (const underpinning of [...olas, ...ucs]) {
            expect(underpinning.supports.length, underpinning.name).toBeGreaterThan(0);
            expect(underpinning.services.length, underpinning.name).toBeGreaterThan(0);
        }
        expect(olas.every(ola => single(ola.unit)?.ref)).toBe(true);
        expect(ucs.every(uc => single(uc.supplier)?.ref)).toBe(true);
        // Every finalized client agreement is backed by at least one OLA or UC.
        const backed = new Set([...olas, ...ucs].flatMap(underpinning => underpinning.supports.map(reference => reference.ref)));
        expect(slas.filter(sla => single(sla.status) === 'finalized' && !backed.has(sla)).map(sla => sla.name)).toEqual([]);
    });

    it('keeps its platforms technical, and lets a team and the service it delivers share a name', () => {
        const services = example.ofType<Service>('Service');
        expect(names(services.filter(service => single(service.kind) === 'technical'))).toEqual(['CloudPlatform', 'IdentityPlatform', 'Monitoring']);
        const unitNames = new Set(example.ofType<Unit>('Unit').map(unit => unit.name));
        expect(services.filter(service => unitNames.has(service.name)).map(service => service.name)).toEqual(['ServiceDesk']);
    });

    it('binds the catalog and agreement activities to every service and agreement it declares', () => {
        const bindings = example.ofType<Binding>('Binding');
        const listed = (node: string) => bindings.filter(binding => binding.node.$refText === node)
            .flatMap(binding => binding.produces.flatMap(produces => produces.artifacts.map(reference => reference.ref)));
        expect(listed('A235')).toEqual(expect.arrayContaining(example.ofType<Service>('Service')));
        expect(listed('A243')).toEqual(expect.arrayContaining([...slas, ...example.ofType<Ola>('Ola'), ...example.ofType<Uc>('Uc')]));
    });
});
