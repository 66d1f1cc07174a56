import { describe, expect, it } from 'vitest';
import { A2ReferenceModel, OUTSIDE, a2Model, normalizeName, type A2ModelData } from './a2-reference-model.js';

const ids = (nodes: readonly { id: string }[]): string[] => nodes.map((n) => n.id);

describe('A2 reference model: structure', () => {
    it('has 1 category, 7 processes and 49 activities', () => {
        expect(a2Model.nodes).toHaveLength(57);
        expect(a2Model.nodes.filter((n) => n.kind === 'category').map((n) => n.id)).toEqual(['A2']);
        expect(ids(a2Model.nodes.filter((n) => n.kind === 'process'))).toEqual(['A21', 'A22', 'A23', 'A24', 'A25', 'A26', 'A27']);
        expect(a2Model.nodes.filter((n) => n.kind === 'activity')).toHaveLength(49);
    });

    it('gives A21 five activities, A22 nine and every other process seven', () => {
        const counts = Object.fromEntries(a2Model.children('A2').map((p) => [p.id, a2Model.children(p.id).length]));
        expect(counts).toEqual({ A21: 5, A22: 9, A23: 7, A24: 7, A25: 7, A26: 7, A27: 7 });
    });

    it('parents each activity on its process and each process on the category', () => {
        for (const n of a2Model.nodes) {
            if (n.kind === 'category') expect(n.parent).toBeUndefined();
            if (n.kind === 'process') expect(n.parent).toBe('A2');
            if (n.kind === 'activity') {
                expect(n.parent).toBe(n.id.slice(0, 3));
                expect(a2Model.node(n.parent!)?.kind).toBe('process');
            }
        }
    });

    it('keeps the depth-first order of the book and numbers siblings from 1', () => {
        const expected: string[] = ['A2'];
        for (const [p, count] of [['A21', 5], ['A22', 9], ['A23', 7], ['A24', 7], ['A25', 7], ['A26', 7], ['A27', 7]] as const) {
            expected.push(p);
            for (let i = 1; i <= count; i++) expected.push(`${p}${i}`);
        }
        expect(ids(a2Model.nodes)).toEqual(expected);
        for (const parent of a2Model.nodes) {
            expect(a2Model.children(parent.id).map((c) => c.order)).toEqual(a2Model.children(parent.id).map((_, i) => i + 1));
        }
        expect(a2Model.node('A2')?.order).toBe(1);
    });

    it('names nodes from the headings, including A257 which the node tree omits', () => {
        expect(a2Model.node('A2')?.name).toBe('Customer Relationships');
        expect(a2Model.node('A213')?.name).toBe('Transform Needs into Stakeholder Requirements');
        expect(a2Model.node('A236')?.name).toBe('Monitor, Analyze and Report Service Catalog');
        expect(a2Model.node('A257')?.name).toBe('Evaluate Demand Management Performance');
        expect(a2Model.node('A257')?.parent).toBe('A25');
        expect(a2Model.node('A258')).toBeUndefined();
    });

    it('has a description for every node and work product', () => {
        for (const n of a2Model.nodes) expect(n.description, n.id).not.toBe('');
        for (const w of a2Model.workProducts) expect(w.description, w.name).not.toBe('');
    });

    it('resolves the process of a node', () => {
        expect(a2Model.process('A243')?.id).toBe('A24');
        expect(a2Model.process('A24')?.id).toBe('A24');
        expect(a2Model.process('A2')).toBeUndefined();
        expect(a2Model.process('A999')).toBeUndefined();
    });

    it('returns ICOMs by kind', () => {
        expect(a2Model.icoms('A215', 'control')).toEqual([{ name: 'Stakeholder Requirements Management Framework', refs: ['A211'] }]);
        expect(a2Model.icoms('A215', 'input')).toEqual([{ name: 'Stakeholder Requirements Management Activity Data', refs: ['A212', 'A213', 'A214'] }]);
        expect(a2Model.icoms('A215', 'output')).toEqual([{ name: 'Stakeholder Requirements Management Evaluation', refs: ['A211'] }]);
        expect(a2Model.icoms('nope', 'input')).toEqual([]);
        expect(a2Model.inputsAndControls('A215').map((e) => e.name)).toEqual([
            'Stakeholder Requirements Management Activity Data',
            'Stakeholder Requirements Management Framework'
        ]);
    });

    it('marks entries without a named source as outside, and keeps "outside the model" next to ids', () => {
        expect(a2Model.icoms('A212', 'input').find((e) => e.name === 'Customer Needs')?.refs).toEqual([OUTSIDE]);
        expect(a2Model.icoms('A2', 'output').find((e) => e.name === 'Customer Output')?.refs).toEqual([OUTSIDE, 'A276']);
        expect(a2Model.icoms('A27', 'output').find((e) => e.name === 'Customer Output')?.refs).toEqual([OUTSIDE, 'A276']);
        expect(a2Model.icoms('A2', 'input').find((e) => e.name === 'Environment Information')?.refs).toEqual([OUTSIDE]);
    });

    it('uses only canonical work-product names in ICOM entries', () => {
        const names = new Set(a2Model.workProducts.map((w) => w.name));
        for (const n of a2Model.nodes) {
            for (const e of [...n.controls, ...n.inputs, ...n.outputs]) expect(names.has(e.name), `${n.id}: ${e.name}`).toBe(true);
        }
    });
});

describe('A2 reference model: work products and aliases', () => {
    it('resolves canonical names case-insensitively with normalized whitespace', () => {
        expect(a2Model.workProduct('Service Catalog')?.name).toBe('Service Catalog');
        expect(a2Model.workProduct('  service   CATALOG ')?.name).toBe('Service Catalog');
        expect(a2Model.canonicalName('slas, olas, ucs')).toBe('SLAs, OLAs, UCs');
        expect(a2Model.workProduct('Service Catalogue')).toBeUndefined();
        expect(a2Model.canonicalName('')).toBeUndefined();
    });

    it('resolves the spellings found in the book to their canonical names', () => {
        expect(a2Model.canonicalName('Customer Satisfaction Data_ Unsolicited')).toBe('Customer Satisfaction Data - Unsolicited');
        expect(a2Model.canonicalName('customer satisfaction data_ solicited')).toBe('Customer Satisfaction Data - Solicited');
        expect(a2Model.canonicalName('Stakeholder Needs_  Disqualified')).toBe('Stakeholder Needs - Disqualified');
        expect(a2Model.workProduct('Stakeholder Needs - Disqualified')?.aliases).toEqual(['Stakeholder Needs_ Disqualified']);
    });

    it('maps every name and alias to exactly one work product', () => {
        const seen = new Map<string, string>();
        for (const w of a2Model.workProducts) {
            for (const n of [w.name, ...w.aliases]) {
                expect(seen.get(normalizeName(n)), n).toBeUndefined();
                seen.set(normalizeName(n), w.name);
                expect(a2Model.canonicalName(n)).toBe(w.name);
            }
        }
    });

    it('lists producers and consumers', () => {
        expect(ids(a2Model.producersOf('Service Catalog'))).toEqual(['A2', 'A23', 'A235']);
        expect(ids(a2Model.producersOf('Stakeholder Needs_ Disqualified'))).toEqual(['A213']);
        expect(ids(a2Model.consumersOf('Stakeholder Needs - Disqualified'))).toEqual(['A214']);
        expect(ids(a2Model.producersOf('Market Analysis'))).toEqual(['A2', 'A22', 'A222']);
        expect(ids(a2Model.consumersOf('Market Analysis'))).toEqual(['A21', 'A211', 'A223', 'A23', 'A232', 'A25', 'A252', 'A26', 'A262']);
        // Consumed as a control (A225) and as an input (A226).
        expect(ids(a2Model.consumersOf('services marketing and sales collateral'))).toEqual(['A225', 'A226']);
        // Comes only from other categories.
        expect(a2Model.producersOf('IT Strategy')).toEqual([]);
        expect(a2Model.producersOf('No Such Thing')).toEqual([]);
        expect(a2Model.consumersOf('No Such Thing')).toEqual([]);
    });
});

describe('A2 reference model: flows', () => {
    it('finds work products stated on either side of a flow', () => {
        expect(a2Model.flowsBetween('A211', 'A212')).toEqual(['Stakeholder Requirements Management Framework']);
        expect(a2Model.flowsBetween('A222', 'A223')).toEqual(['Market Analysis', 'Prioritized Market Wants and Needs']);
        expect(a2Model.flowsBetween('A272', 'A273')).toEqual([
            'Customer Satisfaction Data - Unsolicited',
            'Customer Satisfaction Data - Solicited'
        ]);
        expect(a2Model.flowsBetween('A273', 'A272')).toEqual([]);
    });

    it('counts a flow stated only by the receiving side', () => {
        // A263 claims the themes come from A243; A243 lists no such output.
        expect(a2Model.flowsBetween('A243', 'A263')).toEqual(['IT Customer Transformation Themes and Evaluation Principles']);
        expect(a2Model.icoms('A243', 'output').map((e) => e.name)).not.toContain('IT Customer Transformation Themes and Evaluation Principles');
    });

    it('includes flows to and from outside the model and other categories', () => {
        expect(a2Model.flowsBetween(OUTSIDE, 'A212')).toEqual(['Customer Needs', 'Infrastructure Needs']);
        expect(a2Model.flowsBetween('A226', 'A812')).toEqual(['IT Financial Modeling Request']);
        expect(a2Model.flowsBetween('A3', 'A2')).toContain('IT Strategy');
    });

    it('lists every flow once with canonical names', () => {
        const flows = a2Model.allFlows();
        const keys = flows.map((f) => `${f.from}>${f.to}>${f.workProduct}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const f of flows) expect(a2Model.canonicalName(f.workProduct)).toBe(f.workProduct);
        expect(flows).toContainEqual({ from: 'A254', to: 'A255', workProduct: 'Service Demand Models' });
        for (const f of flows) expect(a2Model.flowsBetween(f.from, f.to)).toContain(f.workProduct);
    });
});

describe('A2ReferenceModel.fromData', () => {
    const tiny = (kind: string, aliases: string[] = []): A2ModelData => ({
        nodes: [
            { id: 'A2', name: 'Cat', kind: 'category', parent: null, order: 1, controls: [], inputs: [], outputs: [] },
            { id: 'A21', name: 'Proc', kind, parent: 'A2', order: 1, controls: [], inputs: [{ name: 'Thing_ Old', refs: ['A3'] }], outputs: [] }
        ],
        workProducts: [{ name: 'Thing - New', aliases: ['Thing_ Old', ...aliases] }]
    });

    it('builds a model from plain data and resolves aliases used in entries', () => {
        const m = A2ReferenceModel.fromData(tiny('process'));
        expect(m.node('A21')?.parent).toBe('A2');
        expect(m.node('A2')?.description).toBe('');
        expect(ids(m.consumersOf('thing - new'))).toEqual(['A21']);
        expect(m.flowsBetween('A3', 'A21')).toEqual(['Thing - New']);
    });

    it('rejects unknown node kinds', () => {
        expect(() => A2ReferenceModel.fromData(tiny('step'))).toThrow(/unknown kind "step"/);
    });

    it('rejects a name claimed by two work products', () => {
        const data = tiny('process');
        expect(() =>
            A2ReferenceModel.fromData({ ...data, workProducts: [...data.workProducts, { name: 'Other', aliases: ['THING_ OLD'] }] })
        ).toThrow(/claimed by both/);
    });
});
