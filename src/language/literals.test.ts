import { describe, expect, it } from 'vitest';
import type { MeasureValue } from './generated/ast.js';
import { formatNumber, measureOf } from './literals.js';

const percent = (value: number) => ({ $type: 'PercentValue', percent: value }) as unknown as MeasureValue;
const duration = (text: string) => ({ $type: 'DurationValue', duration: text }) as unknown as MeasureValue;
const number = (value: number) => ({ $type: 'NumberValue', number: value }) as unknown as MeasureValue;

describe('measureOf', () => {
    it('reads percentages, durations and numbers as comparable magnitudes with their text', () => {
        expect(measureOf(percent(99.95))).toEqual({ kind: 'percent', magnitude: 99.95, text: '99.95%' });
        expect(measureOf(duration('15min'))).toEqual({ kind: 'duration', magnitude: 900_000, text: '15min' });
        expect(measureOf(number(4.5))).toEqual({ kind: 'number', magnitude: 4.5, text: '4.5' });
        expect(measureOf(undefined)).toBeUndefined();
        expect(measureOf(duration('15 parsecs'))).toBeUndefined();
    });
});

describe('formatNumber', () => {
    it('shows the shortest faithful decimal', () => {
        expect(formatNumber(99.95000000000002)).toBe('99.95');
        expect(formatNumber(3)).toBe('3');
    });
});
