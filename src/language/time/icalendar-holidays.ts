import ICAL from 'ical.js';
import type { HolidayPeriod } from './holiday-period.js';

/** Holidays read from an iCalendar file, or one sentence saying why they could not be. */
export type HolidayFileResult = { readonly holidays: readonly HolidayPeriod[] } | { readonly error: string };

/**
 * A file read once, told about under each name calendars give it (`berlin.ics`,
 * `../calendars/berlin.ics`): the error is a sentence about the file as written.
 */
export type HolidayReading = { readonly holidays: readonly HolidayPeriod[] } | { readonly error: (writtenAs: string) => string };

/** The reading told about the file as written on a `holidays` line. */
export function resultOf(reading: HolidayReading, writtenAs: string): HolidayFileResult {
    return 'error' in reading ? { error: reading.error(writtenAs) } : reading;
}

/**
 * Repeating events (RRULE, RDATE) are expanded over these years. Holiday calendars repeat
 * Christmas forever; an agreement is negotiated for a few years, so a century around today
 * holds every date a check or a document can ask about while keeping a file's expansion
 * bounded (about a hundred periods per yearly holiday).
 */
export const FIRST_EXPANDED_YEAR = 2000;
export const LAST_EXPANDED_YEAR = 2100;

/**
 * At most this many occurrences are expanded per event (ical.js takes some 30 µs for each):
 * a weekly holiday over the whole century stays below it; a rule repeating daily or more
 * often without end (no holiday does) is reported instead of freezing the editor.
 */
export const MAX_OCCURRENCES = 10_000;

/**
 * Reads the holidays of an iCalendar text. Every VEVENT is a holiday of whole days:
 * - an all-day event covers its dates up to the day before DTEND (exclusive in iCalendar),
 *   one day when DTEND is missing;
 * - a timed event covers every date it touches, as written in the file (its own time zone,
 *   no conversion); ending exactly at midnight does not touch the next day;
 * - a repeating event gives one holiday per occurrence from FIRST_EXPANDED_YEAR to
 *   LAST_EXPANDED_YEAR, with EXDATE and changed occurrences (RECURRENCE-ID) applied;
 * - a cancelled event (STATUS:CANCELLED) is no holiday.
 * SUMMARY is the title. The result is sorted by date and free of duplicates, so the same
 * file always reads the same. `writtenAs` names the file in messages as the user wrote it.
 */
export function holidaysOfICalendar(text: string, writtenAs: string): HolidayFileResult {
    return resultOf(readICalendar(text), writtenAs);
}

/** As holidaysOfICalendar, the file's name left to the caller. */
export function readICalendar(text: string): HolidayReading {
    let calendars: ICAL.Component[];
    try {
        calendars = calendarsOf(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        return { error: written => `${fileNamed(written)} is not an iCalendar file${reasonOf(error)}; export the holidays as iCalendar (.ics), which begins with BEGIN:VCALENDAR.` };
    }
    if (calendars.length === 0 || calendars.some(calendar => calendar.name !== 'vcalendar')) {
        return { error: written => `${fileNamed(written)} is not an iCalendar file; export the holidays as iCalendar (.ics), which begins with BEGIN:VCALENDAR.` };
    }
    const components = calendars.flatMap(calendar => calendar.getAllSubcomponents('vevent'));
    for (const [index, component] of components.entries()) {
        const problem = startProblemOf(component);
        if (problem) {
            return { error: written => `${fileNamed(written)} has an event ${nameOf(component, index)} ${problem}` };
        }
    }
    const events = relatedEvents(components);
    const periods: HolidayPeriod[] = [];
    for (const { event, index } of events) {
        try {
            if (!event.isRecurring()) {
                if (!isCancelled(event.component)) {
                    periods.push(periodOf(event.startDate, event.endDate, event.summary));
                }
                continue;
            }
            const iterator = event.iterator();
            let expanded = 0;
            for (let start = iterator.next(); start; start = iterator.next()) {
                if (start.year > LAST_EXPANDED_YEAR) {
                    break;
                }
                if (++expanded > MAX_OCCURRENCES) {
                    return { error: written => `${fileNamed(written)} repeats the event ${nameOf(event.component, index)} more than ${MAX_OCCURRENCES} times up to ${LAST_EXPANDED_YEAR}; a holiday repeats yearly at most, so bound the rule with COUNT or UNTIL or repeat it less often.` };
                }
                const occurrence = event.getOccurrenceDetails(start);
                if (occurrence.endDate.year < FIRST_EXPANDED_YEAR || isCancelled(occurrence.item.component)) {
                    continue;
                }
                periods.push(periodOf(occurrence.startDate, occurrence.endDate, occurrence.item.summary));
            }
        } catch (error) {
            return { error: written => `${fileNamed(written)} has an event ${nameOf(event.component, index)} that cannot be read${reasonOf(error)}; correct it, or export the file again.` };
        }
    }
    return { holidays: sortedDistinct(periods) };
}

function fileNamed(written: string): string {
    return `The holidays file '${written}'`;
}

/** The calendars of the text; several when files were joined one after another. */
function calendarsOf(text: string): ICAL.Component[] {
    const parsed: unknown = ICAL.parse(text);
    if (!Array.isArray(parsed) || parsed.length === 0) {
        return [];
    }
    // One component comes as its jCal array (`['vcalendar', …]`), several as an array of those.
    const list = typeof parsed[0] === 'string' ? [parsed] : parsed;
    return list.map(jcal => new ICAL.Component(jcal as unknown[]));
}

/** Why the event's start cannot be used, as the end of a sentence; undefined when it can. */
function startProblemOf(component: ICAL.Component): string | undefined {
    const start = component.getFirstProperty('dtstart');
    if (!start) {
        return 'without a start date (DTSTART); give every event one, or delete the event.';
    }
    // ical.js reads `2026-13-45` or `garbage` into a jCal value of the wrong shape (or a wrong date) instead of failing,
    // and its Time would quietly roll that over into another date: the jCal text is what the file said.
    const written = String(start.toJSON()[3]);
    const date = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}:\d{2}Z?)?$/.exec(written);
    if (!date || !isRealDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
        return 'whose start date (DTSTART) is not a date; write it as YYYYMMDD or YYYYMMDDTHHMMSS.';
    }
    return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

interface NumberedEvent {
    readonly event: ICAL.Event;
    /** Position in the file, for messages about an event without a title. */
    readonly index: number;
}

/**
 * The events of the file, changed occurrences (RECURRENCE-ID) attached to the repeating
 * event they change; one whose repeating event is not in the file stands on its own.
 */
function relatedEvents(components: readonly ICAL.Component[]): NumberedEvent[] {
    const numbered = components.map((component, index) => ({ event: new ICAL.Event(component), index }));
    const repeating = new Map<string, ICAL.Event>();
    for (const { event } of numbered) {
        if (!event.isRecurrenceException() && event.isRecurring() && event.uid) {
            repeating.set(event.uid, event);
        }
    }
    return numbered.filter(({ event }) => {
        const master = event.isRecurrenceException() ? repeating.get(event.uid) : undefined;
        if (master) {
            master.relateException(event);
            return false;
        }
        return true;
    });
}

function isCancelled(component: ICAL.Component): boolean {
    return String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

/** The whole days an event covers, its dates read as written. */
function periodOf(start: ICAL.Time, end: ICAL.Time | null | undefined, summary: string | null | undefined): HolidayPeriod {
    const from = isoDateOf(start);
    let to = from;
    if (end && end.compare(start) > 0) {
        const endDate = isoDateOf(end);
        // DTEND of an all-day event is the first day after it; a timed event ending at midnight does not touch that day.
        const endsAtDayStart = end.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0);
        to = endsAtDayStart ? dayBefore(endDate) : endDate;
        if (to < from) {
            to = from;
        }
    }
    const title = summary?.trim();
    return title ? { from, to, title } : { from, to };
}

function isoDateOf(time: ICAL.Time): string {
    return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

function dayBefore(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

function sortedDistinct(periods: readonly HolidayPeriod[]): HolidayPeriod[] {
    const key = (period: HolidayPeriod) => `${period.from} ${period.to} ${period.title ?? ''}`;
    const byKey = new Map(periods.map(period => [key(period), period]));
    return [...byKey.keys()].sort().map(each => byKey.get(each)!);
}

/** An event named by its title, or by its place in the file when it has none. */
function nameOf(component: ICAL.Component, index: number): string {
    const summary = component.getFirstPropertyValue('summary');
    const title = typeof summary === 'string' ? summary.trim() : '';
    return title ? `'${title}'` : `(the ${ordinal(index + 1)} in the file)`;
}

function ordinal(n: number): string {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    return `${n}${suffix}`;
}

/**
 * ical.js's own message where it explains the input (`invalid line …`); a JavaScript
 * failure inside the library explains nothing to the user and is left out.
 */
function reasonOf(error: unknown): string {
    if (error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError) && error.message) {
        return ` (${error.message.replace(/\s+/g, ' ').trim()})`;
    }
    return '';
}
