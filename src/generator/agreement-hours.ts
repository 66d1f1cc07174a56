/**
 * The "Service hours" section of an agreement document, decided once for HTML and
 * Markdown: when availability is measured (service hours), when incidents are worked and
 * business durations count (support hours), the time zone, maintenance windows and
 * holidays in words, and a weekly table of the open hours.
 */
import type { AgreementEntry, CalendarEntry, HoursInfo, OneOffMaintenanceEntry, ValidityInfo, WeeklyMaintenanceEntry } from './catalog-model.js';
import { weekRows } from './calendar-entries.js';
import { displayName } from './display-text.js';

export interface HoursFact {
    readonly term: string;
    readonly value: string;
}

export interface WeekTable {
    readonly caption: string;
    /** `Day`, then one column per calendar. */
    readonly headers: readonly string[];
    /** Monday to Sunday: the day, then its hours in each calendar. */
    readonly rows: readonly (readonly string[])[];
}

export interface HoursSection {
    readonly facts: readonly HoursFact[];
    readonly week?: WeekTable;
}

const DAY_WORDS: Readonly<Record<string, string>> = {
    Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday'
};

/** One calendar the section talks about, with the role it plays in the agreement. */
interface Shown {
    readonly role: 'Service hours' | 'Support hours';
    readonly calendar: CalendarEntry;
}

export function hoursSection(agreement: AgreementEntry): HoursSection {
    const service = agreement.hours?.calendar;
    const support = agreement.supportHours?.calendar;
    const business = [...agreement.targets, ...agreement.serviceTargets.flatMap(scoped => scoped.targets)]
        .some(target => target.business !== undefined);
    const shown: Shown[] = [
        ...(service ? [{ role: 'Service hours' as const, calendar: service }] : []),
        ...(support && support !== service ? [{ role: 'Support hours' as const, calendar: support }] : [])
    ];
    const facts: HoursFact[] = [
        { term: 'Service hours', value: serviceHoursText(agreement.hours) },
        { term: 'Support hours', value: supportHoursText(agreement.supportHours, agreement.hours, business) }
    ];
    if (shown.length > 0) {
        facts.push({ term: 'Time zone', value: timeZoneText(shown) });
        const structured = shown.filter(entry => entry.calendar.structured);
        if (structured.length > 0) {
            facts.push({ term: 'Maintenance', value: perCalendar(structured, entry => maintenanceText(entry.calendar, agreement.validity)) });
            facts.push({ term: 'Holidays', value: perCalendar(structured, entry => holidaysText(entry.calendar, agreement.validity)) });
        }
    }
    return { facts, week: weekTable(shown) };
}

function calendarName(hours: HoursInfo): string {
    return hours.resolved ? displayName(hours) : `${hours.name} (not declared)`;
}

function serviceHoursText(hours: HoursInfo | undefined): string {
    if (!hours) {
        return 'Not stated: availability is measured round the clock, every day.';
    }
    return `${calendarName(hours)}${freeTextNote(hours)}. Availability is measured within these hours, less maintenance windows.`;
}

function supportHoursText(support: HoursInfo | undefined, service: HoursInfo | undefined, business: boolean): string {
    const counting = business ? ' Business hours and business days in the targets count only these hours.' : '';
    if (support) {
        return `${calendarName(support)}${freeTextNote(support)}. Incidents are worked within these hours.${counting}`;
    }
    if (service) {
        return `The service hours. Incidents are worked within them.${counting}`;
    }
    return business
        ? 'Not stated: the business hours and business days in the targets have no hours to count.'
        : 'Not stated.';
}

/** A one-line calendar's title is its hours: say that they are written as text, not computed. */
function freeTextNote(hours: HoursInfo): string {
    return hours.calendar && !hours.calendar.structured ? ' (hours as stated in words)' : '';
}

function timeZoneText(shown: readonly Shown[]): string {
    const zones = shown.map(entry => entry.calendar.timezone);
    if (zones.every(zone => zone === zones[0])) {
        return zones[0] ?? 'Not stated: the hours are local time.';
    }
    return shown.map(entry => `${entry.calendar.timezone ?? 'local time'} (${entry.role.toLowerCase()})`).join('; ');
}

/** One calendar's text as it is; two calendars' each after the hours they are. */
function perCalendar(shown: readonly Shown[], text: (entry: Shown) => string): string {
    if (shown.length === 1) {
        return text(shown[0]);
    }
    return shown.map(entry => `${entry.role}: ${text(entry)}`).join(' ');
}

/** Weekly windows, then those announced for dates within the agreement's validity. */
function maintenanceText(calendar: CalendarEntry, validity: ValidityInfo | undefined): string {
    const windows = [
        ...calendar.maintenance.map(weeklyWindowText),
        ...calendar.maintenanceOnce.filter(window => withinValidity(window.date, window.date, validity)).map(oneOffWindowText)
    ];
    return windows.length > 0 ? `${windows.join('; ')}.` : 'None announced.';
}

/** `Weekly patch window: every Sunday 02:00–05:00`, `every Saturday 23:00 to Sunday 01:00`. */
export function weeklyWindowText(window: WeeklyMaintenanceEntry): string {
    const [fromDay, fromTime] = window.from.split(' ');
    const [toDay, toTime] = window.to.split(' ');
    const nextDay = toDay === nextDayOf(fromDay);
    const when = toDay === fromDay
        ? `every ${DAY_WORDS[fromDay]} ${fromTime}–${toTime}`
        : nextDay && toTime === '00:00'
            ? `every ${DAY_WORDS[fromDay]} ${fromTime}–24:00`
            : `every ${DAY_WORDS[fromDay]} ${fromTime} to ${DAY_WORDS[toDay]} ${toTime}`;
    return window.title !== undefined ? `${window.title}: ${when}` : when;
}

function nextDayOf(day: string): string {
    const days = Object.keys(DAY_WORDS);
    return days[(days.indexOf(day) + 1) % days.length];
}

/** `Clock change: on 2027-03-28 01:00–04:00`; a window past midnight ends the next day. */
export function oneOffWindowText(window: OneOffMaintenanceEntry): string {
    const when = `on ${window.date} ${window.from}–${window.to}${window.to <= window.from ? ' the next day' : ''}`;
    return window.title !== undefined ? `${window.title}: ${when}` : when;
}

/** The holidays within the agreement's validity (all of them where it states none), in date order. */
function holidaysText(calendar: CalendarEntry, validity: ValidityInfo | undefined): string {
    const within = calendar.holidays.filter(holiday => withinValidity(holiday.from, holiday.to, validity));
    if (within.length === 0) {
        return calendar.holidays.length > 0 ? 'None within the validity period.' : 'None stated.';
    }
    const listed = within.map(holiday => {
        const days = holiday.to === holiday.from ? holiday.from : `${holiday.from} to ${holiday.to}`;
        return holiday.title !== undefined ? `${days} ${holiday.title}` : days;
    });
    return `Closed on ${listed.join('; ')}.`;
}

/** Whether days from `from` to `to` (ISO dates, both included) overlap the validity; every day does where it states none. */
function withinValidity(from: string, to: string, validity: ValidityInfo | undefined): boolean {
    return (validity?.from === undefined || to >= validity.from) && (validity?.to === undefined || from <= validity.to);
}

function weekTable(shown: readonly Shown[]): WeekTable | undefined {
    const structured = shown.filter(entry => entry.calendar.structured);
    if (structured.length === 0) {
        return undefined;
    }
    const weeks = structured.map(entry => weekRows(entry.calendar.week));
    const zones = [...new Set(structured.map(entry => entry.calendar.timezone))];
    const zone = zones.length === 1 ? (zones[0] !== undefined ? ` (${zones[0]})` : ' (local time)') : '';
    return {
        caption: `Weekly hours${zone}`,
        headers: ['Day', ...structured.map(entry => `${entry.role}: ${displayName(entry.calendar)}`)],
        rows: weeks[0].map((row, index) => [
            DAY_WORDS[row.day],
            ...weeks.map(week => dayText(week[index].ranges, week[(index + 1) % week.length].day))
        ])
    };
}

function dayText(ranges: ReturnType<typeof weekRows>[number]['ranges'], nextDay: string): string {
    if (ranges.length === 0) {
        return 'closed';
    }
    if (ranges.length === 1 && ranges[0].from === '00:00' && ranges[0].to === '24:00') {
        return 'all day';
    }
    return ranges.map(range => range.overnight ? `${range.from} to ${DAY_WORDS[nextDay]} ${range.to}` : `${range.from}–${range.to}`).join(', ');
}
