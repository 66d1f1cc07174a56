import type { Credit, Metric, Target } from '../generated/ast.js';
import { measureOf, type Measure, type ValueKind } from '../literals.js';
import { compareDurations, type TimedDuration } from '../time/business-time.js';
import type { Calendars } from '../time/calendar-model.js';
import { timedDurationOf, type CalendarSource, type TimedDurationOf } from '../time/target-calendars.js';
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

/** Where, in one week, a duration's deadline misses the one it is held against. */
export interface DeadlineMiss {
    /** Minutes from Monday 00:00 of the comparison's week, local to `zone` where one is known. */
    readonly start: number;
    /** When the weaker commitment's duration ends, and when the stronger one's does. */
    readonly deadline: number;
    readonly requiredDeadline: number;
    readonly zone?: string;
}

/** Why two duration commitments cannot be compared: the business-time one has no calendar that says when it runs. */
export type UndecidedCause =
    | { readonly problem: 'no-calendar'; readonly target: Target }
    | { readonly problem: 'unstructured'; readonly target: Target; readonly source: CalendarSource }
    | { readonly problem: 'incomparable'; readonly target: Target; readonly reason: string };

/** How one commitment's value holds up against another's on the same metric. */
export type ValueComparison =
    | { readonly verdict: 'holds' }
    /** `miss` says when, where business time is involved and the calendars show it. */
    | { readonly verdict: 'weaker'; readonly miss?: DeadlineMiss }
    | { readonly verdict: 'undecided'; readonly cause: UndecidedCause };

const HOLDS: ValueComparison = Object.freeze({ verdict: 'holds' });
const WEAKER: ValueComparison = Object.freeze({ verdict: 'weaker' });

/**
 * Whether `underpinning` promises less than `promised` on the same metric: a lower floor
 * for a higher-is-better metric, a higher ceiling for a lower-is-better one. At equal
 * values, only a strict promise (`>`) over a non-strict one (`>=`) is weaker.
 *
 * Business durations are compared through their calendars (`support hours`, else
 * `hours`), worst case over every start time in a week; where no calendar can tell, the
 * comparison is undecided rather than weaker. Two clock values never look a calendar up.
 */
export function compareCommitments(underpinning: Commitment, promised: Commitment, calendars: Calendars): ValueComparison {
    if (!underpinning.measure.business && !promised.measure.business) {
        return isWeakerMagnitude(underpinning, promised) ? WEAKER : HOLDS;
    }
    const lower = underpinning.metric.direction !== 'higher';
    // A business duration takes at least its round-the-clock time and, on a calendar, possibly much longer:
    // some answers hold on every calendar, and need none.
    const bounds = (commitment: Commitment) => ({
        least: commitment.measure.magnitude, most: commitment.measure.business ? Infinity : commitment.measure.magnitude
    });
    const [faster, slower] = lower ? [underpinning, promised] : [promised, underpinning];
    const fast = bounds(faster);
    const slow = bounds(slower);
    // `faster` must end no later than `slower` for the underpinning to hold.
    const strictnessLoses = promised.strict && !underpinning.strict;
    if (fast.most < slow.least || (fast.most === slow.least && !strictnessLoses)) {
        return HOLDS;
    }
    const surelyWeaker = fast.least > slow.most;
    // Ceilings: the underpinning's deadline must come first; floors: the promised one's. Strictness goes by position:
    // a tie is a miss only for a strict promise over a non-strict underpinning.
    const first = timedDurationOf(calendars, faster.target, faster.measure, underpinning.strict);
    const second = timedDurationOf(calendars, slower.target, slower.measure, promised.strict);
    if (!('duration' in first) || !('duration' in second)) {
        if (surelyWeaker) {
            return WEAKER;
        }
        return { verdict: 'undecided', cause: 'duration' in first ? causeOf(second, slower.target) : causeOf(first, faster.target) };
    }
    if (holdsOnOneCalendar(first.duration, second.duration, strictnessLoses)) {
        return HOLDS;
    }
    const found = compareDurations(first.duration, second.duration);
    switch (found.verdict) {
        case 'holds':
            return HOLDS;
        case 'incomparable': {
            if (surelyWeaker) {
                return WEAKER;
            }
            const target = faster.measure.business ? faster.target : slower.target;
            return { verdict: 'undecided', cause: { problem: 'incomparable', target, reason: found.reason } };
        }
        case 'weaker': {
            // The miss is told from the underpinning's side: its deadline, then the promised one.
            const [deadline, requiredDeadline] = lower ? [found.deadline, found.requiredDeadline] : [found.requiredDeadline, found.deadline];
            return { verdict: 'weaker', miss: { start: found.start, deadline, requiredDeadline, zone: found.zone } };
        }
    }
}

/** {@link compareCommitments} as a yes or no: undecided is not weaker. */
export function isWeaker(underpinning: Commitment, promised: Commitment, calendars: Calendars): boolean {
    return compareCommitments(underpinning, promised, calendars).verdict === 'weaker';
}

/**
 * Fewer business hours (or days) on the same calendar end no later from any start: the
 * common case of an OLA answering in the SLA's own support hours needs no week walked.
 */
function holdsOnOneCalendar(first: TimedDuration, second: TimedDuration, strictnessLoses: boolean): boolean {
    if (!('business' in first) || !('business' in second) || first.calendar !== second.calendar || first.business.unit !== second.business.unit) {
        return false;
    }
    return first.business.amount < second.business.amount || (first.business.amount === second.business.amount && !strictnessLoses);
}

function causeOf(problem: TimedDurationOf, target: Target): UndecidedCause {
    return 'problem' in problem && problem.problem === 'unstructured'
        ? { problem: 'unstructured', target, source: problem.source }
        : { problem: 'no-calendar', target };
}

function isWeakerMagnitude(underpinning: Commitment, promised: Commitment): boolean {
    const a = underpinning.measure.magnitude;
    const b = promised.measure.magnitude;
    if (a === b) {
        return promised.strict && !underpinning.strict;
    }
    return underpinning.metric.direction === 'higher' ? a < b : a > b;
}

/** A target, or the condition of a credit, as written: `availability >= 99.9% per month for P1`. */
export function describeTarget(target: Target | Credit): string {
    const measure = measureOf(target.value);
    const stated = qualifiersOf(target).window;
    const window = stated ? ` per ${stated}` : '';
    const qualifier = qualifierOf(target);
    return `${target.metric?.$refText ?? '?'} ${target.comparator} ${measure?.text ?? '?'}${window}${qualifier ? ` ${qualifier}` : ''}`;
}
