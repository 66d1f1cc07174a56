import { AVAILABILITY_METRIC } from '../commitments/availability-composition.js';
import { qualifiersOf } from '../commitments/target-qualifiers.js';
import type { Target } from '../generated/ast.js';
import { measureOf } from '../literals.js';
import type { Calendars, StructuredCalendar } from '../time/calendar-model.js';
import { errorBudgetOf, formatBudgetSeconds, type ErrorBudget } from '../time/error-budget.js';
import { measurementCalendarOf, type CalendarSource } from '../time/target-calendars.js';
import { intersectionOf, totalMinutes } from '../time/week-intervals.js';
import { calendarInWords } from './calendar-in-words.js';

/** The error budget of an availability target, or why its hours give none. */
export type TargetErrorBudget =
    | {
        readonly percent: number;
        readonly budget: ErrorBudget;
        /** The calendar measured over; undefined for round the clock (no hours stated). */
        readonly calendar?: StructuredCalendar;
    }
    | { readonly problem: 'unstructured'; readonly source: CalendarSource };

/**
 * For a target on the availability metric with a percentage, the downtime it allows per
 * window over the hours it is measured in (`during`, else the service hours, else round
 * the clock); undefined for every other target and for a percentage above 100. A one-line
 * calendar's free-text hours give no budget.
 */
export function errorBudgetOfTarget(calendars: Calendars, target: Target): TargetErrorBudget | undefined {
    const metric = target.metric?.ref;
    const measure = measureOf(target.value);
    // Beyond 100% there is no budget to show; the target's own check reports the value.
    if (metric?.name !== AVAILABILITY_METRIC || metric.unit !== 'percent' || measure?.kind !== 'percent' || measure.magnitude > 100) {
        return undefined;
    }
    const source = measurementCalendarOf(calendars, target);
    if (source && !source.model.structured) {
        return { problem: 'unstructured', source };
    }
    const calendar = source?.model as StructuredCalendar | undefined;
    return { percent: measure.magnitude, budget: errorBudgetOf(measure.magnitude, qualifiersOf(target).window, calendar), calendar };
}

/** `over 24x7`, `over Business (Mon–Fri 08:00–18:00, Europe/Berlin) less its weekly maintenance`. */
export function hoursMeasuredInWords(calendar: StructuredCalendar | undefined): string {
    if (!calendar) {
        return 'over 24x7 (no service hours stated)';
    }
    const maintained = totalMinutes(intersectionOf(calendar.open, calendar.maintenance)) > 0 ? ' less its weekly maintenance' : '';
    return `over ${calendarInWords(calendar)}${maintained}`;
}

/** `43 min 50 s of downtime per month`, with the window marked where the target states none. */
export function allowedDowntimeInWords(budget: ErrorBudget): string {
    return `${formatBudgetSeconds(budget.allowedSeconds)} of downtime per ${budget.window}${budget.assumedWindow ? ' (no window stated: a month assumed)' : ''}`;
}
