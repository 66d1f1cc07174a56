/**
 * The targets an agreement publishes, as the language defines what applies
 * (src/language/commitments/effective-targets.ts): the agreement-wide ones, its own then
 * those inherited from the SLAs it is `part of`, and for each service that has a
 * `for service` block (its own or a parent's) every target that applies to that service.
 */
import type { Agreement, Target } from '../language/generated/ast.js';
import {
    agreementLineage, agreementWideTargets, coveredServices, effectiveTargetsFor, type EffectiveTarget
} from '../language/commitments/effective-targets.js';
import { describeTarget, qualifierOf } from '../language/commitments/metric-semantics.js';
import { qualifiersOf } from '../language/commitments/target-qualifiers.js';
import type { AvailabilityComposition } from '../language/commitments/availability-composition.js';
import { measureOf } from '../language/literals.js';
import type { ServiceTargetsEntry, TargetEntry } from './catalog-model.js';
import { entityRef, nameOf } from './catalog-refs.js';
import { supportingBudgetOf, type TargetTiming } from './target-timing.js';

export interface AgreementTargets {
    readonly targets: TargetEntry[];
    readonly serviceTargets: ServiceTargetsEntry[];
}

/** What publishing a target needs besides the target: its calendars, and for an SLA its supporting chain. */
export interface TargetContext {
    readonly timing: TargetTiming;
    /** The composition of the OLAs and UCs under an SLA's own availability target, where there are any. */
    readonly supportingChainOf?: (target: Target) => AvailabilityComposition | undefined;
}

export function agreementTargetsOf(agreement: Agreement, context: TargetContext): AgreementTargets {
    // A target reads the same wherever it applies in one agreement (its origin is where it
    // is stated), so the agreement-wide ones each service repeats are published once.
    const published = new Map<Target, TargetEntry>();
    const entryOf = (applying: EffectiveTarget) => {
        let entry = published.get(applying.target);
        if (!entry) {
            published.set(applying.target, entry = effectiveTargetOf(agreement, applying, context));
        }
        return entry;
    };
    const targets = agreementWideTargets(agreement).map(entryOf);
    // Most agreements have no `for service` block anywhere in their lineage: then every
    // service has exactly the agreement-wide targets, and nothing is computed per service.
    const scoped = agreementLineage(agreement).some(statedIn => statedIn.scopes.length > 0);
    if (!scoped) {
        return { targets, serviceTargets: [] };
    }
    const serviceTargets: ServiceTargetsEntry[] = [];
    const seen = new Set<unknown>();
    for (const service of coveredServices(agreement)) {
        if (seen.has(service)) {
            continue;
        }
        seen.add(service);
        const applying = effectiveTargetsFor(agreement, service);
        if (applying.some(entry => entry.scope !== undefined)) {
            const reference = agreement.services.find(ref => ref.ref === service);
            serviceTargets.push({
                service: entityRef(reference)!,
                targets: applying.map(entryOf)
            });
        }
    }
    return { targets, serviceTargets };
}

function effectiveTargetOf(agreement: Agreement, applying: EffectiveTarget, context: TargetContext): TargetEntry {
    const service = applying.scope?.service;
    return targetOf(applying.target, context, {
        inheritedFrom: applying.statedIn !== agreement ? nameOf(applying.statedIn) : undefined,
        forService: service ? (service.ref ? nameOf(service.ref) : service.$refText) : undefined
    });
}

export function targetOf(target: Target, context: TargetContext, origin: Pick<TargetEntry, 'inheritedFrom' | 'forService'> = {}): TargetEntry {
    const metric = target.metric.ref;
    const measure = measureOf(target.value);
    const timing = context.timing.timingOf(target, measure);
    const chain = timing.errorBudget && context.supportingChainOf?.(target);
    return {
        metric: metric ? nameOf(metric) : target.metric.$refText,
        metricTitle: metric?.title,
        direction: metric?.direction,
        comparator: target.comparator,
        value: measure?.text ?? '',
        valueKind: measure?.kind,
        magnitude: measure?.magnitude,
        ...qualifiersOf(target),
        qualifier: qualifierOf(target),
        text: describeTarget(target),
        ...timing,
        ...(chain ? { supportingBudget: supportingBudgetOf(timing.errorBudget!, chain) } : {}),
        ...(origin.inheritedFrom !== undefined ? { inheritedFrom: origin.inheritedFrom } : {}),
        ...(origin.forService !== undefined ? { forService: origin.forService } : {})
    };
}
