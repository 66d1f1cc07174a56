import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { NOT_EXPRESSIBLE, openSloExport, windowStart, type OpenSloExport } from '../../src/generator/openslo-export.js';
import { FIXTURE_FILES, loadFixture } from './generator-fixture.js';

/**
 * The parts of the OpenSLO v1 specification (README of OpenSLO/OpenSLO, "Specification")
 * that the export uses, as a schema: RFC 1123 names, annotation and label keys, the
 * duration shorthand, one time window, an indicator with exactly one of ratioMetric and
 * thresholdMetric, a ratio with `total` and exactly one of `good`/`bad`, objectives with
 * a target in [0, 1), and `op`/`value` with a threshold metric (one objective only).
 */
const rfc1123 = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 };
const segment = '[a-zA-Z0-9]([-_.a-zA-Z0-9]{0,61}[a-zA-Z0-9])?';
const metadata = {
    type: 'object',
    required: ['name'],
    properties: {
        name: rfc1123,
        displayName: { type: 'string' },
        labels: {
            type: 'object',
            propertyNames: { pattern: `^${segment}$` },
            additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }
        },
        annotations: {
            type: 'object',
            propertyNames: { pattern: `^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?${segment}$` },
            additionalProperties: { type: 'string' }
        }
    },
    additionalProperties: false
};
const metricSource = {
    type: 'object',
    required: ['metricSource'],
    properties: {
        metricSource: {
            type: 'object',
            required: ['spec'],
            anyOf: [{ required: ['type'] }, { required: ['metricSourceRef'] }],
            properties: { type: { type: 'string' }, metricSourceRef: { type: 'string' }, spec: { type: 'object' } },
            additionalProperties: false
        }
    },
    additionalProperties: false
};
const openSloSchema = {
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: { apiVersion: { const: 'openslo/v1' }, kind: { enum: ['Service', 'SLO'] }, metadata, spec: { type: 'object' } },
    additionalProperties: false,
    oneOf: [
        {
            properties: {
                kind: { const: 'Service' },
                spec: { type: 'object', properties: { description: { type: 'string', maxLength: 1050 } }, additionalProperties: false }
            }
        },
        {
            properties: {
                kind: { const: 'SLO' },
                spec: {
                    type: 'object',
                    required: ['service', 'indicator', 'timeWindow', 'budgetingMethod', 'objectives'],
                    additionalProperties: false,
                    properties: {
                        description: { type: 'string', maxLength: 1050 },
                        service: rfc1123,
                        indicator: {
                            type: 'object',
                            required: ['metadata', 'spec'],
                            additionalProperties: false,
                            properties: {
                                metadata,
                                spec: {
                                    type: 'object',
                                    additionalProperties: false,
                                    oneOf: [{ required: ['ratioMetric'] }, { required: ['thresholdMetric'] }],
                                    properties: {
                                        description: { type: 'string', maxLength: 1050 },
                                        thresholdMetric: metricSource,
                                        ratioMetric: {
                                            type: 'object',
                                            required: ['counter', 'total'],
                                            oneOf: [{ required: ['good'] }, { required: ['bad'] }],
                                            properties: { counter: { type: 'boolean' }, good: metricSource, bad: metricSource, total: metricSource },
                                            additionalProperties: false
                                        }
                                    }
                                }
                            }
                        },
                        timeWindow: {
                            type: 'array',
                            minItems: 1,
                            maxItems: 1,
                            items: {
                                type: 'object',
                                required: ['duration'],
                                additionalProperties: false,
                                properties: {
                                    duration: { type: 'string', pattern: '^[1-9][0-9]*[mhdwMQY]$' },
                                    isRolling: { type: 'boolean' },
                                    calendar: {
                                        type: 'object',
                                        required: ['startTime', 'timeZone'],
                                        additionalProperties: false,
                                        properties: {
                                            startTime: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$' },
                                            timeZone: { type: 'string', minLength: 1 }
                                        }
                                    }
                                }
                            }
                        },
                        budgetingMethod: { enum: ['Occurrences', 'Timeslices', 'RatioTimeslices'] },
                        objectives: {
                            type: 'array',
                            minItems: 1,
                            items: {
                                type: 'object',
                                required: ['target'],
                                additionalProperties: false,
                                properties: {
                                    displayName: { type: 'string' },
                                    op: { enum: ['lte', 'gte', 'lt', 'gt'] },
                                    value: { type: 'number' },
                                    target: { type: 'number', minimum: 0, exclusiveMaximum: 1 }
                                }
                            }
                        }
                    },
                    if: { properties: { indicator: { properties: { spec: { required: ['thresholdMetric'] } } } } },
                    then: { properties: { objectives: { maxItems: 1, items: { required: ['op', 'value', 'target'] } } } }
                }
            }
        }
    ]
};

/**
 * The fixture with its Business calendar as structured hours that run round the clock in
 * Berlin: a one-line calendar's hours are free text, and a target measured over them is
 * not exported (see the tests of service hours below).
 */
const ROUND_THE_CLOCK_FIXTURE = {
    ...FIXTURE_FILES,
    'parties.svcdef': FIXTURE_FILES['parties.svcdef'].replace(
        'calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"',
        'calendar Business "Every hour" { timezone "Europe/Berlin" hours Mon-Sun 00:00-24:00 }')
};

describe('OpenSLO export', () => {
    let catalog: Catalog;
    let result: OpenSloExport;
    let objects: Array<Record<string, any>>;
    beforeAll(async () => {
        expect(ROUND_THE_CLOCK_FIXTURE['parties.svcdef']).toContain('hours Mon-Sun 00:00-24:00');
        ({ catalog } = await loadFixture(ROUND_THE_CLOCK_FIXTURE));
        result = openSloExport(catalog);
        const documents = parseAllDocuments(result.yaml);
        expect(Array.isArray(documents)).toBe(true);
        objects = (documents as Array<{ errors: unknown[]; toJS(): Record<string, any> }>).map(document => {
            expect(document.errors).toEqual([]);
            return document.toJS();
        }).filter(object => object !== null);
    });

    it('produces only OpenSLO v1 objects the specification allows', () => {
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(openSloSchema);
        expect(objects.length).toBe(result.services + result.slos);
        for (const object of objects) {
            const ok = validate(object);
            expect(validate.errors ?? [], `${object.metadata?.name}: ${JSON.stringify(validate.errors, null, 1)}`).toEqual([]);
            expect(ok).toBe(true);
        }
    });

    it('uses a schema that rejects what the specification forbids', () => {
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(openSloSchema);
        const slo = objects.find(object => object.metadata.name === 'finance-email-email-availability')!;
        const broken = (change: (copy: Record<string, any>) => void) => {
            const copy = structuredClone(slo);
            change(copy);
            return validate(copy);
        };
        expect(broken(() => undefined)).toBe(true);
        expect(broken(copy => { copy.metadata.name = 'Finance_Email'; })).toBe(false);
        expect(broken(copy => { copy.spec.objectives[0].target = 1; })).toBe(false);
        expect(broken(copy => { copy.spec.indicator.spec.ratioMetric.bad = copy.spec.indicator.spec.ratioMetric.good; })).toBe(false);
        expect(broken(copy => { copy.spec.timeWindow[0].duration = 'month'; })).toBe(false);
        expect(broken(copy => { copy.spec.timeWindow.push(copy.spec.timeWindow[0]); })).toBe(false);
    });

    it('has a Service per service and unique SLO names that reference them', () => {
        const services = objects.filter(object => object.kind === 'Service').map(object => object.metadata.name);
        expect(services).toEqual(['chat', 'directory', 'email', 'erp', 'network', 'traversal']);
        const slos = objects.filter(object => object.kind === 'SLO');
        expect(new Set(slos.map(slo => slo.metadata.name)).size).toBe(slos.length);
        for (const slo of slos) {
            expect(services).toContain(slo.spec.service);
        }
    });

    it('states availability as a ratio objective over the target window', () => {
        const slo = objects.find(object => object.metadata.name === 'finance-email-email-availability')!;
        expect(slo.spec.indicator.spec.ratioMetric.good.metricSource).toEqual({
            type: 'svcdef', spec: { metric: 'availability', sla: 'FinanceEmail', service: 'acme.it.Email', count: 'good' }
        });
        expect(slo.spec.timeWindow).toEqual([{
            duration: '1M', isRolling: false, calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'Europe/Berlin' }
        }]);
        expect(slo.spec.budgetingMethod).toBe('Occurrences');
        expect(slo.spec.objectives).toEqual([{ displayName: 'availability >= 99.9% per month', target: 0.999 }]);
    });

    it('states latency as a threshold objective at its percentile', () => {
        const slo = objects.find(object => object.metadata.name === 'finance-email-email-latency-p95')!;
        expect(slo.spec.indicator.spec.thresholdMetric.metricSource.spec).toMatchObject({ metric: 'latency', unit: 'ms' });
        expect(slo.spec.objectives).toEqual([{ displayName: 'latency <= 300ms at p95', op: 'lte', value: 300, target: 0.95 }]);
        expect(slo.metadata.annotations['svcdef/window']).toBe('month (assumed)');
    });

    it('writes one SLO per service of a multi-service SLA, with its quarter window', () => {
        const names = objects.filter(object => object.metadata.labels?.['svcdef-sla'] === 'sales-erp').map(object => object.metadata.name);
        expect(names).toEqual(['sales-erp-email-availability', 'sales-erp-erp-availability']);
        const slo = objects.find(object => object.metadata.name === 'sales-erp-erp-availability')!;
        // valid from 2026-03-15: the quarter containing it starts on 2026-01-01.
        expect(slo.spec.timeWindow[0]).toMatchObject({ duration: '1Q', calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'UTC' } });
        expect(slo.metadata.labels['svcdef-status']).toBe('draft');
    });

    it('reports the targets OpenSLO cannot state, in the file and to the caller', () => {
        expect(result.skipped.map(item => `${item.sla}: ${item.target}`)).toEqual([
            'FinanceEmail: incidentResponse <= 30min for P1',
            'FinanceEmail: incidentResolution <= 4h for P1',
            'SalesErp: requestFulfilment <= 2d'
        ]);
        expect(result.yaml).toContain('# Not exported: FinanceEmail: incidentResponse <= 30min for P1 (a promise for one priority (for P1) has no OpenSLO form)');
        expect(result.skipped[2].reason).toBe("a duration target needs a percentile such as 'at p95' to become an objective");
    });

    it('aligns calendar windows to their period', () => {
        expect(windowStart('month', '2026-03-15')).toBe('2026-03-01');
        expect(windowStart('quarter', '2026-08-20')).toBe('2026-07-01');
        expect(windowStart('year', '2026-08-20')).toBe('2026-01-01');
        expect(windowStart('week', '2026-06-04')).toBe('2026-06-01');
        expect(windowStart('day', '2026-06-04')).toBe('2026-06-04');
        expect(windowStart('month', undefined)).toBe('2000-01-01');
    });
});

describe('OpenSLO export of per-service and inherited targets', () => {
    let result: OpenSloExport;
    let slos: Array<Record<string, any>>;
    beforeAll(async () => {
        const { SECOND_EDITION_FILES } = await import('./second-edition-fixture.js');
        const { catalog } = await loadFixture(SECOND_EDITION_FILES);
        result = openSloExport(catalog);
        slos = parseAllDocuments(result.yaml)
            .map(document => (document as { toJS(): Record<string, any> }).toJS())
            .filter(object => object?.kind === 'SLO');
    });

    const named = (name: string) => slos.find(slo => slo.metadata.name === name);

    it('writes one SLO per service and target that applies to that service', () => {
        expect(slos.filter(slo => slo.metadata.labels['svcdef-sla'] === 'emergency-ehr').map(slo => slo.metadata.name)).toEqual([
            'emergency-ehr-ehr-availability',
            'emergency-ehr-ehr-latency-p95',
            'emergency-ehr-network-availability',
            'emergency-ehr-printing-availability'
        ]);
        // EHR's own 99.95% replaces the 99.5% it would inherit; Printing keeps the inherited one.
        expect(named('emergency-ehr-ehr-availability')!.spec.objectives).toEqual([{ displayName: 'availability >= 99.95% per month', target: 0.9995 }]);
        expect(named('emergency-ehr-ehr-availability')!.metadata.annotations['svcdef/for-service']).toBe('EHR');
        // A target stated for EHR only is no SLO of Printing.
        expect(slos.some(slo => slo.metadata.name.startsWith('emergency-ehr-printing-latency'))).toBe(false);
    });

    it('marks inherited targets, and includes technical services', () => {
        const printing = named('emergency-ehr-printing-availability')!;
        expect(printing.spec.objectives).toEqual([{ displayName: 'availability >= 99.5% per month', target: 0.995 }]);
        expect(printing.metadata.annotations['svcdef/inherited-from']).toBe('Corporate');
        expect(printing.spec.description).toContain('The target is inherited from Corporate.');
        expect(named('emergency-ehr-network-availability')!.spec.service).toBe('network');
    });

    it('reports a target it cannot state once, however many services it applies to', () => {
        const reported = result.skipped.filter(item => item.sla === 'EmergencyEHR').map(item => item.target);
        expect(reported).toEqual([
            'rpo <= 15min', 'incidentResponse <= 30min for P1', 'incidentResponse <= 1h for P2', 'incidentResolution <= 8h for Major'
        ]);
    });

    it('keeps SLO names unique when two targets differ only in window', async () => {
        const { catalog } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S target availability >= 99.9% per month target availability >= 99.95% per year target availability >= 99% during 24x7 }'
        });
        const names = parseAllDocuments(openSloExport(catalog).yaml)
            .map(document => (document as { toJS(): Record<string, any> }).toJS())
            .filter(object => object?.kind === 'SLO')
            .map(object => object.metadata.name);
        expect(names).toEqual(['x-s-availability', 'x-s-availability-2', 'x-s-availability-24x7']);
    });
});

describe('OpenSLO export of targets with service hours', () => {
    let result: OpenSloExport;
    let slos: Array<Record<string, any>>;
    beforeAll(async () => {
        const { TIME_FILES } = await import('./time-fixture.js');
        const { catalog } = await loadFixture(TIME_FILES);
        result = openSloExport(catalog);
        slos = parseAllDocuments(result.yaml)
            .map(document => (document as { toJS(): Record<string, any> }).toJS())
            .filter(object => object?.kind === 'SLO');
    });
    const reasonFor = (sla: string, target: string) => result.skipped.find(item => item.sla === sla && item.target === target)?.reason;

    it('exports only targets measured round the clock, in the time zone of the hours they are measured over', () => {
        expect(slos.map(slo => slo.metadata.name)).toEqual(['clinic-portal-availability-always', 'results-lab-availability', 'results-lab-latency-p95']);
        for (const slo of slos) {
            expect(slo.spec.timeWindow[0].calendar.timeZone).toBe('America/New_York');
        }
        // Weekly maintenance is not measured: the data source has to leave it out.
        expect(slos[1].spec.description).toContain('Maintenance windows do not count (Storage firmware: every Saturday 03:00–04:00): leave them out at the data source.');
    });

    it('leaves out a target measured over office hours or shifts, saying why', () => {
        expect(reasonFor('Clinic', 'availability >= 99.8% per month'))
            .toBe('it is measured over its service hours Plant, a calendar not open round the clock, and OpenSLO time windows count every hour');
        expect(reasonFor('Desk', 'availability >= 99.9% per month')).toContain('over its service hours Weekdays, a calendar not open round the clock');
        expect(reasonFor('Legacy', 'availability >= 99.5%')).toBe('it is measured over its service hours Words, '
            + 'a calendar whose hours are free text and so not known to run round the clock, and OpenSLO time windows count every hour');
    });

    it('leaves out a target measured during hours that are not round the clock', async () => {
        const { catalog } = await loadFixture({
            'a.svcdef': 'calendar Day { hours Mon-Fri 08:00-18:00 }\ncustomer C\nprovider P\nservice S { status live }\n'
                + 'sla X { customer C provider P services S hours 24x7 target availability >= 99.9% per month during Day target availability >= 99% per month }'
        });
        const exported = openSloExport(catalog);
        expect(exported.slos).toBe(1);
        expect(exported.skipped).toEqual([{
            sla: 'X', target: 'availability >= 99.9% per month during Day',
            reason: 'it is measured during Day, a calendar not open round the clock, and OpenSLO time windows count every hour'
        }]);
        // Round the clock without a zone: the windows run in UTC.
        expect(exported.yaml).toContain('timeZone: UTC');
    });

    it('leaves out a business duration, which counts open hours only', () => {
        expect(reasonFor('Clinic', 'requestFulfilment <= 16 business hours'))
            .toBe('a business duration (16 business hours) counts only the open hours of Office, and OpenSLO measures clock time');
        expect(reasonFor('Legacy', 'requestFulfilment <= 3 business days')).toContain('a business duration (3 business days)');
    });

    it('says in the file header what OpenSLO cannot express, then each target left out', () => {
        const header = result.yaml.slice(0, result.yaml.indexOf('\n---\n'));
        expect(header).toContain(`# ${NOT_EXPRESSIBLE}\n# Not exported: Clinic: availability >= 99.8% per month (it is measured over its service hours Plant`);
        expect(header.split('\n').filter(line => line.startsWith('# Not exported: '))).toHaveLength(result.skipped.length);
    });
});
