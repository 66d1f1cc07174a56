import { describe, expect, it } from 'vitest';
import { SvcdefSettings } from './svcdef-settings.js';

describe('SvcdefSettings.today', () => {
    it('uses a fixed date once set, and the real date again when cleared', () => {
        const settings = new SvcdefSettings();
        settings.setToday('2026-06-01');
        expect(settings.today).toBe('2026-06-01');
        settings.setToday(undefined);
        expect(settings.today).toBe(new Date().toISOString().slice(0, 10));
    });

    it.each(['2026-02-30', '2026-6-1', 'tomorrow'])('refuses %s', value => {
        expect(() => new SvcdefSettings().setToday(value)).toThrow(/not a calendar date/);
    });
});
