import { AstUtils } from 'langium';
import { compositionFormula, formatPercent, worstOwnCompositions } from '../commitments/availability-composition.js';
import { qualifiersOf } from '../commitments/target-qualifiers.js';
import { isService, isSla, isTarget, type Agreement, type Credit, type Service, type Target } from '../generated/ast.js';
import { measureOf } from '../literals.js';
import { reliesOnByWalking } from '../service-dependencies.js';
import { clockRange } from '../time/business-time.js';
import type { Calendars } from '../time/calendar-model.js';
import { clockDurationInWords, durationInWords } from '../time/duration-words.js';
import { errorBudgetOf, formatBudgetSeconds } from '../time/error-budget.js';
import { ownerOf, supportHoursOf, timedDurationOf, type CalendarSource } from '../time/target-calendars.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { calendarInWords } from './calendar-in-words.js';
import { allowedDowntimeInWords, errorBudgetOfTarget, hoursMeasuredInWords } from './target-error-budget.js';

const MILLISECONDS_PER_MINUTE = 60_000;
/**
 * Business durations beyond this many hours or days are not turned into clock time: no
 * agreement means them, and counting working days that far runs past the precision of
 * floating-point numbers.
 */
const LARGEST_CONVERTED_AMOUNT = 1_000_000;

/**
 * What the hover of a target (or a credit's condition) says about time: a business
 * duration's range in clock time on its calendar; an availability target's error budget
 * and, for an SLA, how much of it the supporting OLAs and UCs leave. Empty for targets
 * where time has nothing to add.
 */
export function targetTimeSections(calendars: Calendars, index: SvcdefWorkspaceIndex, target: Target | Credit): string[] {
    const sections: string[] = [];
    const business = businessDurationSection(calendars, target);
    if (business) {
        sections.push(business);
    }
    if (isTarget(target)) {
        sections.push(...errorBudgetSections(calendars, index, target));
    }
    return sections;
}

function businessDurationSection(calendars: Calendars, target: Target | Credit): string | undefined {
    const measure = measureOf(target.value);
    if (!measure?.business) {
        return undefined;
    }
    const words = durationInWords(measure);
    const timed = timedDurationOf(calendars, target, measure, false);
    if ('problem' in timed) {
        if (timed.problem === 'unstructured') {
            return `${words} cannot be turned into clock time: ${sourceInWords(timed.source)} \`${timed.source.model.name}\` states its hours as free text. `
                + 'Write them as a block (`hours Mon-Fri 08:00-18:00`).';
        }
        return `Business time needs a calendar, and none is stated: give the ${ownerInWords(ownerOf(target))} \`support hours\` (or \`hours\`) `
            + `to see ${words} in clock time.`;
    }
    if (!('calendar' in timed.duration)) {
        return undefined;
    }
    const calendar = timed.duration.calendar;
    if (measure.business.amount > LARGEST_CONVERTED_AMOUNT) {
        return `**${words}** on ${calendarInWords(calendar)}: too long to be shown in clock time.`;
    }
    const range = clockRange(timed.duration);
    if (!range) {
        return `${words} never ends: calendar \`${calendar.name}\` never opens.`;
    }
    const clock = (minutes: number) => clockDurationInWords(minutes * MILLISECONDS_PER_MINUTE);
    const span = range.shortest === range.longest ? `always ${clock(range.shortest)}` : `${clock(range.shortest)} to ${clock(range.longest)}`;
    const origin = businessCalendarOrigin(calendars, target);
    return `**${words}** on ${calendarInWords(calendar)}: ${span} in clock time, holidays aside.${origin ? ` ${origin}` : ''}`;
}

/** `Business time runs on the SLA `X`'s support hours.` */
function businessCalendarOrigin(calendars: Calendars, target: Target | Credit): string | undefined {
    const owner = ownerOf(target);
    if (!owner) {
        return undefined;
    }
    return `Business time runs on the ${ownerInWords(owner)}'s ${supportHoursOf(calendars, owner) ? 'support hours' : 'service hours'}.`;
}

function ownerInWords(owner: Agreement | Service | undefined): string {
    if (!owner) {
        return 'agreement';
    }
    return `${isService(owner) ? 'service' : owner.$type.toUpperCase()} \`${owner.name}\``;
}

function sourceInWords(source: CalendarSource): string {
    return source.property === 'during' ? 'its `during` calendar' : source.property === 'hours' ? 'the service hours calendar' : 'the support hours calendar';
}

function errorBudgetSections(calendars: Calendars, index: SvcdefWorkspaceIndex, target: Target): string[] {
    const found = errorBudgetOfTarget(calendars, target);
    if (!found) {
        return [];
    }
    if ('problem' in found) {
        return [`**Error budget:** unknown: ${sourceInWords(found.source)} \`${found.source.model.name}\` states its hours as free text. `
            + 'Write them as a block (`hours Mon-Fri 08:00-18:00`) to see the downtime this target allows.'];
    }
    const sections = [`**Error budget:** allows ${allowedDowntimeInWords(found.budget)} ${hoursMeasuredInWords(found.calendar)}.`];
    // A target of a `for service` block is the SLA's own as well.
    const sla = AstUtils.getContainerOfType(target, isSla);
    if (sla) {
        const composition = worstOwnCompositions(sla, index, reliesOnByWalking).find(candidate => candidate.promised.target === target);
        if (composition) {
            const chain = errorBudgetOf(composition.compositePercent, qualifiersOf(target).window, found.calendar).allowedSeconds;
            const left = Math.round(found.budget.allowedSeconds - chain);
            const forService = composition.service && sla.services.length > 1 ? ` for service \`${composition.service.name}\`` : '';
            const verdict = left > 0 ? `which leaves ${formatBudgetSeconds(left)} of the budget`
                : left === 0 ? 'which uses the whole budget'
                    : `${formatBudgetSeconds(-left)} more than the whole budget`;
            const formula = compositionFormula(composition, agreement => `${agreement.$type.toUpperCase()} \`${agreement.name}\``);
            // A single supporting agreement is its own total.
            const total = composition.supporting.length > 1 ? ` = ${formatPercent(composition.compositePercent)}` : '';
            sections.push(`**Supporting chain**${forService}: ${formula}${total}; it may be down ${formatBudgetSeconds(chain)} `
                + `per ${found.budget.window} over the same hours, ${verdict}.`);
        }
    }
    return sections;
}
