import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/svcdef-test-services.ts';
import { BENCH_TODAY, ELEMENTS_PER_FILE, generateWorkspace, servicesForSize } from '../generate-workspace.mjs';

describe('the synthetic workspace generator', () => {
    it('writes the same workspace for the same seed and another for another seed', () => {
        const first = generateWorkspace(200, 7);
        const again = generateWorkspace(200, 7);
        const other = generateWorkspace(200, 8);
        expect([...again.files]).toEqual([...first.files]);
        expect([...other.files]).not.toEqual([...first.files]);
    });

    it('scales every kind with the number of services and keeps files to about 40 elements', () => {
        const { files, counts } = generateWorkspace(2000, 1);
        expect(counts).toMatchObject({ services: 2000, slas: 800, olas: 600, ucs: 200, patterns: 200, forecasts: 200, packages: 200 });
        expect(counts.bindings).toBeGreaterThan(57);
        for (const [name, text] of files) {
            const elements = text.match(/^(?:\/\*\*.*\*\/\n)?(?:service|sla|ola|uc|pattern|forecast|package|binding|provider|customer|unit|supplier|calendar|metric|priority) /gm) ?? [];
            expect(elements.length, name).toBeLessThanOrEqual(ELEMENTS_PER_FILE);
        }
    });

    it('knows the benchmark sizes and rejects sizes it cannot build', () => {
        expect(servicesForSize('10k')).toBe(10_000);
        expect(servicesForSize('300')).toBe(300);
        expect(() => servicesForSize('huge')).toThrow(/Unknown workspace size 'huge'/);
    });

    it('adds, for the errors figure, one misspelt reference per service and one name declared once per service', async () => {
        const clean = generateWorkspace(100, 3);
        const { files } = generateWorkspace(100, 3, { errors: true });
        expect([...files].filter(([name]) => !name.startsWith('errors/'))).toEqual([...clean.files]);
        const { workspace } = createTestServices({ today: BENCH_TODAY });
        const ws = await workspace(Object.fromEntries(files));
        const diagnostics = Object.entries(ws.allDiagnostics()).filter(([name]) => name.startsWith('errors/')).flatMap(([, found]) => found);
        const unresolved = diagnostics.filter(diagnostic => diagnostic.code === 'unresolved-reference');
        expect(unresolved).toHaveLength(100);
        expect(new Set(unresolved.map(diagnostic => diagnostic.message)).size).toBe(100);
        expect(unresolved[0].message).toMatch(/No service named 'Bliling0' .* Did you mean 'Billing0'/);
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'duplicate-name')).toHaveLength(100);
    });

    it('writes every second-edition form, in the files of the kinds that carry it', () => {
        const { files } = generateWorkspace(1000, 20260601);
        const text = prefix => [...files].filter(([name]) => name.startsWith(prefix)).map(([, content]) => content).join('\n');
        const count = (prefix, pattern) => text(prefix).match(new RegExp(pattern, 'gm'))?.length ?? 0;
        const expected = {
            'shared/priorities': ['^priority P[1-4] "\\w+" \\{$', '^  impact (high|medium|low)$', '^  urgency (high|medium|low)$'],
            'services/': ['^  kind technical$', '^  kind business$', '^  tags "', '^  criticality (high|medium|low)$', '^  manager \\w+$',
                '^  offering Gold "Gold" \\{$', '^    target availability >= 99.95% per month$'],
            'agreements/slas': ['^  customers \\w+, \\w+', '^  customer \\w+$', '^  offerings \\w+\\.(Gold|Silver|Bronze)$', '^  part of Sla\\d+$',
                '^  for service [\\w.]+ \\{$', 'for P1 at p95$', 'at p95 for P1$', '^  credit \\d+% when availability', '^  credit \\d+% of monthly charge when ',
                'when incidentResolution > \\w+ ', '^  credit cap \\d+% of monthly charge per month$', '^  credits (highest-only|cumulative)$',
                '^  claim within \\d+d$', '^  escalation \\{$', '^    level 2 "Duty manager" contact "[^"]+" after 30min$',
                '^  reporting (monthly|quarterly) to ', '^  exclusion "', '^  version "\\d\\.\\d"$', '^  approved by \\w+ "[^"]+" on 2025-12-\\d\\d$'],
            'agreements/olas': ['^  for service [\\w.]+ \\{$', '^  escalation \\{$', '^  version "', '^  approved by '],
            'agreements/ucs': ['^  for service [\\w.]+ \\{$', '^  credit \\d+% of monthly charge when ', '^  credit cap \\d+ EUR per year$', '^  claim within ']
        };
        for (const [prefix, patterns] of Object.entries(expected)) {
            for (const pattern of patterns) {
                expect(count(prefix, pattern), `${prefix}: ${pattern}`).toBeGreaterThan(0);
            }
        }
        // Corporate agreements and their children are a share of the SLAs, not a token few or all of them.
        const children = count('agreements/slas', '^  part of ');
        expect(children / 400).toBeGreaterThan(0.1);
        expect(children / 400).toBeLessThan(0.4);
        // A team named after the platform it runs: a unit and a service of one name.
        expect(text('parties/')).toMatch(/^unit (\w+) "Operations team for \1"/m);
    });

    it('gives every agreement structured service and support hours, and writes business durations and redundant pairs', () => {
        const { files, counts } = generateWorkspace(1000, 20260601);
        const text = prefix => [...files].filter(([name]) => name.startsWith(prefix)).map(([, content]) => content).join('\n');
        const calendars = text('shared/calendars');
        // Each of the four zones has office, extended and round-the-clock hours; none is a first-edition one-liner.
        expect(counts.calendars).toBeGreaterThanOrEqual(12);
        expect(calendars.match(/^calendar \w+ "[^"]+" \{$/gm)).toHaveLength(counts.calendars);
        for (const zone of ['Europe/Berlin', 'Europe/Lisbon', 'America/New_York', 'Asia/Singapore']) {
            expect(calendars, zone).toContain(`timezone "${zone}"`);
        }
        for (const line of ['hours Mon-Fri 08:00-12:00, 13:00-18:00', 'hours Fri 22:00-02:00', 'hours Mon-Sun 00:00-24:00',
            'holiday 2026-12-24 to 2026-12-26 "Christmas"', 'maintenance Sun 02:00-05:00 "Weekly patch window"',
            'maintenance 2027-03-28 01:00-04:00 "Core switch replacement"']) {
            expect(calendars, line).toContain(`  ${line}\n`);
        }
        // Every agreement states both, once; services state their service hours.
        for (const kind of ['slas', 'olas', 'ucs']) {
            const agreements = text(`agreements/${kind}`);
            const total = agreements.match(/^(?:sla|ola|uc) /gm).length;
            expect(agreements.match(/^ {2}hours (?:24x7|\w+)$/gm), kind).toHaveLength(total);
            expect(agreements.match(/^ {2}support hours (?:24x7|\w+)$/gm), kind).toHaveLength(total);
        }
        expect(text('services/')).toMatch(/^ {2}hours Continuous\d+$/m);
        expect(text('services/')).toMatch(/^ {2}hours 24x7$/m);
        const slas = text('agreements/slas');
        expect(slas).toMatch(/^ {2}target requestFulfilment <= [35] business days /m);
        expect(slas).toMatch(/^ {2}target incidentResolution <= (8|12) business hours for P2$/m);
        expect(text('agreements/olas')).toMatch(/^ {2}target requestFulfilment <= [12] business days /m);
        // Redundant UCs come in mutual pairs supporting the same SLAs.
        const ucs = [...text('agreements/ucs').matchAll(/^uc (\w+) [^\n]*\{\n([\s\S]*?)^\}/gm)]
            .map(([, name, body]) => ({ name, body, supports: /^ {2}supports (.+)$/m.exec(body)?.[1], with: /^ {2}redundant with (\w+)$/m.exec(body)?.[1] }));
        const paired = ucs.filter(uc => uc.with);
        expect(paired.length).toBeGreaterThanOrEqual(counts.ucs / 10);
        for (const uc of paired) {
            const twin = ucs.find(other => other.name === uc.with);
            expect(twin?.with, uc.name).toBe(uc.name);
            expect(twin?.supports, uc.name).toBe(uc.supports);
        }
    });

    // The benchmark must measure full validation, which stops short on a broken workspace.
    // `--seed` picks another workspace, which must be as clean as the default one.
    it.each([[400, 20260601], [300, 7]])('generates a workspace that svcdef validates without a single diagnostic (%i services, seed %i)', async (size, seed) => {
        const { files } = generateWorkspace(size, seed);
        const { workspace } = createTestServices({ today: BENCH_TODAY });
        const ws = await workspace(Object.fromEntries(files));
        const found = Object.entries(ws.allDiagnostics()).flatMap(([name, diagnostics]) =>
            diagnostics.map(diagnostic => `${name}:${diagnostic.range.start.line + 1} ${diagnostic.code}: ${diagnostic.message}`));
        expect(found).toEqual([]);
    });
});
