import { describe, expect, it } from 'vitest';
import { diffOf } from './diff-test-sides.js';

const sla = (comment: string, percent: string) => `
service Erp { status live }
${comment}
sla FinanceErp { status finalized services Erp target availability >= ${percent} per month }
`;

describe('acknowledging a weakening with @weaker in the doc comment', () => {
    it('gives the change its reason', async () => {
        const diff = await diffOf(sla('', '99.9%'), sla('/**\n * The ERP moves data centres.\n * @weaker Data-centre move, agreed with Finance\n */', '99.5%'));
        expect(diff.changes).toHaveLength(1);
        expect(diff.changes[0]).toMatchObject({ effect: 'weaker', acknowledged: 'Data-centre move, agreed with Finance' });
    });
    it('a one-line doc comment counts', async () => {
        const diff = await diffOf(sla('', '99.9%'), sla('/** @weaker Agreed in the 2026 review */', '99.5%'));
        expect(diff.changes[0].acknowledged).toBe('Agreed in the 2026 review');
    });
    it('a tag without a reason, or an ordinary comment, acknowledges nothing', async () => {
        for (const comment of ['/** @weaker */', '// @weaker because', '/* @weaker because */']) {
            const diff = await diffOf(sla('', '99.9%'), sla(comment, '99.5%'));
            expect(diff.changes[0].acknowledged, comment).toBeUndefined();
        }
    });
    it('is not given to a stronger change', async () => {
        const diff = await diffOf(sla('', '99.5%'), sla('/** @weaker Agreed */', '99.9%'));
        expect(diff.changes[0]).toMatchObject({ effect: 'stronger' });
        expect(diff.changes[0].acknowledged).toBeUndefined();
    });
    it('on a retired service also covers its effect on the SLAs that cover it', async () => {
        const base = 'service Erp { status live }\nsla S { status finalized services Erp }';
        const head = '/** @weaker Replaced by the new ERP */\nservice Erp { status retired }\nsla S { status finalized services Erp }';
        const diff = await diffOf(base, head);
        expect(diff.changes.map(change => [change.element.name, change.acknowledged])).toEqual([
            ['Erp', 'Replaced by the new ERP'],
            ['S', 'Replaced by the new ERP']
        ]);
    });
});
