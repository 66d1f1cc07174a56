import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model, OUTSIDE } from '../../src/a2/a2-reference-model.js';
import { availabilityCompositions } from '../../src/language/commitments/availability-composition.js';
import { commitmentOf, type Commitment } from '../../src/language/commitments/metric-semantics.js';
import type {
    Binding, Customer, Element, Forecast, Model, Ola, Pattern, Provider, Service, ServicePackage, Sla, Supplier, Uc, Unit
} from '../../src/language/generated/ast.js';
import { single } from '../../src/language/single-valued-properties.js';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';

/**
 * The Acme example is what new users copy from, so it must be clean under every check
 * (no info hints either) and rich enough to show each part of the language at work.
 */
const EXAMPLE_ROOT = join('examples', 'acme');
const TODAY = '2026-06-01';
const A2_PROCESSES = ['A21', 'A22', 'A23', 'A24', 'A25', 'A26', 'A27'];

function readSvcdefTree(root: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.svcdef')) {
            const path = join(entry.parentPath, entry.name);
            files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
        }
    }
    return files;
}

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
        const { workspace, services } = createTestServices({ today: TODAY });
        ws = await workspace(files);
        elements = Object.keys(files).flatMap(name => ws.document(name).parseResult.value.elements);
        docComment = node => services.documentation.CommentProvider.getComment(node);
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
        const compositions = slas.flatMap(sla => availabilityCompositions(sla, ws.services.workspace.WorkspaceIndex, document)
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
});
