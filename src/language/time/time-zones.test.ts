import { describe, expect, it } from 'vitest';
import { isTimeZone, offsetDifferences, timeZoneNames } from './time-zones.js';

describe('time zones', () => {
    it('accept IANA names and refuse others', () => {
        expect(isTimeZone('Europe/Berlin')).toBe(true);
        expect(isTimeZone('America/New_York')).toBe(true);
        expect(isTimeZone('UTC')).toBe(true);
        expect(isTimeZone('Europe/Berlinn')).toBe(false);
        expect(isTimeZone('CET+1')).toBe(false);
        expect(isTimeZone('+01:00')).toBe(false);
        expect(timeZoneNames()[0]).toBe('UTC');
        expect(timeZoneNames()).toContain('Europe/Berlin');
    });

    it('find every offset between two zones over a year, the weeks their daylight-saving dates differ included', () => {
        expect(offsetDifferences('Europe/Berlin', 'Europe/Paris')).toEqual([0]);
        expect(offsetDifferences('Europe/Berlin', 'America/New_York')).toEqual([-360, -300]);
        expect(offsetDifferences('UTC', 'Europe/Berlin')).toEqual([60, 120]);
        expect(offsetDifferences(undefined, 'Europe/Berlin')).toEqual([0]);
    });
});
