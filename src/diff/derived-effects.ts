/**
 * What a change does to the SLAs it reaches without touching them: a service retired
 * under an SLA that still covers it, an OLA or UC that no longer supports an SLA, and an
 * underpinning change that takes an SLA's composite availability below what it promises.
 * Each is reported on the SLA, naming the element whose change caused it.
 */
import { isSla, type Sla } from '../language/generated/ast.js';
import { effectiveAvailabilityCompositions, compositionFormula, formatPercent, type ServiceAvailabilityComposition } from '../language/commitments/availability-composition.js';
import { describeTarget } from '../language/commitments/metric-semantics.js';
import { reliesOnByWalking } from '../language/service-dependencies.js';
import type { SvcdefWorkspaceIndex } from '../language/workspace/svcdef-workspace-index.js';
import type { Finding } from './change-findings.js';
import { elementKey, type CommitmentSnapshot, type ElementSnapshot, type Renamer } from './commitment-snapshot.js';
import type { ElementMatching } from './element-matching.js';

export interface DerivedInput {
    readonly base: CommitmentSnapshot;
    readonly head: CommitmentSnapshot;
    readonly matching: ElementMatching;
    /** The findings on the elements themselves, from which the derived ones follow. */
    readonly findings: readonly Finding[];
    readonly baseIndex: SvcdefWorkspaceIndex;
    readonly headIndex: SvcdefWorkspaceIndex;
}

const RETIRED = new Set(['retired', 'retiring']);

export function derivedFindings(input: DerivedInput): Finding[] {
    const derived: Finding[] = [];
    const { head, matching } = input;
    const headSla = (name: string): ElementSnapshot | undefined => {
        const element = head.elements.get(elementKey('agreement', name));
        return element && isSla(element.node) ? element : undefined;
    };
    const coverage = coverageOf(head);

    for (const finding of input.findings) {
        const element = finding.element;
        // A service retired, or gone, while an SLA still covers it.
        if (element.kind === 'service' && finding.effect === 'weaker'
            && ((finding.aspect === 'status' && RETIRED.has(finding.after ?? '')) || (finding.kind === 'removed' && finding.aspect === 'service'))) {
            const name = finding.kind === 'removed' ? matching.rename('service', element.name) : element.name;
            for (const sla of coverage.get(name) ?? []) {
                const fact = sla.aspects.get(`service ${name}`)!;
                derived.push({
                    effect: 'weaker', kind: 'changed', element: sla, aspect: `service ${name}`,
                    before: finding.before ?? 'present', after: finding.after ?? 'removed',
                    side: 'head', node: fact.node, written: fact.written, causedBy: element, acknowledgedAt: sla.node
                });
            }
        }
        // An OLA or UC that no longer supports an SLA, by dropping `supports` or going altogether.
        if ((element.kind === 'ola' || element.kind === 'uc') && finding.effect === 'weaker') {
            const dropped = finding.kind === 'removed' && finding.aspect.startsWith('supports ')
                ? [finding.aspect.slice('supports '.length)]
                : finding.kind === 'removed' && finding.aspect === element.kind
                    ? [...element.aspects.keys()].filter(key => key.startsWith('supports ')).map(key => key.slice('supports '.length))
                    : [];
            for (const slaName of dropped) {
                const sla = headSla(slaName);
                if (sla) {
                    derived.push({
                        effect: 'weaker', kind: 'changed', element: sla, aspect: `supported by ${element.kind} ${element.name}`,
                        before: 'present', side: 'head', node: sla.node, causedBy: element, acknowledgedAt: sla.node
                    });
                }
            }
        }
    }
    derived.push(...compositeFindings(input, headSla));
    return derived;
}

/** Head SLAs by the services they cover. */
function coverageOf(head: CommitmentSnapshot): Map<string, ElementSnapshot[]> {
    const coverage = new Map<string, ElementSnapshot[]>();
    for (const element of head.elements.values()) {
        if (element.kind !== 'sla') continue;
        for (const key of element.aspects.keys()) {
            if (key.startsWith('service ')) {
                const service = key.slice('service '.length);
                coverage.set(service, [...(coverage.get(service) ?? []), element]);
            }
        }
    }
    return coverage;
}

/**
 * The SLAs whose supporting OLAs and UCs changed, their composite availability on both
 * sides: reported where it falls below the promise (or further below), or rises to meet it.
 * Only SLAs an underpinning change reaches are composed, so the cost follows the change.
 */
function compositeFindings(input: DerivedInput, headSla: (name: string) => ElementSnapshot | undefined): Finding[] {
    const { matching } = input;
    const changedUnderpinnings = new Map<string, ElementSnapshot>();
    for (const finding of input.findings) {
        if ((finding.element.kind === 'ola' || finding.element.kind === 'uc') && finding.effect !== 'neutral') {
            changedUnderpinnings.set(finding.element.name, finding.element);
        }
    }
    if (changedUnderpinnings.size === 0) {
        return [];
    }
    const reached = new Map<string, ElementSnapshot>();
    const renamedBack = new Map(matching.pairs.filter(pair => pair.renamed).map(pair => [pair.head.name, pair.base.name]));
    const baseOf = new Map(matching.pairs.map(pair => [pair.head, pair.base]));
    for (const underpinning of changedUnderpinnings.values()) {
        for (const key of underpinning.aspects.keys()) {
            if (key.startsWith('supports ')) {
                reached.set(key.slice('supports '.length), underpinning);
            }
        }
        for (const key of baseOf.get(underpinning)?.aspects.keys() ?? []) {
            if (key.startsWith('supports ')) {
                reached.set(key.slice('supports '.length), underpinning);
            }
        }
    }
    const findings: Finding[] = [];
    for (const [slaName, cause] of [...reached].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const head = headSla(slaName);
        const base = input.base.elements.get(elementKey('agreement', renamedBack.get(slaName) ?? slaName));
        if (!head || !base || !isSla(base.node)) continue;
        const before = compositionsByPromise(base.node, input.baseIndex, matching.rename);
        for (const [key, after] of compositionsByPromise(head.node as Sla, input.headIndex, (_group, name) => name)) {
            const earlier = before.get(key);
            if (!earlier || after.supporting.length === 0) continue;
            const promised = after.promised.measure.magnitude;
            const fellShort = after.compositePercent < promised;
            const wasShort = earlier.compositePercent < promised;
            const effect = fellShort && (!wasShort || after.compositePercent < earlier.compositePercent - 1e-9) ? 'weaker'
                : !fellShort && wasShort ? 'stronger' : undefined;
            if (!effect) continue;
            // As the checks say it: the service is named only where the SLA covers more than one.
            const forService = after.service && (head.node as Sla).services.length > 1 ? ` for service ${after.service.name}` : '';
            findings.push({
                effect, kind: 'changed', element: head,
                aspect: `composite availability against ${describeTarget(after.promised.target)}${forService}`,
                before: compositionWords(earlier), after: compositionWords(after),
                side: 'head', node: after.promised.target, causedBy: cause, acknowledgedAt: head.node
            });
        }
    }
    return findings;
}

/** The compositions of an SLA by promise (metric, qualifiers and service), names as the head calls them. */
function compositionsByPromise(sla: Sla, index: SvcdefWorkspaceIndex, rename: Renamer): Map<string, ServiceAvailabilityComposition> {
    const byPromise = new Map<string, ServiceAvailabilityComposition>();
    for (const composition of effectiveAvailabilityCompositions(sla, index, reliesOnByWalking)) {
        const service = composition.service ? rename('service', composition.service.name) : '';
        const key = `${service}|${composition.promised.qualifier}|${composition.promised.target.window.join()}`;
        if (!byPromise.has(key)) byPromise.set(key, composition);
    }
    return byPromise;
}

/** `99.85% (OLA 'Net' 99.9% × UC 'Carrier' 99.95%), below the promised 99.9%`. */
function compositionWords(composition: ServiceAvailabilityComposition): string {
    const promised = composition.promised.measure.magnitude;
    const relation = composition.compositePercent < promised ? 'below' : 'meets';
    const formula = composition.supporting.length > 0 ? ` (${compositionFormula(composition)})` : '';
    return `${formatPercent(composition.compositePercent)}${formula}, ${relation} the promised ${formatPercent(promised)}`;
}
