import type { Credit, Target } from '../generated/ast.js';
import { single } from '../single-valued-properties.js';

/** Anything that carries a target's qualifiers: a target, or a credit's condition. */
export type Qualified = Pick<Target, 'window' | 'priority' | 'percentile' | 'during'> | Pick<Credit, 'window' | 'priority' | 'percentile' | 'during'>;

/**
 * The qualifiers of a target as they hold: each may be written once, in any order
 * (a repeat is `duplicate-property`, and the first one written holds).
 */
export interface TargetQualifiers {
    /** `per month`: the window the target is measured over. */
    readonly window?: string;
    /** `for P1`: the priority, by the name of the priority it resolves to. */
    readonly priority?: string;
    /** `at p95`. */
    readonly percentile?: string;
    /** `during Business`: the calendar, by the name of the calendar it resolves to. */
    readonly during?: string;
}

export function qualifiersOf(target: Qualified): TargetQualifiers {
    const priority = single(target.priority);
    const during = single(target.during);
    return {
        window: single(target.window),
        priority: priority ? priority.ref?.name ?? priority.$refText : undefined,
        percentile: single(target.percentile),
        during: during ? during.ref?.name ?? during.$refText : undefined
    };
}

/**
 * What distinguishes two targets on one metric apart from the window: `for P1 at p95`,
 * always in this order whatever order they were written in, or '' when there is none.
 * Two targets are compared only when this matches; a window does not have to.
 */
export function qualifierOf(target: Qualified): string {
    const { priority, percentile, during } = qualifiersOf(target);
    // Built up rather than joined from a list: every target key is made of it, hundreds of
    // thousands of times in a catalog build.
    let qualifier = priority !== undefined ? `for ${priority}` : '';
    if (percentile !== undefined) {
        qualifier += `${qualifier ? ' ' : ''}at ${percentile}`;
    }
    if (during !== undefined) {
        qualifier += `${qualifier ? ' ' : ''}during ${during}`;
    }
    return qualifier;
}

/** The windows from shortest to longest: a longer window promises less. */
export const WINDOW_ORDER = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** Whether window `a` is longer than `b` (a missing window counts as longer than any). */
export function isLongerWindow(a: string | undefined, b: string | undefined): boolean {
    if (b === undefined) {
        return false;
    }
    if (a === undefined) {
        return true;
    }
    return WINDOW_ORDER.indexOf(a as typeof WINDOW_ORDER[number]) > WINDOW_ORDER.indexOf(b as typeof WINDOW_ORDER[number]);
}
