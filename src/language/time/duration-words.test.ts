import { describe, expect, it } from 'vitest';
import { measureOf } from '../literals.js';
import type { MeasureValue } from '../generated/ast.js';
import { durationInWords } from './duration-words.js';

const clock = (duration: string) => durationInWords(measureOf({ $type: 'DurationValue', duration } as MeasureValue)!);
const business = (amount: number, unit: string) => durationInWords(measureOf({ $type: 'BusinessDurationValue', amount, unit } as MeasureValue)!);

describe('durations in words', () => {
    it('say clock time as people write it', () => {
        expect(clock('15min')).toBe('15 minutes');
        expect(clock('1h')).toBe('1 hour');
        expect(clock('4h')).toBe('4 hours');
        expect(clock('90min')).toBe('1 hour 30 minutes');
        expect(clock('1.5h')).toBe('1 hour 30 minutes');
        expect(clock('36h')).toBe('1 day 12 hours');
        expect(clock('3d')).toBe('3 days');
        expect(clock('2w')).toBe('2 weeks');
        expect(clock('30s')).toBe('30 seconds');
        expect(clock('250ms')).toBe('250 milliseconds');
        expect(clock('0min')).toBe('0 minutes');
    });

    it('say business time with its unit', () => {
        expect(business(2, 'days')).toBe('2 business days');
        expect(business(1, 'days')).toBe('1 business day');
        expect(business(16, 'hours')).toBe('16 business hours');
    });
});
