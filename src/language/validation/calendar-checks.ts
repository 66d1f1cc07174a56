import type { ValidationAcceptor } from 'langium';
import type { Calendar, Holiday, Maintenance, WeeklyHours } from '../generated/ast.js';
import { didYouMean, editDistance, suggestNames } from '../did-you-mean.js';
import { parseIsoDate } from '../literals.js';
import { isTimeZone, timeZoneNames } from '../time/time-zones.js';
import { DAY_NAMES, daysOf, timeRangeOf } from '../time/week-intervals.js';
import { report } from './diagnostic-codes.js';

/**
 * A calendar must say something that can be computed with: each part the calendar model
 * cannot read is left out of it (see calendar-model.ts), so without these errors a typo in
 * a day or a time would silently shorten the hours every check and document relies on.
 * Each error marks the exact part; overlapping `hours` lines are fine (they add up).
 */
export class CalendarChecks {
    checkCalendar(calendar: Calendar, accept: ValidationAcceptor): void {
        calendar.timezone.forEach((zone, index) => {
            const problem = timeZoneProblem(zone);
            if (problem) {
                report(accept, 'invalid-calendar', `Calendar '${calendar.name}': ${problem.message}`,
                    { node: calendar, property: 'timezone', index, suggestions: problem.suggestions.map(name => JSON.stringify(name)) });
            }
        });
        const stated = [
            calendar.holidays.length > 0 || calendar.holidayFiles.length > 0 ? 'holidays' : undefined,
            calendar.maintenance.length > 0 ? 'maintenance' : undefined
        ].filter(part => part !== undefined);
        if (calendar.hours.length === 0 && stated.length > 0) {
            report(accept, 'invalid-calendar',
                `Calendar '${calendar.name}' states ${stated.join(' and ')} but no hours, so it is never open and nothing can be measured over it. `
                + 'Add its weekly hours, e.g. `hours Mon-Fri 08:00-18:00`.',
                { node: calendar, property: 'name' });
        }
    }

    checkWeeklyHours(hours: WeeklyHours, accept: ValidationAcceptor): void {
        this.checkDaysAndRanges(hours, `the hours of calendar '${hours.$container.name}'`, accept);
    }

    checkMaintenance(maintenance: Maintenance, accept: ValidationAcceptor): void {
        const where = `the maintenance of calendar '${maintenance.$container.name}'`;
        if (maintenance.date !== undefined && parseIsoDate(maintenance.date) === undefined) {
            report(accept, 'invalid-calendar', `In ${where}: '${maintenance.date}' is not a calendar date. Write a real date as YYYY-MM-DD.`,
                { node: maintenance, property: 'date' });
        }
        this.checkDaysAndRanges(maintenance, where, accept);
    }

    checkHoliday(holiday: Holiday, accept: ValidationAcceptor): void {
        const where = `In the holidays of calendar '${holiday.$container.name}'`;
        const from = parseIsoDate(holiday.date);
        const to = holiday.to !== undefined ? parseIsoDate(holiday.to) : undefined;
        for (const [property, text, day] of [['date', holiday.date, from], ['to', holiday.to, to]] as const) {
            if (text !== undefined && day === undefined) {
                report(accept, 'invalid-calendar', `${where}: '${text}' is not a calendar date. Write a real date as YYYY-MM-DD.`,
                    { node: holiday, property });
            }
        }
        if (from !== undefined && to !== undefined && to < from) {
            const named = holiday.title !== undefined ? ` '${holiday.title}'` : '';
            report(accept, 'invalid-calendar',
                `${where}: the holiday${named} runs from ${holiday.date} to ${holiday.to}, which ends before it starts. Swap or correct the dates.`,
                { node: holiday, property: 'to' });
        }
    }

    private checkDaysAndRanges(line: WeeklyHours | Maintenance, where: string, accept: ValidationAcceptor): void {
        line.days.forEach((spec, index) => {
            if (daysOf(spec) === undefined) {
                const suggestion = daySpecSuggestion(spec);
                report(accept, 'invalid-calendar',
                    `In ${where}: '${spec}' is not a day. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun, or a range such as Mon-Fri.`
                    + didYouMean(suggestion ? [suggestion] : []),
                    { node: line, property: 'days', index, suggestions: suggestion ? [suggestion] : [] });
            }
        });
        line.ranges.forEach((range, index) => {
            const problem = timeRangeProblem(range);
            if (problem) {
                report(accept, 'invalid-calendar', `In ${where}: ${problem}`, { node: line, property: 'ranges', index });
            }
        });
    }
}

/** Zone names by their case-folded spelling, to tell `europe/berlin` from an unknown name. */
let zonesByFoldedName: Map<string, string> | undefined;

function zoneNamed(folded: string): string | undefined {
    zonesByFoldedName ??= new Map(timeZoneNames().map(name => [name.toLowerCase(), name]));
    return zonesByFoldedName.get(folded);
}

/**
 * What is wrong with a written time zone, with the names it may have meant. The runtime
 * takes zone names in any case, but the IANA spelling is the one every other tool (and
 * the OpenSLO export) expects, so `europe/berlin` is corrected too. Links such as
 * `US/Eastern` are IANA names and stay valid.
 */
export function timeZoneProblem(zone: string): { message: string; suggestions: string[] } | undefined {
    const folded = zone.toLowerCase();
    const spelled = zoneNamed(folded);
    if (isTimeZone(zone) && (spelled === undefined || spelled === zone)) {
        return undefined;
    }
    if (spelled !== undefined) {
        return { message: `the time zone '${zone}' is written '${spelled}' in the IANA time zone database. Write it so.`, suggestions: [spelled] };
    }
    // A city alone (`Berlin`, `New York`) names the zone it is the last part of.
    const city = `/${folded.replace(/ /g, '_')}`;
    const byCity = timeZoneNames().filter(name => name.toLowerCase().endsWith(city));
    const suggestions = byCity.length > 0 ? byCity.slice(0, 3) : closestOnly(zone, suggestNames(zone, timeZoneNames()));
    return {
        message: `the time zone '${zone}' is not an IANA time zone name.${didYouMean(suggestions)} Write a name such as 'Europe/Berlin' or 'UTC' (completion lists them).`,
        suggestions
    };
}

/** The suggestions as close as the best: among 400 zone names, a near miss has neighbours (`Europe/Berln`, `Europe/Dublin`). */
function closestOnly(written: string, suggestions: readonly string[]): string[] {
    const distance = (name: string) => editDistance(written.toLowerCase(), name.toLowerCase());
    const best = suggestions.length > 0 ? distance(suggestions[0]) : 0;
    return suggestions.filter(name => distance(name) <= best);
}

/**
 * The day spec meant by one that names no day: `monday` → `Mon`, `Mon-Fry` → `Mon-Fri`
 * (each end by its first three letters, else the closest day name).
 */
export function daySpecSuggestion(spec: string): string | undefined {
    const ends = spec.split('-');
    if (ends.length > 2) {
        return undefined;
    }
    const days = ends.map(end => {
        const folded = end.toLowerCase();
        return DAY_NAMES.find(day => folded.startsWith(day.toLowerCase())) ?? suggestNames(end, DAY_NAMES, 1)[0];
    });
    return days.every(day => day !== undefined) ? days.join('-') : undefined;
}

/** Why a written time range such as `08:00-18:00` is no range of a day; undefined when it is one. */
export function timeRangeProblem(text: string): string | undefined {
    if (timeRangeOf(text) !== undefined) {
        return undefined;
    }
    const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(text);
    if (!match) {
        return `'${text}' is not a time range. Write it as HH:MM-HH:MM, e.g. 08:00-18:00.`;
    }
    const [startHour, startMinute, endHour, endMinute] = match.slice(1).map(Number);
    for (const [hour, minute] of [[startHour, startMinute], [endHour, endMinute]]) {
        if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) {
            return `'${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}' in '${text}' is not a time of day. Write times from 00:00 to 24:00.`;
        }
    }
    if (startHour === 24) {
        return `'${text}' starts at 24:00, the end of the day. Start it at 00:00 instead.`;
    }
    return `'${text}' is empty: it ends when it starts. Write the time it ends, or 00:00-24:00 for the whole day.`;
}
