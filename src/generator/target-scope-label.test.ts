import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from './catalog-model.js';
import { scopeLabel } from './display-text.js';

describe('what a target applies to, as readers say it', () => {
    it('calls the priorities of incident metrics incidents, and those of request metrics requests', () => {
        expect(scopeLabel({ metric: 'incidentResponse', priority: 'P1' })).toBe('P1 incidents');
        expect(scopeLabel({ metric: 'requestFulfilment', priority: 'P4' })).toBe('P4 requests');
        expect(scopeLabel({ metric: 'acme.ServiceRequestTime', priority: 'P3' })).toBe('P3 requests');
    });

    it("names the calendar of `during` by its title, not by the name in the sources", () => {
        const calendar = { name: 'acme.ThreeShift', title: 'Three shifts' } as CalendarEntry;
        expect(scopeLabel({ metric: 'availability', during: 'acme.ThreeShift', measuredOn: { via: 'during', calendar } })).toBe('during Three shifts');
        // Without a resolved calendar there is only the name to show.
        expect(scopeLabel({ metric: 'availability', during: 'acme.ThreeShift' })).toBe('during ThreeShift');
    });

    it('joins several qualifiers, and says All when there are none', () => {
        expect(scopeLabel({ metric: 'incidentResolution', priority: 'P1', percentile: 'p95' })).toBe('P1 incidents, 95th percentile');
        expect(scopeLabel({ metric: 'availability' })).toBe('All');
    });
});
