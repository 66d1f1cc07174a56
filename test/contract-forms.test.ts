import { describe, expect, it } from 'vitest';
import { createTestServices } from './svcdef-test-services.js';
import { CONTRACT_EXAMPLE } from './contract-example.js';



describe('the contract forms of LANGUAGE.md', () => {
    it('parse, link and validate with no diagnostics at all', async () => {
        const { workspace } = createTestServices({ today: '2026-06-01' });
        const ws = await workspace({ 'contract.svcdef': CONTRACT_EXAMPLE });
        expect(ws.diagnostics('contract.svcdef').map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });

    it('keep units in the AST', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'contract.svcdef': CONTRACT_EXAMPLE });
        const sla = ws.document('contract.svcdef').parseResult.value.elements.find(element => element.name === 'FinanceEmail');
        expect(sla?.$type).toBe('Sla');
        const targets = (sla as import('../src/language/generated/ast.js').Sla).targets;
        expect(targets.map(target => target.value)).toMatchObject([
            { $type: 'PercentValue', percent: 99.9 },
            { $type: 'DurationValue', duration: '30min' },
            { $type: 'DurationValue', duration: '4h' },
            { $type: 'DurationValue', duration: '300ms' }
        ]);
        expect(targets[0].window).toEqual(['month']);
        expect(targets[1].priority[0]?.ref?.name).toBe('P1');
        expect(targets[3].percentile).toEqual(['p95']);
    });
});
