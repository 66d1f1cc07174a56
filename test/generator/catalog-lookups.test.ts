import { describe, expect, it } from 'vitest';
import { catalogLookups } from '../../src/generator/catalog-lookups.js';
import type { AgreementEntry, Catalog, EntityRef, ForecastEntry, PatternEntry } from '../../src/generator/catalog-model.js';

const ref = (name: string): EntityRef => ({ name, resolved: true });

function agreement(kind: AgreementEntry['kind'], name: string, id = name): AgreementEntry {
    return {
        id, kind, name, customers: [], services: [], offerings: [], targets: [], serviceTargets: [], credits: [], creditCaps: [],
        creditRuleStated: false, escalation: [], reporting: [], exclusions: [], approvals: [], responsibilities: [], supports: [], supportedBy: []
    };
}

function pattern(name: string, drives: string[]): PatternEntry {
    return { id: name, name, drives: drives.map(ref), peaks: [] };
}

function forecast(name: string, service: string): ForecastEntry {
    return { id: name, name, service: ref(service), periods: [] };
}

const catalog: Catalog = {
    services: [],
    calendars: [],
    priorities: [],
    slas: [agreement('sla', 'a.Gold'), agreement('sla', 'a.Gold', 'a.Gold~2'), agreement('sla', 'a.Silver')],
    olas: [agreement('ola', 'a.Network')],
    ucs: [agreement('uc', 'a.Network', 'a.Network~uc'), agreement('uc', 'a.Hosting')],
    providers: [],
    customers: [{ id: 'a.Finance', kind: 'customer', name: 'a.Finance', title: 'Finance' }],
    units: [],
    suppliers: [],
    patterns: [pattern('a.MonthEnd', ['a.Email', 'a.Erp', 'a.Email']), pattern('a.Payroll', ['a.Erp'])],
    forecasts: [forecast('a.EmailGrowth', 'a.Email'), forecast('a.ErpGrowth', 'a.Erp'), forecast('a.EmailPeak', 'a.Email')],
    packages: [{ id: 'a.Basic', name: 'a.Basic', services: [], serves: [], slas: [] }],
    bindings: []
};

describe('catalog lookups', () => {
    const lookups = catalogLookups(catalog);

    it('finds the first entry of a name, as a scan in catalog order would', () => {
        expect(lookups.sla('a.Gold')).toBe(catalog.slas[0]);
        expect(lookups.sla('a.Silver')).toBe(catalog.slas[2]);
        expect(lookups.sla('a.Bronze')).toBeUndefined();
        expect(lookups.package('a.Basic')).toBe(catalog.packages[0]);
        expect(lookups.customer('a.Finance')).toBe(catalog.customers[0]);
        expect(lookups.customer('a.Sales')).toBeUndefined();
    });

    it('resolves a supported name to an OLA before a UC of the same name', () => {
        expect(lookups.supporting('a.Network')).toBe(catalog.olas[0]);
        expect(lookups.supporting('a.Hosting')).toBe(catalog.ucs[1]);
        expect(lookups.supporting('a.Gold')).toBeUndefined();
    });

    it('lists the demand of a service in catalog order, a pattern once even if it names the service twice', () => {
        expect(lookups.patternsDriving('a.Email')).toEqual([catalog.patterns[0]]);
        expect(lookups.patternsDriving('a.Erp')).toEqual([catalog.patterns[0], catalog.patterns[1]]);
        expect(lookups.patternsDriving('a.Chat')).toEqual([]);
        expect(lookups.forecastsFor('a.Email')).toEqual([catalog.forecasts[0], catalog.forecasts[2]]);
        expect(lookups.forecastsFor('a.Chat')).toEqual([]);
    });

    it('builds the indexes of a catalog once', () => {
        expect(catalogLookups(catalog)).toBe(lookups);
        expect(catalogLookups({ ...catalog })).not.toBe(lookups);
    });
});
