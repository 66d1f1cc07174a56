import { describe, expect, it } from 'vitest';
import type { StructuredCalendar } from './calendar-model.js';
import { errorBudgetOf, formatBudgetSeconds } from './error-budget.js';
import { daysOf, timeRangeOf, weekIntervalsOf } from './week-intervals.js';

const officeHours: StructuredCalendar = {
    structured: true, name: 'Business', node: undefined as never,
    open: weekIntervalsOf(daysOf('Mon-Fri')!, [timeRangeOf('08:00-18:00')!]),
    // Sunday's window lies outside the open hours and takes nothing; Wednesday's hour does.
    maintenance: [...weekIntervalsOf(daysOf('Wed')!, [timeRangeOf('17:00-18:00')!]), ...weekIntervalsOf(daysOf('Sun')!, [timeRangeOf('02:00-05:00')!])],
    maintenanceOnce: [], holidays: []
};

describe('error budgets', () => {
    it('allow 43 min 50 s a month for 99.9% round the clock (a month is a twelfth of 365.2425 days)', () => {
        const budget = errorBudgetOf(99.9, 'month');
        expect(budget.allowedSeconds).toBeCloseTo(2629.746, 3);
        expect(formatBudgetSeconds(budget.allowedSeconds)).toBe('43 min 50 s');
    });

    it('measure over service hours minus the maintenance that falls into them', () => {
        // 49 measured hours a week; a month has 30.436875 / 7 weeks.
        const budget = errorBudgetOf(99.5, 'month', officeHours);
        expect(budget.measuredSeconds).toBeCloseTo(49 * 3600 * 30.436875 / 7, 3);
        expect(formatBudgetSeconds(budget.allowedSeconds)).toBe('1 h 3 min 55 s');
        expect(budget.calendar).toBe('Business');
    });

    it('assume a month where the target states no window, and say so', () => {
        expect(errorBudgetOf(99, undefined)).toMatchObject({ window: 'month', assumedWindow: true });
        expect(formatBudgetSeconds(errorBudgetOf(99.99, 'year').allowedSeconds)).toBe('52 min 36 s');
        expect(formatBudgetSeconds(errorBudgetOf(95, 'quarter').allowedSeconds)).toBe('4 d 13 h 34 min');
        expect(formatBudgetSeconds(errorBudgetOf(100, 'week').allowedSeconds)).toBe('0 s');
    });
});
