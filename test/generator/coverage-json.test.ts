import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import type { BindingEntry, Catalog } from '../../src/generator/catalog-model.js';
import { buildCoverage } from '../../src/generator/coverage-model.js';
import { coverageJson } from '../../src/generator/coverage-json.js';
import { loadFixture } from './generator-fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/coverage.schema.json', import.meta.url), 'utf8'));

describe('the coverage report as JSON', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    let catalog: Catalog;
    beforeAll(async () => {
        ({ catalog } = await loadFixture());
    });
    const document = (bindings: readonly BindingEntry[], generatedAt?: string) => JSON.parse(coverageJson(buildCoverage(bindings, a2Model), generatedAt));
    const binding = (name: string, node: string, extra: Partial<BindingEntry> = {}): BindingEntry =>
        ({ ...catalog.bindings[0], name, node: { id: node }, ...extra });

    it('writes a versioned document with every activity, its process, state and bindings', () => {
        const output = document(catalog.bindings);
        expect(Object.keys(output)).toEqual(['format', 'formatVersion', 'generatedAt', 'category', 'summary', 'processes', 'activities', 'notCovered', 'flows', 'outsideModel']);
        expect(output).toMatchObject({ format: 'svcdef-coverage', formatVersion: 1, generatedAt: null });
        expect(output.activities).toHaveLength(49);
        expect(output.activities.find((activity: { id: string }) => activity.id === 'A243')).toEqual({
            id: 'A243', name: 'Create and Maintain Service Level Agreements', process: 'A24', state: 'bound',
            bindings: [{ name: 'SlaAuthoring', title: null, owner: { name: 'acme.org.CentralIT', title: 'Central IT Services', resolved: true }, tool: 'Confluence & Jira' }]
        });
        expect(output.activities.find((activity: { id: string }) => activity.id === 'A252')).toEqual({
            id: 'A252', name: 'Value and Classify Business Demands', process: 'A25', state: 'through-process', bindings: []
        });
        expect(output.processes.find((process: { id: string }) => process.id === 'A25')).toMatchObject({
            state: 'covered', activities: ['A251', 'A252', 'A253', 'A254', 'A255', 'A256', 'A257']
        });
        expect(output.notCovered.map((activity: { id: string }) => activity.id)).toEqual(
            output.activities.filter((activity: { state: string }) => activity.state === 'not-covered').map((activity: { id: string }) => activity.id));
    });

    it('is the same text for the same workspace, and carries the time only when asked', () => {
        expect(coverageJson(buildCoverage(catalog.bindings, a2Model))).toBe(coverageJson(buildCoverage(catalog.bindings, a2Model)));
        expect(document(catalog.bindings, '2026-12-07T10:00:00.000Z').generatedAt).toBe('2026-12-07T10:00:00.000Z');
    });

    it.each([
        ['the fixture', () => catalog.bindings],
        ['no binding at all', () => []],
        ['a process, the whole category and a node outside the model', () => [
            binding('RequirementsOwner', 'A21'), binding('Everything', 'A2', { owner: undefined, tool: undefined }), binding('Ghost', 'A299')
        ]]
    ])('validates against schemas/coverage.schema.json (%s)', (_, bindings) => {
        const ok = validate(document(bindings()));
        expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
        expect(ok).toBe(true);
    });

    it('is rejected by the schema with an unknown state, a missing key or a bare id among the activities not covered', () => {
        const output = document(catalog.bindings);
        expect(validate({ ...output, activities: [{ ...output.activities[0], state: 'half-covered' }] })).toBe(false);
        const { notCovered: _, ...withoutList } = output;
        expect(validate(withoutList)).toBe(false);
        expect(validate({ ...output, notCovered: ['A211'] })).toBe(false);
        expect(validate({ ...output, notCovered: [{ id: 'A211', process: 'A21' }] })).toBe(false);
        expect(validate({ ...output, summary: { ...output.summary, percentCovered: 120 } })).toBe(false);
    });
});
