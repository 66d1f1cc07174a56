import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
import { hoverText, inlayHintsOf } from './lsp-test-helpers.js';

/** Two carriers that stand in for each other, in series with a switching OLA, under one SLA. */
const FILES = {
    'paging.svcdef': `provider Hospital
customer Clinic
supplier TelcoA
supplier TelcoB
unit NetworkOps
service Paging { status live owner Hospital }
sla ICUPaging { customer Clinic provider Hospital services Paging
  target availability >= 99.8% per month }
uc CarrierA { supplier TelcoA supports ICUPaging redundant with CarrierB target availability >= 99.5% per month }
uc CarrierB { supplier TelcoB supports ICUPaging redundant with CarrierA target availability >= 99.5% per month }
ola Switching { unit NetworkOps supports ICUPaging target availability >= 99.9% per month }
`
};


describe('redundancy groups in editor features', () => {
    // (1 − 0.005²) × 0.999 = 0.998975025
    it('show the group in parallel inside the series in the inlay hint after the SLA availability target', async () => {
        const ws = await createTestServices().workspace(FILES);
        // Every availability target also has its error budget hinted (see inlay-hints.test.ts).
        expect((await inlayHintsOf(ws, 'paging.svcdef')).filter(hint => hint.hint.startsWith('supported at'))).toEqual([{
            line: 'target availability >= 99.8% per month',
            hint: 'supported at 99.8975%',
            tooltip: 'Composition of the supporting availabilities (redundant agreements ∥ in parallel, the rest × in series): '
                + '(UC CarrierA 99.5% ∥ UC CarrierB 99.5%) × OLA Switching 99.9% = 99.8975%.'
        }]);
    });

    it('offer after `redundant with` the other OLAs and UCs, those supporting the same SLAs first', async () => {
        const { complete } = createTestServices();
        const items = await complete({
            ...FILES,
            'edit.svcdef': 'sla WardPaging { customer Clinic services Paging }\n'
                + 'uc Ward { supplier TelcoA supports WardPaging }\n'
                + 'uc CarrierC { supplier TelcoB supports ICUPaging redundant with <|> }'
        }, 'edit.svcdef');
        // As an editor lists them: by sortText, then by label.
        const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!) || a.label.localeCompare(b.label));
        expect(sorted.map(item => item.label)).toEqual(['CarrierA', 'CarrierB', 'Switching', 'Ward']);
        expect(sorted[0].detail).toBe('UC supporting the same SLAs');
    });

    it('show the formula with the group in the SLA hover', async () => {
        const ws = await createTestServices().workspace(FILES);
        const text = await hoverText(ws, 'paging.svcdef', 'supports ICUPag|ing redundant with CarrierB');
        expect(text).toContain('Supporting availabilities reach 99.8975% together as (`CarrierA` 99.5% ∥ `CarrierB` 99.5%) × `Switching` 99.9%, '
            + 'against the promised 99.8%.');
    });
});
