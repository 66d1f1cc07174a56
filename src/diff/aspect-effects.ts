/**
 * Whether a changed fact promises someone less (weaker), more (stronger), or neither
 * (neutral). Each rule of a fact knows its direction; where the two sides cannot be set
 * side by side (other units, other time zones, free-text hours) the change is neutral
 * rather than guessed.
 */
import { compareCommitments } from '../language/commitments/metric-semantics.js';
import { isLongerWindow } from '../language/commitments/target-qualifiers.js';
import { firstUncovered } from '../language/time/week-intervals.js';
import type { ChangeEffect } from './commitment-change.js';
import type { AspectFact, AspectRule } from './commitment-snapshot.js';

/** The effect of a fact going from `before` (base) to `after` (head), both present. */
export function effectOfChange(before: AspectFact, after: AspectFact): ChangeEffect {
    return effectBetween(before.rule, after.rule);
}

function effectBetween(before: AspectRule, after: AspectRule): ChangeEffect {
    switch (after.rule) {
        case 'neutral':
            return 'neutral';
        case 'target':
            return before.rule === 'target' ? targetEffect(before, after) : 'neutral';
        case 'more-is-stronger':
            return before.rule === after.rule && before.unit === after.unit ? ordered(after.magnitude - before.magnitude) : 'neutral';
        case 'less-is-stronger':
            return before.rule === after.rule && before.unit === after.unit ? ordered(before.magnitude - after.magnitude) : 'neutral';
        case 'rank':
            return before.rule === 'rank' ? ordered(after.rank - before.rank) : 'neutral';
        case 'validity':
            return before.rule === 'validity' ? validityEffect(before, after) : 'neutral';
        case 'hours':
            return before.rule === 'hours' ? hoursEffect(before, after) : 'neutral';
    }
}

function ordered(difference: number): ChangeEffect {
    return difference > 0 ? 'stronger' : difference < 0 ? 'weaker' : 'neutral';
}

/** Combines two partial verdicts: one way and neither is that way; both ways is weaker, for a reviewer must see a loss. */
function combined(a: ChangeEffect, b: ChangeEffect): ChangeEffect {
    if (a === 'weaker' || b === 'weaker') return 'weaker';
    if (a === 'stronger' || b === 'stronger') return 'stronger';
    return 'neutral';
}

type TargetRule = Extract<AspectRule, { rule: 'target' }>;

/**
 * A target through the same strength logic the checks hold an OLA against its SLA with:
 * business durations compare on their calendars. A value the calendars cannot decide is
 * neutral; the window counts on its own (`per year` promises less than `per month`).
 */
function targetEffect(before: TargetRule, after: TargetRule): ChangeEffect {
    let value: ChangeEffect = 'neutral';
    if (before.commitment && after.commitment && before.commitment.metric.name === after.commitment.metric.name) {
        const loosened = compareCommitments(after.commitment, before.commitment, after.calendars).verdict === 'weaker';
        const tightened = compareCommitments(before.commitment, after.commitment, before.calendars).verdict === 'weaker';
        value = loosened && !tightened ? 'weaker' : tightened && !loosened ? 'stronger' : 'neutral';
    }
    const window: ChangeEffect = isLongerWindow(after.window, before.window) ? 'weaker' : isLongerWindow(before.window, after.window) ? 'stronger' : 'neutral';
    if (value !== 'neutral' && window !== 'neutral' && value !== window) {
        return 'weaker';
    }
    return combined(value, window);
}

type ValidityRule = Extract<AspectRule, { rule: 'validity' }>;

/** Validity shortened at either end is weaker, lengthened stronger; shortened at one end and lengthened at the other is weaker. */
function validityEffect(before: ValidityRule, after: ValidityRule): ChangeEffect {
    const start = ordered((before.from ?? -Infinity) - (after.from ?? -Infinity));
    const end = ordered((after.to ?? Infinity) - (before.to ?? Infinity));
    return combined(start, end);
}

type HoursRule = Extract<AspectRule, { rule: 'hours' }>;

/** Hours narrowed (some time of the week no longer covered) are weaker, widened stronger; in different zones they cannot be set side by side. */
function hoursEffect(before: HoursRule, after: HoursRule): ChangeEffect {
    if (!before.open || !after.open || (before.zone !== undefined && after.zone !== undefined && before.zone !== after.zone)) {
        return 'neutral';
    }
    const narrowed = firstUncovered(after.open, before.open) !== undefined;
    const widened = firstUncovered(before.open, after.open) !== undefined;
    return narrowed ? 'weaker' : widened ? 'stronger' : 'neutral';
}
