/**
 * What time means for a published target: its value in words, the calendar it is measured
 * over, the clock time a business duration can take, the error budget of an availability
 * target, and for an SLA the part of that budget its supporting chain leaves. All of it is
 * computed by the language's time core (src/language/time/); this file only shapes the
 * results for the catalog, each calendar's results once.
 */
import type { Target } from '../language/generated/ast.js';
import { AVAILABILITY_METRIC, compositionFormula, type AvailabilityComposition } from '../language/commitments/availability-composition.js';
import { formatNumber, type Measure } from '../language/literals.js';
import { single } from '../language/single-valued-properties.js';
import { clockRange, type TimedDuration } from '../language/time/business-time.js';
import type { Calendars, StructuredCalendar } from '../language/time/calendar-model.js';
import { durationInWords } from '../language/time/duration-words.js';
import { errorBudgetOf, formatBudgetSeconds } from '../language/time/error-budget.js';
import { MINUTES_PER_DAY } from '../language/time/week-intervals.js';
import { measurementCalendarOf, timedDurationOf } from '../language/time/target-calendars.js';
import type { CalendarEntries } from './calendar-entries.js';
import type { BusinessDurationEntry, ErrorBudgetEntry, MeasuredOn, SupportingBudgetEntry, TargetEntry } from './catalog-model.js';
import { displayName } from './display-text.js';

export type TargetTimingFields = Pick<TargetEntry, 'valueWords' | 'business' | 'measuredOn' | 'errorBudget'>;

export class TargetTiming {
    constructor(private readonly calendars: Calendars, private readonly entries: CalendarEntries) {}

    /** The time-related facts of a target whose value is `measure`. */
    timingOf(target: Target, measure: Measure | undefined): TargetTimingFields {
        const source = measurementCalendarOf(this.calendars, target);
        const measuredOn: MeasuredOn | undefined = source && { via: source.property, calendar: this.entries.entryOf(source.model.node) };
        const business = measure?.business && this.businessOf(target, measure);
        const budget = measure && isAvailabilityTarget(target, measure)
            ? budgetOn(measure.magnitude, single(target.window), source && (source.model.structured ? source.model : 'free text'), measuredOn?.calendar.name)
            : undefined;
        return {
            valueWords: valueWordsOf(measure),
            ...(business ? { business } : {}),
            ...(measuredOn ? { measuredOn } : {}),
            ...(budget ? { errorBudget: budget } : {})
        };
    }

    private businessOf(target: Target, measure: Measure): BusinessDurationEntry {
        const { amount, unit } = measure.business!;
        const timed = timedDurationOf(this.calendars, target, measure, false);
        if ('problem' in timed) {
            return timed.problem === 'no-calendar'
                ? { amount, unit, unknownBecause: 'neither support hours nor service hours are stated for it to run on' }
                : { amount, unit, calendar: this.entries.entryOf(timed.source.model.node).name, unknownBecause: `${timed.source.model.name} states its hours as free text` };
        }
        const duration = timed.duration;
        if (!('calendar' in duration)) {
            // A business measure always runs on a calendar; clock time has no range to show.
            return { amount, unit };
        }
        const name = this.entries.entryOf(duration.calendar.node).name;
        const range = clockRangeOf(duration);
        return range
            ? { amount, unit, calendar: name, clockRange: range }
            : { amount, unit, calendar: name, unknownBecause: `${duration.calendar.name} never opens` };
    }
}

/** A value as people write it: durations in words (`15 minutes`, `2 business days`), other values as written. */
export function valueWordsOf(measure: Measure | undefined): string {
    if (!measure) {
        return '';
    }
    return measure.kind === 'duration' ? durationInWords(measure) : measure.text;
}

function isAvailabilityTarget(target: Target, measure: Measure): boolean {
    const metric = target.metric.ref;
    return metric?.name === AVAILABILITY_METRIC && metric.direction === 'higher' && measure.kind === 'percent'
        && (target.comparator === '>=' || target.comparator === '>');
}

/** Seconds in published figures: to the millisecond, so sums of floats do not show their noise. */
function seconds(value: number): number {
    return Math.round(value * 1000) / 1000;
}

function budgetOn(percent: number, window: string | undefined, calendar: StructuredCalendar | 'free text' | undefined,
    calendarName: string | undefined): ErrorBudgetEntry | undefined {
    if (calendar === 'free text') {
        // Hours written as free text cannot be counted: there is no budget to state.
        return undefined;
    }
    const budget = errorBudgetOf(percent, window, calendar);
    return {
        window: budget.window,
        assumedWindow: budget.assumedWindow,
        measuredSeconds: seconds(budget.measuredSeconds),
        allowedSeconds: seconds(budget.allowedSeconds),
        ...(calendarName !== undefined ? { calendar: calendarName } : {}),
        text: formatBudgetSeconds(budget.allowedSeconds)
    };
}

/**
 * What is left of an SLA target's error budget once its supporting chain has had the
 * downtime it is allowed: the SLA's allowed downtime minus the downtime the composed
 * supporting availability allows over the same measured hours. Negative where the chain
 * alone may exceed the SLA's budget.
 */
export function supportingBudgetOf(budget: ErrorBudgetEntry, composition: AvailabilityComposition): SupportingBudgetEntry {
    const supportingAllowed = budget.measuredSeconds * (100 - composition.compositePercent) / 100;
    return {
        compositePercent: Number(composition.compositePercent.toFixed(6)),
        formula: compositionFormula(composition, agreement => `${agreement.$type.toUpperCase()} ${displayName({ name: agreement.name, title: agreement.title })}`),
        supportingAllowedSeconds: seconds(supportingAllowed),
        leftSeconds: seconds(budget.allowedSeconds - supportingAllowed)
    };
}

const clockRanges = new WeakMap<StructuredCalendar, Map<string, BusinessDurationEntry['clockRange']>>();

/** The shortest and longest clock time of a business duration, computed once per calendar and amount. */
function clockRangeOf(duration: TimedDuration): BusinessDurationEntry['clockRange'] {
    if (!('business' in duration)) {
        return undefined;
    }
    let known = clockRanges.get(duration.calendar);
    if (!known) {
        clockRanges.set(duration.calendar, known = new Map());
    }
    const key = `${duration.business.amount} ${duration.business.unit}`;
    if (!known.has(key)) {
        const range = clockRange(duration);
        known.set(key, range && {
            shortestSeconds: range.shortest * 60,
            longestSeconds: range.longest * 60,
            text: clockRangeText(range.shortest, range.longest)
        });
    }
    return known.get(key);
}

/** `24 hours to 3 days 14 hours`; a single figure where every start takes as long. */
export function clockRangeText(shortestMinutes: number, longestMinutes: number): string {
    const shortest = clockTimeInWords(shortestMinutes);
    return shortestMinutes === longestMinutes ? shortest : `${shortest} to ${clockTimeInWords(longestMinutes)}`;
}

/**
 * Clock time as a reader of a deadline counts it: in hours up to two days (`24 hours`,
 * `32 hours`), then in days and hours (`3 days 14 hours`), never in weeks, so that both
 * ends of a range read in the same units.
 */
export function clockTimeInWords(minutes: number): string {
    const whole = Math.round(minutes);
    const days = whole >= 2 * MINUTES_PER_DAY ? Math.floor(whole / MINUTES_PER_DAY) : 0;
    const hours = Math.floor((whole - days * MINUTES_PER_DAY) / 60);
    const rest = whole - days * MINUTES_PER_DAY - hours * 60;
    const parts = [
        days > 0 ? counted(days, 'day', 'days') : undefined,
        hours > 0 ? counted(hours, 'hour', 'hours') : undefined,
        rest > 0 ? counted(rest, 'minute', 'minutes') : undefined
    ].filter(part => part !== undefined);
    return parts.length > 0 ? parts.join(' ') : '0 minutes';
}

function counted(amount: number, singular: string, plural: string): string {
    return `${amount} ${amount === 1 ? singular : plural}`;
}

/** `99.8%` for the composed percent of a supporting chain. */
export function compositePercentText(percent: number): string {
    return `${formatNumber(percent, 4)}%`;
}
