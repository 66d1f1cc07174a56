import type { Metric, Target } from '../generated/ast.js';
import { measureOf, type Measure, type ValueKind } from '../literals.js';
import { qualifierOf, qualifiersOf } from './target-qualifiers.js';

export { qualifierOf } from './target-qualifiers.js';

/** The comparators that state a floor (`>=`, `>`) or a ceiling (`<=`, `<`). */
export function comparatorSense(comparator: string): 'floor' | 'ceiling' | 'exact' {
    if (comparator === '>=' || comparator === '>') return 'floor';
    if (comparator === '<=' || comparator === '<') return 'ceiling';
    return 'exact';
}

/** A higher-is-better metric is promised with a floor, a lower-is-better one with a ceiling. */
export function comparatorFitsDirection(metric: Metric, comparator: string): boolean {
    const sense = comparatorSense(comparator);
    return sense === 'exact' || (metric.direction === 'higher' ? sense === 'floor' : sense === 'ceiling');
}

export function valueFitsMetric(metric: Metric, kind: ValueKind): boolean {
    return metric.unit === kind;
}


/** A target whose metric, comparator and value all fit together, ready to compare. */
export interface Commitment {
    readonly target: Target;
    readonly metric: Metric;
    readonly measure: Measure;
    readonly qualifier: string;
    readonly strict: boolean;
}

export function commitmentOf(target: Target): Commitment | undefined {
    const metric = target.metric?.ref;
    const measure = measureOf(target.value);
    if (!metric || !measure || !valueFitsMetric(metric, measure.kind) || !comparatorFitsDirection(metric, target.comparator)
        || comparatorSense(target.comparator) === 'exact') {
        return undefined;
    }
    return { target, metric, measure, qualifier: qualifierOf(target), strict: target.comparator === '>' || target.comparator === '<' };
}

/**
 * Whether `underpinning` promises less than `promised` on the same metric: a lower floor
 * for a higher-is-better metric, a higher ceiling for a lower-is-better one. At equal
 * values, only a strict promise (`>`) over a non-strict one (`>=`) is weaker.
 */
export function isWeaker(underpinning: Commitment, promised: Commitment): boolean {
    const a = underpinning.measure.magnitude;
    const b = promised.measure.magnitude;
    if (a === b) {
        return promised.strict && !underpinning.strict;
    }
    return underpinning.metric.direction === 'higher' ? a < b : a > b;
}

export function describeTarget(target: Target): string {
    const measure = measureOf(target.value);
    const stated = qualifiersOf(target).window;
    const window = stated ? ` per ${stated}` : '';
    const qualifier = qualifierOf(target);
    return `${target.metric?.$refText ?? '?'} ${target.comparator} ${measure?.text ?? '?'}${window}${qualifier ? ` ${qualifier}` : ''}`;
}
