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
            const elements = text.match(/^(?:\/\*\*.*\*\/\n)?(?:service|sla|ola|uc|pattern|forecast|package|binding|provider|customer|unit|supplier|calendar|metric) /gm) ?? [];
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

    // The benchmark must measure full validation, which stops short on a broken workspace.
    it('generates a workspace that svcdef validates without a single diagnostic', async () => {
        const { files } = generateWorkspace(400, 20260601);
        const { workspace } = createTestServices({ today: BENCH_TODAY });
        const ws = await workspace(Object.fromEntries(files));
        const found = Object.entries(ws.allDiagnostics()).flatMap(([name, diagnostics]) =>
            diagnostics.map(diagnostic => `${name}:${diagnostic.range.start.line + 1} ${diagnostic.code}: ${diagnostic.message}`));
        expect(found).toEqual([]);
    });
});
