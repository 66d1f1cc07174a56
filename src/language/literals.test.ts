import { describe, expect, it } from 'vitest';
import type { MeasureValue } from './generated/ast.js';
import { formatNumber, measureOf, parseDuration, type Measure } from './literals.js';

const percent = (value: number) => ({ $type: 'PercentValue', percent: value }) as unknown as MeasureValue;
const duration = (text: string) => ({ $type: 'DurationValue', duration: text }) as unknown as MeasureValue;
const number = (value: number) => ({ $type: 'NumberValue', number: value }) as unknown as MeasureValue;

/** What a measure says, as a plain object (its text is rendered when read). */
const read = (measure: Measure | undefined) => measure && { kind: measure.kind, magnitude: measure.magnitude, text: measure.text };

describe('measureOf', () => {
    it('reads percentages, durations and numbers as comparable magnitudes with their text', () => {
        expect(read(measureOf(percent(99.95)))).toEqual({ kind: 'percent', magnitude: 99.95, text: '99.95%' });
        expect(read(measureOf(percent(99.95000000000002)))).toEqual({ kind: 'percent', magnitude: 99.95000000000002, text: '99.95%' });
        expect(read(measureOf(duration('15min')))).toEqual({ kind: 'duration', magnitude: 900_000, text: '15min' });
        expect(read(measureOf(number(4.5)))).toEqual({ kind: 'number', magnitude: 4.5, text: '4.5' });
        expect(measureOf(undefined)).toBeUndefined();
        expect(measureOf(duration('15 parsecs'))).toBeUndefined();
    });
});

describe('parseDuration', () => {
    it('gives the same answer for a text read again, valid or not', () => {
        expect(parseDuration('1.5h')).toEqual({ amount: 1.5, unit: 'h', milliseconds: 5_400_000 });
        expect(parseDuration('1.5h')).toEqual({ amount: 1.5, unit: 'h', milliseconds: 5_400_000 });
        expect(parseDuration('2w')?.milliseconds).toBe(1_209_600_000);
        expect(parseDuration('2 weeks')).toBeUndefined();
        expect(parseDuration('2 weeks')).toBeUndefined();
    });

    it('keeps answering correctly past the number of texts it remembers', () => {
        for (let minutes = 1; minutes <= 5000; minutes++) {
            expect(parseDuration(`${minutes}min`)?.milliseconds).toBe(minutes * 60_000);
        }
        expect(parseDuration('1min')?.milliseconds).toBe(60_000);
    });
});

describe('formatNumber', () => {
    it('shows the shortest faithful decimal', () => {
        expect(formatNumber(99.95000000000002)).toBe('99.95');
        expect(formatNumber(3)).toBe('3');
    });
});
