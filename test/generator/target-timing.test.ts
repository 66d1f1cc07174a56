import { describe, expect, it } from 'vitest';
import { clockRangeText, clockTimeInWords } from '../../src/generator/target-timing.js';

describe('clock time of a business duration reads', () => {
    it('in hours up to two days, then in days and hours', () => {
        expect(clockTimeInWords(24 * 60)).toBe('24 hours');
        expect(clockTimeInWords(32 * 60 + 30)).toBe('32 hours 30 minutes');
        expect(clockTimeInWords(48 * 60)).toBe('2 days');
        expect(clockTimeInWords(86 * 60)).toBe('3 days 14 hours');
        // Never in weeks, so that both ends of a range use the same units.
        expect(clockTimeInWords(230 * 60)).toBe('9 days 14 hours');
        expect(clockTimeInWords(45)).toBe('45 minutes');
        expect(clockTimeInWords(60)).toBe('1 hour');
    });

    it('as a range, or one figure where every start takes as long', () => {
        expect(clockRangeText(24 * 60, 86 * 60)).toBe('24 hours to 3 days 14 hours');
        expect(clockRangeText(16 * 60, 16 * 60)).toBe('16 hours');
    });
});
