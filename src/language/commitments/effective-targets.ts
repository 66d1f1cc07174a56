import type { Reference } from 'langium';
import { isSla, type Agreement, type Credit, type Service, type ServiceScope, type Sla, type Target } from '../generated/ast.js';
import { single } from '../single-valued-properties.js';
import { qualifierOf } from './target-qualifiers.js';

/** A target as it applies to an agreement, and where it was stated. */
export interface EffectiveTarget {
    readonly target: Target;
    /** The agreement that states it: the agreement itself, or an SLA it is (transitively) `part of`. */
    readonly statedIn: Agreement;
    /** Whether it comes from a parent agreement rather than the agreement itself. */
    readonly inherited: boolean;
    /** The `for service` block it is stated in, if any. */
    readonly scope?: ServiceScope;
}

/**
 * What two targets must share to be compared: the metric and every qualifier except the
 * window. A credit's condition has the same key as the target it is paid on.
 */
export function targetKey(target: Target | Credit): string {
    return `${target.metric?.ref?.name ?? target.metric?.$refText ?? ''}|${qualifierOf(target)}`;
}

/**
 * The agreement and the SLAs it is part of, nearest first. A `part of` cycle is cut where
 * it comes back round (the lifecycle checks report it), so this always ends.
 */
export function agreementLineage(agreement: Agreement): Agreement[] {
    const lineage: Agreement[] = [agreement];
    let current: Agreement | undefined = agreement;
    while (current && isSla(current)) {
        const parent: Sla | undefined = single(current.parent)?.ref;
        if (!parent || lineage.includes(parent)) {
            break;
        }
        lineage.push(parent);
        current = parent;
    }
    return lineage;
}

function blocksFor(agreement: Agreement, service: Service): ServiceScope[] {
    return agreement.scopes.filter(scope => scope.service?.ref === service);
}

/**
 * The targets that apply to every service of the agreement: its own agreement-wide
 * targets, then those of each parent it does not state itself (same metric and
 * qualifiers).
 */
export function agreementWideTargets(agreement: Agreement): EffectiveTarget[] {
    const applying: EffectiveTarget[] = [];
    const stated = new Set<string>();
    for (const [depth, statedIn] of agreementLineage(agreement).entries()) {
        const levelKeys: string[] = [];
        for (const target of statedIn.targets) {
            const key = targetKey(target);
            if (!stated.has(key) || depth === 0) {
                applying.push({ target, statedIn, inherited: depth > 0 });
                levelKeys.push(key);
            }
        }
        levelKeys.forEach(key => stated.add(key));
    }
    return applying;
}

/**
 * The targets that apply to one service of the agreement: the nearest statement of each
 * metric and qualifiers wins, and within one agreement a `for service` block wins over
 * the agreement-wide target.
 */
export function effectiveTargetsFor(agreement: Agreement, service: Service): EffectiveTarget[] {
    const applying: EffectiveTarget[] = [];
    const stated = new Set<string>();
    for (const [depth, statedIn] of agreementLineage(agreement).entries()) {
        // Each target's key once: the catalog asks this of thousands of services.
        const level: EffectiveTarget[] = [];
        const levelKeys: string[] = [];
        for (const scope of blocksFor(statedIn, service)) {
            for (const target of scope.targets) {
                level.push({ target, statedIn, inherited: depth > 0, scope });
                levelKeys.push(targetKey(target));
            }
        }
        const scopedKeys = new Set(levelKeys);
        for (const target of statedIn.targets) {
            const key = targetKey(target);
            if (!scopedKeys.has(key)) {
                level.push({ target, statedIn, inherited: depth > 0 });
                levelKeys.push(key);
            }
        }
        level.forEach((entry, index) => {
            if (!stated.has(levelKeys[index])) {
                applying.push(entry);
            }
        });
        levelKeys.forEach(key => stated.add(key));
    }
    return applying;
}

/**
 * Every target the agreement promises anywhere: agreement-wide and per service, its own
 * and inherited. What `empty-agreement` and `credit-without-target` count as promised.
 */
export function allPromisedTargets(agreement: Agreement): EffectiveTarget[] {
    const promised: EffectiveTarget[] = [];
    for (const [depth, statedIn] of agreementLineage(agreement).entries()) {
        for (const target of statedIn.targets) {
            promised.push({ target, statedIn, inherited: depth > 0 });
        }
        for (const scope of statedIn.scopes) {
            for (const target of scope.targets) {
                promised.push({ target, statedIn, inherited: depth > 0, scope });
            }
        }
    }
    return promised;
}

/** The services an agreement covers, as they resolve. */
export function coveredServices(agreement: Agreement): Service[] {
    return agreement.services.map((reference: Reference<Service>) => reference.ref).filter((service): service is Service => service !== undefined);
}
