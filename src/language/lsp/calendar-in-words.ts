import type { StructuredCalendar } from '../time/calendar-model.js';
import { dailyRanges, formatClock, isWholeWeek, type DayRange, type WeekIntervals } from '../time/week-intervals.js';

/** `08:00–12:00, 13:00–18:00`, or `closed` for a day without open hours. */
export function rangesInWords(ranges: readonly DayRange[]): string {
    return ranges.length === 0 ? 'closed' : ranges.map(range => `${formatClock(range.start)}–${formatClock(range.end)}`).join(', ');
}

/**
 * A week of open hours as people write it on a door: consecutive days with the same hours
 * together, `Mon–Fri 08:00–18:00; Sat 09:00–13:00`; closed days left out. A range past
 * midnight shows on both days it touches (`Fri 22:00–24:00; Sat 00:00–06:00`), as in the
 * weekly table.
 */
export function weekInWords(open: WeekIntervals): string {
    if (isWholeWeek(open)) {
        return 'round the clock';
    }
    const days = dailyRanges(open).map(({ day, ranges }) => ({ day, hours: rangesInWords(ranges) }));
    const groups: { first: string; last: string; hours: string }[] = [];
    for (const { day, hours } of days) {
        const previous = groups.at(-1);
        if (previous && previous.hours === hours) {
            previous.last = day;
        } else {
            groups.push({ first: day, last: day, hours });
        }
    }
    const openGroups = groups.filter(group => group.hours !== 'closed');
    if (openGroups.length === 0) {
        return 'never open';
    }
    return openGroups.map(group => `${group.first === group.last ? group.first : `${group.first}–${group.last}`} ${group.hours}`).join('; ');
}

/** `Business (Mon–Fri 08:00–18:00, Europe/Berlin)`: a calendar's name with its week and zone, for one line of a hover. */
export function calendarInWords(calendar: StructuredCalendar): string {
    const facts = [weekInWords(calendar.open), calendar.timezone].filter(Boolean).join(', ');
    return `\`${calendar.name}\` (${facts})`;
}

/** The week as a Markdown table, a row per day from Monday: what a calendar's hover shows. */
export function weekTable(open: WeekIntervals): string {
    const rows = dailyRanges(open).map(({ day, ranges }) => `| ${day} | ${rangesInWords(ranges)} |`);
    return ['| Day | Open |', '|---|---|', ...rows].join('\n');
}
