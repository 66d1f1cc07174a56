import type { Target } from '../generated/ast.js';
import { compareCommitments, commitmentOf, describeTarget, isWeaker, type Commitment, type DeadlineMiss, type UndecidedCause } from './metric-semantics.js';
import { single } from '../single-valued-properties.js';
import { clockRange, type TimedDuration } from '../time/business-time.js';
import type { Calendars, StructuredCalendar } from '../time/calendar-model.js';
import { durationInWords } from '../time/duration-words.js';
import { ownerOf, timedDurationOf } from '../time/target-calendars.js';
import { formatWeekMinute, MINUTES_PER_DAY } from '../time/week-intervals.js';
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
    /** Where business time is involved: the first start in a week whose deadline comes too late. */
    readonly miss?: DeadlineMiss;
    /**
     * A value the weaker target could state to hold up, as written: the stronger target's
     * own, or, where that is business time on another calendar, the clock time it
     * takes at its quickest (at its slowest for a floor).
     */
    readonly raiseTo: string;
    /**
     * Where the stronger target is strict (`> 4`) and the weaker is not (`>= 4`): no value
     * written with `>=` holds it up, so the weaker must take the strict comparator too;
     * `alone` when that is all it takes (the values hold up already).
     */
    readonly comparator?: { readonly write: string; readonly alone: boolean };
}

/** Two targets whose values the calendars cannot compare: an info, not a shortfall. */
export interface Undecided {
    readonly weaker: Commitment;
    readonly stronger: Commitment;
    readonly cause: UndecidedCause;
}

/** Told of each pair of targets whose values cannot be compared. */
export type UndecidedSink = (undecided: Undecided) => void;

/** The shortfall of `target` against `required`, or undefined when it holds up (or either cannot be compared). */
export function shortfallOf(target: Target, required: Target, calendars: Calendars, undecided?: UndecidedSink): Shortfall | undefined {
    return shortfallBetween(commitmentOf(target), commitmentOf(required), calendars, undecided);
}

/**
 * {@link shortfallOf} for targets already read as commitments (undefined where a target
 * cannot be compared). Where business time makes the values incomparable, `undecided`
 * hears of it, and only the window can still fall short.
 */
export function shortfallBetween(weaker: Commitment | undefined, stronger: Commitment | undefined, calendars: Calendars,
    undecided?: UndecidedSink): Shortfall | undefined {
    if (!weaker || !stronger || weaker.metric !== stronger.metric) {
        return undefined;
    }
    const comparison = compareCommitments(weaker, stronger, calendars);
    if (comparison.verdict === 'undecided') {
        undecided?.({ weaker, stronger, cause: comparison.cause });
    }
    const value = comparison.verdict === 'weaker';
    const window = isLongerWindow(single(weaker.target.window), single(stronger.target.window));
    if (!value && !window) {
        return undefined;
    }
    const miss = comparison.verdict === 'weaker' ? comparison.miss : undefined;
    const comparator = value && stronger.strict && !weaker.strict
        ? { write: stronger.target.comparator, alone: compareCommitments({ ...weaker, strict: true }, stronger, calendars).verdict === 'holds' }
        : undefined;
    return {
        weaker, stronger, value, window, ...(miss ? { miss } : {}), ...(comparator ? { comparator } : {}),
        raiseTo: !value ? stronger.measure.text : comparator?.alone ? weaker.measure.text : valueThatHolds(weaker, stronger, calendars)
    };
}

/**
 * Whether shortfall `a` is worse than `b` for one target: a weaker value before a window
 * alone, then the stricter requirement (the one a fix must reach).
 */
export function isWorseShortfall(a: Shortfall, b: Shortfall, calendars: Calendars): boolean {
    if (a.value !== b.value) {
        return a.value;
    }
    return isWeaker(b.stronger, a.stronger, calendars);
}

/** What a shortfall asks of the weaker target, as a sentence. */
export function shortfallRemedy(shortfall: Shortfall): string {
    const parts: string[] = [];
    const comparator = shortfall.comparator;
    if (comparator?.alone) {
        parts.push(`Change '${shortfall.weaker.target.comparator}' to '${comparator.write}'`);
    } else if (shortfall.value) {
        parts.push(`Raise this target to ${comparator ? `${comparator.write} ` : ''}${shortfall.raiseTo} or better`);
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

/**
 * When business time makes the weaker target's deadline late, a sentence (with a leading
 * space) that shows it on the first start in the week where it happens: ` From Mon 10:00
 * (Europe/Berlin), the OLA's 1 day 6 hours end Tue 16:00, after the SLA's 1 business day
 * ends Tue 10:00.` Empty where plain clock values speak for themselves.
 * `weakerSide` and `strongerSide` name the two sides: `the OLA`, `the SLA`.
 */
export function shortfallTiming(shortfall: Shortfall, weakerSide: string, strongerSide: string): string {
    const miss = shortfall.miss;
    if (!shortfall.value || !miss) {
        return '';
    }
    const zone = miss.zone ? ` (${miss.zone})` : '';
    const weakerWords = durationInWords(shortfall.weaker.measure);
    const strongerWords = durationInWords(shortfall.stronger.measure);
    // A floor falls short by ending too early, a ceiling by ending too late.
    const relation = shortfall.weaker.metric.direction === 'higher' ? 'before' : 'after';
    return ` From ${formatWeekMinute(miss.start)}${zone}, ${weakerSide}'s ${weakerWords} ${ends(weakerWords)} ${dueTime(miss.start, miss.deadline)}, `
        + `${relation} ${strongerSide}'s ${strongerWords} ${ends(strongerWords)} ${dueTime(miss.start, miss.requiredDeadline)}.`;
}

function ends(words: string): string {
    return /^1 [a-z ]+$/.test(words) ? 'ends' : 'end';
}

/** `Tue 16:00`, with how many days on where a weekday name alone would be read as the same week. */
function dueTime(start: number, deadline: number): string {
    const minute = Math.round(deadline);
    const days = Math.floor(minute / MINUTES_PER_DAY) - Math.floor(start / MINUTES_PER_DAY);
    return days >= 7 ? `${formatWeekMinute(minute)} (${days} days later)` : formatWeekMinute(minute);
}

/** The diagnostic an undecided comparison is: the calendar is free text, or there is none (or it cannot tell). */
export function undecidedCode(undecided: Undecided): 'incomparable-target' | 'unstructured-calendar' {
    return undecided.cause.problem === 'unstructured' ? 'unstructured-calendar' : 'incomparable-target';
}

/** Why two targets were not compared and what to add, naming both and the agreement whose calendar is missing. */
export function undecidedMessage(undecided: Undecided): string {
    const cause = undecided.cause;
    const business = cause.target;
    const other = business === undecided.weaker.target ? undecided.stronger.target : undecided.weaker.target;
    const owner = holderOf(business);
    const subject = `${describeTarget(business)} of ${owner}`;
    const against = `${describeTarget(other)} of ${holderOf(other)}`;
    switch (cause.problem) {
        case 'no-calendar':
            return `${subject} is in business time, but ${owner} states no 'support hours' or 'hours' that say when business time runs, `
                + `so it cannot be compared with ${against}. Add 'support hours' with a structured calendar to ${owner}.`;
        case 'unstructured': {
            const name = cause.source.model.name;
            return `${subject} is in business time on calendar '${name}' (its '${cause.source.property}'), whose hours are free text, `
                + `so it cannot be compared with ${against}. Write calendar '${name}' as a block with 'hours' lines, `
                + `such as 'calendar ${name} { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00 }'.`;
        }
        case 'incomparable':
            return `${subject} cannot be compared with ${against}: ${cause.reason}. `
                + `Give ${owner} 'support hours' with a structured calendar that opens.`;
    }
}

/** `SLA 'Care'`, `OLA 'Net'`, `offering 'Ehr.Gold'`: who states a target. */
function holderOf(target: Target): string {
    if (target.$container.$type === 'Offering') {
        return `offering '${target.$container.$container.name}.${target.$container.name}'`;
    }
    const owner = ownerOf(target);
    if (!owner) {
        return 'its agreement';
    }
    return `${owner.$type === 'Service' ? 'service' : owner.$type.toUpperCase()} '${owner.name}'`;
}

/** The value `weaker` could state to hold up against `stronger` (see {@link Shortfall.raiseTo}). */
function valueThatHolds(weaker: Commitment, stronger: Commitment, calendars: Calendars): string {
    if (!stronger.measure.business) {
        return stronger.measure.text;
    }
    const required = timedDurationOf(calendars, stronger.target, stronger.measure, stronger.strict);
    if (!('duration' in required) || !('calendar' in required.duration)) {
        return stronger.measure.text;
    }
    const own = weaker.measure.business && timedDurationOf(calendars, weaker.target, weaker.measure, weaker.strict);
    if (own && 'duration' in own && 'calendar' in own.duration && own.duration.calendar === required.duration.calendar) {
        return stronger.measure.text; // the same business time on the same calendar
    }
    const range = clockRangeOf(required.duration);
    if (!range) {
        return stronger.measure.text;
    }
    return clockLiteral(weaker.metric.direction === 'higher' ? range.longest : range.shortest);
}

/** Clock ranges by calendar and business duration: a shortfall asks for one, and many shortfalls name the same few. */
const clockRanges = new WeakMap<StructuredCalendar, Map<string, ReturnType<typeof clockRange>>>();

function clockRangeOf(duration: Extract<TimedDuration, { calendar: StructuredCalendar }>): ReturnType<typeof clockRange> {
    let known = clockRanges.get(duration.calendar);
    if (!known) {
        clockRanges.set(duration.calendar, known = new Map());
    }
    const key = `${duration.business.amount}${duration.business.unit}`;
    if (!known.has(key)) {
        known.set(key, clockRange(duration));
    }
    return known.get(key);
}

/** Minutes as a duration literal of the language, in the largest unit that states them exactly: `24h`, `90min`. */
function clockLiteral(minutes: number): string {
    const milliseconds = Math.round(minutes * 60_000);
    for (const [size, unit] of [[3_600_000, 'h'], [60_000, 'min'], [1_000, 's']] as const) {
        if (milliseconds % size === 0) {
            return `${milliseconds / size}${unit}`;
        }
    }
    return `${milliseconds}ms`;
}

/** Where a shortfall is marked: the value when it is too weak, else the window written, else the whole target. */
export function shortfallRange(shortfall: Shortfall): { node: Target; property?: 'value' | 'window'; index?: number } {
    const target = shortfall.weaker.target;
    if (shortfall.value) {
        return { node: target, property: 'value' };
    }
    return target.window.length > 0 ? { node: target, property: 'window', index: 0 } : { node: target };
}

/**
 * What the quick fix that raises the weaker target needs (see the code action provider):
 * the value that holds up and the one the stronger target states, and the strict
 * comparator where that is needed too.
 */
export function raiseFixData(shortfall: Shortfall): Record<string, unknown> {
    return {
        ...(shortfall.value ? { required: shortfall.raiseTo, promised: shortfall.stronger.measure.text } : {}),
        ...(shortfall.comparator ? { comparator: shortfall.comparator.write, comparatorOnly: shortfall.comparator.alone } : {})
    };
}
