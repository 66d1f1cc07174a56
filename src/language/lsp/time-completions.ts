import { AstUtils, GrammarAST, type AstNode } from 'langium';
import type { FuzzyMatcher, NextFeature } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import { isCredit, isTarget, type Credit, type Target } from '../generated/ast.js';
import type { CalendarModel } from '../time/calendar-model.js';
import { timeZoneNames } from '../time/time-zones.js';
import { DAY_NAMES } from '../time/week-intervals.js';
import { weekInWords } from './calendar-in-words.js';

/**
 * What completion offers where calendars and durations are written: IANA time zones in a
 * calendar's `timezone "…"`, days and day ranges after a calendar's `hours` and
 * `maintenance`, `business hours` / `business days` after the number of a duration target,
 * and a calendar's week beside its name wherever a calendar is referred to.
 */

/** The `timezone` string of a calendar, in the block or on the one-liner. */
export function isTimeZoneFeature(next: NextFeature): boolean {
    return next.property === 'timezone' && GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'STRING'
        && ruleOf(next.feature) === 'Calendar';
}

/**
 * A day spec of `hours` or `maintenance`. The spec is a day range or a single day (a
 * name); completion answers once, on the day-range alternative.
 */
export function isDaySpecFeature(next: NextFeature): boolean {
    return GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'DAY_RANGE' && ruleOf(next.feature) === 'DaySpec';
}

function ruleOf(feature: GrammarAST.AbstractElement): string | undefined {
    return AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name;
}

/** Zones whose name, or a part of it after a `/`, matches what is typed: `Be` finds `Europe/Berlin`. */
export function matchingTimeZones(typed: string, fuzzy: FuzzyMatcher): readonly string[] {
    if (typed.length === 0) {
        return timeZoneNames();
    }
    return timeZoneNames().filter(zone => fuzzy.match(typed, zone)
        || zone.split('/').some((_, index, parts) => index > 0 && fuzzy.match(typed, parts.slice(index).join('/'))));
}

export interface DayItem {
    readonly label: string;
    readonly detail: string;
    readonly sortText: string;
}

const DAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The seven days, then the ranges calendars are mostly written with. */
export const DAY_ITEMS: readonly DayItem[] = [
    ...DAY_NAMES.map((day, index) => ({ label: day, detail: DAY_WORDS[index], sortText: `0${index}` })),
    { label: 'Mon-Fri', detail: 'Monday to Friday', sortText: '10' },
    { label: 'Mon-Sat', detail: 'Monday to Saturday', sortText: '11' },
    { label: 'Mon-Sun', detail: 'every day', sortText: '12' },
    { label: 'Sat-Sun', detail: 'the weekend', sortText: '13' }
];

export const DAY_ITEM_KIND = CompletionItemKind.EnumMember;

/** A comparator and a number just before the token being completed: `<= 4 `. */
const NUMBER_AFTER_COMPARATOR = /(?:>=|<=|[<>=])\s*(\d+(?:\.\d+)?)\s+$/;

/**
 * `business hours` and `business days` (`business hour`, `business day` after a 1) where
 * they may follow: the text before the token is a target's (or credit condition's)
 * comparator and number, and the metric, where it is known, measures a duration. None
 * elsewhere. After a number alone the parser has taken the value to be a plain number,
 * so the grammar does not offer `business` there.
 */
export function businessUnitItems(textBefore: string, node: AstNode | undefined): ReadonlyArray<{ label: string; detail: string }> {
    const number = NUMBER_AFTER_COMPARATOR.exec(textBefore);
    const target = node && AstUtils.getContainerOfType(node, (candidate): candidate is Target | Credit => isTarget(candidate) || isCredit(candidate));
    const metric = target?.metric?.ref;
    if (!number || (metric !== undefined && metric.unit !== 'duration')) {
        return [];
    }
    const one = Number(number[1]) === 1;
    return [
        { label: one ? 'business hour' : 'business hours', detail: 'hours in which the agreement\u2019s support hours are open' },
        { label: one ? 'business day' : 'business days', detail: 'working days of the agreement\u2019s support hours' }
    ];
}

/** `calendar: Mon–Fri 08:00–18:00, Europe/Berlin`, shown beside a calendar's name. */
export function calendarDetail(model: CalendarModel): string {
    if (!model.structured) {
        return `calendar: ${model.text ? `"${model.text}" (free text)` : 'free-text hours'}`;
    }
    return `calendar: ${[weekInWords(model.open), model.timezone].filter(Boolean).join(', ')}`;
}
