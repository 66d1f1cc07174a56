import type { Target } from '../generated/ast.js';
import { commitmentOf, isWeaker, type Commitment } from './metric-semantics.js';
import { single } from '../single-valued-properties.js';
import { isLongerWindow, qualifiersOf } from './target-qualifiers.js';

/**
 * How a target falls short of another on the same metric and qualifiers: a weaker value,
 * a longer window (`per year` does not make `per month`), or no window where the other
 * states one. Used wherever one target must hold up another: an OLA under its SLA, a child
 * SLA under its parent, an SLA under the offering it sells.
 */
export interface Shortfall {
    /** The target that falls short, and the one it is held against. */
    readonly weaker: Commitment;
    readonly stronger: Commitment;
    readonly value: boolean;
    readonly window: boolean;
}

/** The shortfall of `target` against `required`, or undefined when it holds up (or either cannot be compared). */
export function shortfallOf(target: Target, required: Target): Shortfall | undefined {
    return shortfallBetween(commitmentOf(target), commitmentOf(required));
}

/** {@link shortfallOf} for targets already read as commitments (undefined where a target cannot be compared). */
export function shortfallBetween(weaker: Commitment | undefined, stronger: Commitment | undefined): Shortfall | undefined {
    if (!weaker || !stronger || weaker.metric !== stronger.metric) {
        return undefined;
    }
    const value = isWeaker(weaker, stronger);
    const window = isLongerWindow(single(weaker.target.window), single(stronger.target.window));
    return value || window ? { weaker, stronger, value, window } : undefined;
}

/**
 * Whether shortfall `a` is worse than `b` for one target: a weaker value before a window
 * alone, then the stricter requirement (the one a fix must reach).
 */
export function isWorseShortfall(a: Shortfall, b: Shortfall): boolean {
    if (a.value !== b.value) {
        return a.value;
    }
    return isWeaker(b.stronger, a.stronger);
}

/** What a shortfall asks of the weaker target, as a sentence. */
export function shortfallRemedy(shortfall: Shortfall): string {
    const parts: string[] = [];
    if (shortfall.value) {
        parts.push(`Raise this target to ${shortfall.stronger.measure.text} or better`);
    }
    if (shortfall.window) {
        const required = qualifiersOf(shortfall.stronger.target).window;
        const stated = qualifiersOf(shortfall.weaker.target).window;
        parts.push(stated
            ? `${parts.length > 0 ? 'measure' : 'Measure'} it per ${required} (or a shorter window) instead of per ${stated}`
            : `${parts.length > 0 ? 'add' : 'Add'} 'per ${required}' (or a shorter window)`);
    }
    return parts.join(' and ');
}

/** Where a shortfall is marked: the value when it is too weak, else the window written, else the whole target. */
export function shortfallRange(shortfall: Shortfall): { node: Target; property?: 'value' | 'window'; index?: number } {
    const target = shortfall.weaker.target;
    if (shortfall.value) {
        return { node: target, property: 'value' };
    }
    return target.window.length > 0 ? { node: target, property: 'window', index: 0 } : { node: target };
}
