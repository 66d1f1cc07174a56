import type { Maintenance } from '../generated/ast.js';
import { formatNumber } from '../literals.js';
import { single } from '../single-valued-properties.js';
import type { CalendarModel, StructuredCalendar } from '../time/calendar-model.js';
import { upcomingHolidays } from '../time/calendar-occurrences.js';
import type { HolidayPeriod } from '../time/holiday-period.js';
import { isWholeWeek, totalMinutes } from '../time/week-intervals.js';
import { weekTable } from './calendar-in-words.js';

/** Holidays and one-off maintenance windows listed in a hover; the rest are counted. */
const LISTED_DATES = 5;

/**
 * What a calendar's hover says below its heading: time zone, the week as a table,
 * maintenance windows (weekly ones and the one-off ones still to come) and the next
 * holidays from `today`. A one-line calendar's hours are free text: the hover says so and
 * how to write them as a block.
 */
export function calendarSections(model: CalendarModel, today: string): string[] {
    const zone = timeZoneInWords(model);
    if (!model.structured) {
        return [
            `- **Time zone:** ${zone}`,
            `Its hours are free text${model.text ? ` ("${model.text}")` : ''}: the checks, error budgets and business durations cannot compute with them. `
            + `Write them as a block, such as \`calendar ${model.name} { hours Mon-Fri 08:00-18:00 }\`.`
        ];
    }
    const weekly = totalMinutes(model.open) / 60;
    const roundTheClock = isWholeWeek(model.open);
    // Round the clock, the time zone makes no difference unless one is stated.
    const facts = [roundTheClock && !single(model.node.timezone) ? undefined : `- **Time zone:** ${zone}`, `- **Open:** ${formatNumber(weekly, 2)} hours a week`];
    const sections = [
        facts.filter(Boolean).join('\n'),
        roundTheClock ? 'Open round the clock, every day.' : weekTable(model.open),
        maintenanceSection(model, today),
        holidaySection(model, today)
    ];
    return sections.filter((section): section is string => section !== undefined);
}

function timeZoneInWords(model: CalendarModel): string {
    const written = single(model.node.timezone);
    if (model.timezone) {
        return model.timezone;
    }
    return written !== undefined
        ? `"${written}" is not a time zone the runtime knows`
        : 'not stated: the hours are read in the time zone of whatever they are compared with';
}

function maintenanceSection(model: StructuredCalendar, today: string): string | undefined {
    const weekly = model.node.maintenance.filter(window => window.date === undefined)
        .map(window => `- every ${window.days.map(days => days.replace('-', '–')).join(', ')} ${timesOf(window)}${titleOf(window.title)}`);
    const upcoming = model.node.maintenance.filter(window => window.date !== undefined && window.date >= today)
        .sort((a, b) => a.date!.localeCompare(b.date!));
    const once = upcoming.slice(0, LISTED_DATES).map(window => `- ${window.date} ${timesOf(window)}${titleOf(window.title)}`);
    if (upcoming.length > LISTED_DATES) {
        once.push(`- and ${upcoming.length - LISTED_DATES} more one-off windows`);
    }
    const lines = [...weekly, ...once];
    return lines.length > 0 ? `**Maintenance:**\n${lines.join('\n')}` : undefined;
}

function holidaySection(model: StructuredCalendar, today: string): string | undefined {
    if (model.holidays.length === 0) {
        return undefined;
    }
    const remaining = upcomingHolidays(model, today, model.holidays.length);
    if (remaining.length === 0) {
        return `**Holidays:** none on or after ${today}.`;
    }
    const lines = remaining.slice(0, LISTED_DATES).map(holiday => `- ${datesOf(holiday)}${titleOf(holiday.title)}`);
    if (remaining.length > LISTED_DATES) {
        lines.push(`- and ${remaining.length - LISTED_DATES} more`);
    }
    return `**Next holidays** (from ${today}):\n${lines.join('\n')}`;
}

/** `01:00–04:00, 22:00–23:00` as written, with the dash of a range. */
function timesOf(window: Maintenance): string {
    return window.ranges.map(range => range.replace('-', '–')).join(', ');
}

function datesOf(holiday: HolidayPeriod): string {
    return holiday.to === holiday.from ? holiday.from : `${holiday.from} to ${holiday.to}`;
}

function titleOf(title: string | undefined): string {
    return title ? ` — ${title}` : '';
}
