import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatJsonDiff } from '../../src/cli/diff-report/json-diff-format.js';
import { ACKNOWLEDGED_CREDIT, DERIVED_COMPOSITE, LOWERED_TARGET, RETIRED_SERVICE, sampleDiff } from './diff-sample.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/diff.schema.json', import.meta.url), 'utf8'));

describe('svcdef diff --format json', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

    it('writes the issue\'s shape, keys in order, null for what a side lacks', () => {
        const output = JSON.parse(formatJsonDiff(sampleDiff([LOWERED_TARGET, RETIRED_SERVICE])));
        expect(output).toEqual({
            base: 'origin/main',
            head: 'working tree',
            changes: [
                {
                    effect: 'weaker', kind: 'changed',
                    element: { kind: 'sla', name: 'FinanceErp', title: 'Finance ERP' },
                    aspect: 'target availability per month for service Erp',
                    before: 'at least 99.9% per month', after: 'at least 99.5% per month',
                    file: 'agreements/finance.svcdef', line: 12, acknowledged: null
                },
                {
                    effect: 'weaker', kind: 'removed',
                    element: { kind: 'service', name: 'acme.it.Fax', title: null },
                    aspect: 'service', before: 'live', after: null,
                    file: 'services/fax.svcdef', line: 1, acknowledged: null
                }
            ],
            summary: { weaker: 2, stronger: 0, neutral: 0 }
        });
        expect(Object.keys(output.changes[0])).toEqual(['effect', 'kind', 'element', 'aspect', 'before', 'after', 'file', 'line', 'acknowledged']);
        expect(Object.keys(output)).toEqual(['base', 'head', 'changes', 'summary']);
    });

    it('gives the reason of an acknowledged change, and the element a derived effect comes from', () => {
        const [acknowledged, derived] = JSON.parse(formatJsonDiff(sampleDiff([ACKNOWLEDGED_CREDIT, DERIVED_COMPOSITE]))).changes;
        expect(acknowledged.acknowledged).toBe('credits move to the master contract');
        expect(acknowledged).not.toHaveProperty('causedBy');
        expect(derived.causedBy).toEqual({ kind: 'ola', name: 'Network', title: null });
    });

    it.each([
        ['every sort of change', sampleDiff()],
        ['no change at all', sampleDiff([])]
    ])('validates against schemas/diff.schema.json (%s)', (_, diff) => {
        const ok = validate(JSON.parse(formatJsonDiff(diff)));
        expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
        expect(ok).toBe(true);
    });

    it('is rejected by the schema with an effect or kind outside the lists, or a missing key', () => {
        const output = JSON.parse(formatJsonDiff(sampleDiff([LOWERED_TARGET])));
        expect(validate({ ...output, changes: [{ ...output.changes[0], effect: 'worse' }] })).toBe(false);
        expect(validate({ ...output, changes: [{ ...output.changes[0], kind: 'moved' }] })).toBe(false);
        const { acknowledged: _, ...withoutAcknowledged } = output.changes[0];
        expect(validate({ ...output, changes: [withoutAcknowledged] })).toBe(false);
    });
});
