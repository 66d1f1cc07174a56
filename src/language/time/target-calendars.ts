import { AstUtils, type AstNode } from 'langium';
import { isAgreement, isService, type Agreement, type Credit, type Service, type Target } from '../generated/ast.js';
import type { Measure } from '../literals.js';
import { single } from '../single-valued-properties.js';
import type { TimedDuration } from './business-time.js';
import type { CalendarModel, Calendars, StructuredCalendar } from './calendar-model.js';

/** Where a calendar of a target comes from, for messages: `during Extended`, `support hours Business`. */
export interface CalendarSource {
    readonly model: CalendarModel;
    readonly property: 'during' | 'hours' | 'support hours';
    /** The agreement or service that states it. */
    readonly owner: Agreement | Service;
}

/** The agreement a target or credit belongs to, or the service of an offering's target. */
export function ownerOf(node: AstNode): Agreement | Service | undefined {
    return AstUtils.getContainerOfType(node, (n): n is Agreement | Service => isAgreement(n) || isService(n));
}

function calendarAt(calendars: Calendars, owner: Agreement | Service, property: 'hours' | 'support hours'): CalendarSource | undefined {
    const reference = single(property === 'hours' ? owner.hours : owner.supportHours);
    const model = calendars.modelOfReference(reference);
    return model && { model, property, owner };
}

/** Service hours of an agreement or service: when availability is measured. */
export function serviceHoursOf(calendars: Calendars, owner: Agreement | Service): CalendarSource | undefined {
    return calendarAt(calendars, owner, 'hours');
}

/** Support hours of an agreement or service: when incidents are worked. */
export function supportHoursOf(calendars: Calendars, owner: Agreement | Service): CalendarSource | undefined {
    return calendarAt(calendars, owner, 'support hours');
}

/** The hours a target is measured over: its `during`, else its agreement's (or service's) service hours; none means round the clock. */
export function measurementCalendarOf(calendars: Calendars, target: Target | Credit): CalendarSource | undefined {
    const owner = ownerOf(target);
    const during = calendars.modelOfReference(single(target.during));
    if (during && owner) {
        return { model: during, property: 'during', owner };
    }
    return owner && serviceHoursOf(calendars, owner);
}

/** The calendar business durations of a target run on: support hours, else service hours. */
export function businessCalendarOf(calendars: Calendars, target: Target | Credit): CalendarSource | undefined {
    const owner = ownerOf(target);
    return owner && (supportHoursOf(calendars, owner) ?? serviceHoursOf(calendars, owner));
}

/** A target's duration as a deadline rule, or why it cannot be one. */
export type TimedDurationOf =
    | { readonly duration: TimedDuration }
    | { readonly problem: 'no-calendar' }
    | { readonly problem: 'unstructured'; readonly source: CalendarSource };

/** The deadline rule of a duration target: clock time as it is, business time on its calendar. */
export function timedDurationOf(calendars: Calendars, target: Target | Credit, measure: Measure, strict: boolean): TimedDurationOf {
    if (!measure.business) {
        return { duration: { minutes: measure.magnitude / 60_000, strict } };
    }
    const source = businessCalendarOf(calendars, target);
    if (!source) {
        return { problem: 'no-calendar' };
    }
    if (!source.model.structured) {
        return { problem: 'unstructured', source };
    }
    return { duration: { business: measure.business, calendar: source.model as StructuredCalendar, strict } };
}

