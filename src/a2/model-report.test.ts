import { describe, expect, it } from 'vitest';
import { A2ReferenceModel, a2Model, type A2ModelData } from './a2-reference-model.js';
import { UnknownNodeError, describeNode, modelAsJson, suggestNodeIds } from './model-report.js';

const tinyData: A2ModelData = {
    nodes: [
        { id: 'A2', name: 'Customer Relationships', kind: 'category', parent: null, order: 1, description: 'The category.', controls: [], inputs: [], outputs: [] },
        { id: 'A24', name: 'Service Level Management', kind: 'process', parent: 'A2', order: 1, description: 'The process.', controls: [], inputs: [], outputs: [] },
        {
            id: 'A243',
            name: 'Create and Maintain Service Level Agreements',
            kind: 'activity',
            parent: 'A24',
            order: 3,
            description: 'Agrees the SLAs.',
            controls: [{ name: 'Service Improvement Plan', refs: ['A246'] }],
            inputs: [{ name: 'Service Level Requirements', refs: ['outside'] }],
            outputs: [{ name: 'SLAs, OLAs, UCs', refs: ['A246', 'A3', 'outside'] }]
        },
        { id: 'A246', name: 'Formulate Service Improvement Plan', kind: 'activity', parent: 'A24', order: 6, description: 'Plans improvements.', controls: [], inputs: [], outputs: [] }
    ],
    workProducts: [
        { name: 'Service Improvement Plan' },
        { name: 'Service Level Requirements' },
        { name: 'SLAs, OLAs, UCs' }
    ]
};
const tiny = A2ReferenceModel.fromData(tinyData);

describe('modelAsJson', () => {
    it('prints nodes with keys in a fixed order and null for the root parent', () => {
        expect(modelAsJson(tiny)).toBe(
            JSON.stringify(
                {
                    nodes: [
                        { id: 'A2', name: 'Customer Relationships', kind: 'category', parent: null, controls: [], inputs: [], outputs: [] },
                        { id: 'A24', name: 'Service Level Management', kind: 'process', parent: 'A2', controls: [], inputs: [], outputs: [] },
                        {
                            id: 'A243',
                            name: 'Create and Maintain Service Level Agreements',
                            kind: 'activity',
                            parent: 'A24',
                            controls: [{ name: 'Service Improvement Plan', refs: ['A246'] }],
                            inputs: [{ name: 'Service Level Requirements', refs: ['outside'] }],
                            outputs: [{ name: 'SLAs, OLAs, UCs', refs: ['A246', 'A3', 'outside'] }]
                        },
                        { id: 'A246', name: 'Formulate Service Improvement Plan', kind: 'activity', parent: 'A24', controls: [], inputs: [], outputs: [] }
                    ]
                },
                null,
                2
            )
        );
    });

    it('covers the whole A2 model', () => {
        const parsed = JSON.parse(modelAsJson(a2Model)) as { nodes: Record<string, unknown>[] };
        expect(parsed.nodes).toHaveLength(57);
        expect(parsed.nodes[0]).toMatchObject({ id: 'A2', kind: 'category', parent: null });
        const a243 = parsed.nodes.find((n) => n['id'] === 'A243')!;
        expect(Object.keys(a243)).toEqual(['id', 'name', 'kind', 'parent', 'controls', 'inputs', 'outputs']);
        expect(a243['controls']).toContainEqual({ name: 'Service Level Stakeholder Register', refs: ['A242'] });
        expect(modelAsJson(a2Model).startsWith('{\n  "nodes": [\n    {\n      "id": "A2",')).toBe(true);
    });
});

describe('describeNode', () => {
    it('renders a node with parent, description and ICOM sources and destinations', () => {
        expect(describeNode(tiny, 'A243')).toBe(
            [
                'A243 Create and Maintain Service Level Agreements',
                'Kind: activity',
                'Parent: A24 (Service Level Management)',
                'Description: Agrees the SLAs.',
                '',
                'Controls:',
                '  - Service Improvement Plan: from A246 (Formulate Service Improvement Plan)',
                '',
                'Inputs:',
                '  - Service Level Requirements: from outside the model',
                '',
                'Outputs:',
                '  - SLAs, OLAs, UCs: to A246 (Formulate Service Improvement Plan), A3, outside the model',
                ''
            ].join('\n')
        );
    });

    it('lists children of a process and shows empty sections', () => {
        expect(describeNode(tiny, 'A24')).toBe(
            [
                'A24 Service Level Management',
                'Kind: process',
                'Parent: A2 (Customer Relationships)',
                'Description: The process.',
                '',
                'Activities:',
                '  A243 Create and Maintain Service Level Agreements',
                '  A246 Formulate Service Improvement Plan',
                '',
                'Controls:',
                '  (none)',
                '',
                'Inputs:',
                '  (none)',
                '',
                'Outputs:',
                '  (none)',
                ''
            ].join('\n')
        );
    });

    it('describes real nodes, the category included', () => {
        const a243 = describeNode(a2Model, 'A243');
        expect(a243).toContain('Parent: A24 (Service Level Management)');
        expect(a243).toContain('  - Service Level Stakeholder Register: from A242 (Develop Service Level Relationships)');
        expect(a243).toContain('  - Business Strategy: from outside the model');
        expect(a243).toContain('  - Service Review Results: from A24 (Service Level Management), A245 (Conduct Service Review)');
        const a2 = describeNode(a2Model, 'A2');
        expect(a2).toContain('Parent: (none)');
        expect(a2).toContain('Processes:\n  A21 Stakeholder Requirements Management\n');
        expect(a2).toContain('  - Customer Output: to outside the model, A276 (Communicate Customer Satisfaction Management Results)');
    });

    it('accepts ids in any case', () => {
        expect(describeNode(a2Model, 'a243')).toBe(describeNode(a2Model, 'A243'));
    });

    it('throws UnknownNodeError with suggestions for unknown ids', () => {
        let error: unknown;
        try {
            describeNode(a2Model, 'A2433');
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(UnknownNodeError);
        const err = error as UnknownNodeError;
        expect(err.name).toBe('UnknownNodeError');
        expect(err.id).toBe('A2433');
        expect(err.suggestions[0]).toBe('A243');
        expect(err.message).toMatch(/^Unknown A2 node "A2433"\. Did you mean: A243/);
    });

    it('suggests nodes by name', () => {
        expect(suggestNodeIds(a2Model, 'Conduct Service Reviw')).toEqual(['A245']);
        expect(suggestNodeIds(a2Model, 'service review')[0]).toBe('A245');
        expect(() => describeNode(a2Model, 'Publish Service Catalogue')).toThrow(/Did you mean: A235/);
        expect(suggestNodeIds(a2Model, 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')).toEqual([]);
        expect(new UnknownNodeError('x', []).message).toBe('Unknown A2 node "x".');
    });
});
