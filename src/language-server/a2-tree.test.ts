import { describe, expect, it } from 'vitest';
import { a2Model } from '../a2/a2-reference-model.js';
import { a2Tree, type A2TreeEntry } from './a2-tree.js';
import type { BindingSite } from './binding-sites.js';
import { findTreeEntry as find } from '../../test/language-server/a2-tree-entries.js';

function binding(name: string, nodeId: string, extra: Partial<BindingSite> = {}): BindingSite {
    return {
        name,
        nodeId,
        produces: [],
        consumes: [],
        location: { uri: `file:///ws/${name}.svcdef`, range: { start: { line: 3, character: 8 }, end: { line: 3, character: 8 + name.length } } },
        ...extra
    };
}

describe('the A2 model tree', () => {
    it('has the category at the root, its processes in order, and their activities under them', () => {
        const [category, ...rest] = a2Tree(a2Model, []);
        expect(rest).toEqual([]);
        expect(category.label).toBe('A2 Customer Relationships');
        const processes = category.children.filter(child => child.kind === 'process');
        expect(processes.map(process => process.nodeId)).toEqual(['A21', 'A22', 'A23', 'A24', 'A25', 'A26', 'A27']);
        const a24 = processes[3];
        const activities = a24.children.filter(child => child.kind === 'activity');
        expect(activities.map(activity => activity.nodeId)).toEqual(a2Model.children('A24').map(node => node.id));
        expect(activities[0].label).toBe(`${activities[0].nodeId} ${a2Model.node(activities[0].nodeId!)!.name}`);
    });

    it('lists the bindings of an activity under it, opening where they are declared, and marks the others unbound', () => {
        const sla = binding('SlaAuthoring', 'A243', { title: 'Write SLAs', owner: 'CentralIT', produces: ['SLAs, OLAs, UCs'] });
        const roots = a2Tree(a2Model, [sla]);
        const a243 = find(roots, 'node:A243')!;
        expect(a243.bound).toBe(true);
        expect(a243.description).toBe('SlaAuthoring');
        const [child] = a243.children;
        expect(child.kind).toBe('binding');
        expect(child.label).toBe('SlaAuthoring');
        expect(child.description).toBe('Write SLAs · owner CentralIT');
        expect(child.location).toEqual(sla.location);
        expect(child.tooltip).toContain('produces: SLAs, OLAs, UCs');

        const a241 = find(roots, 'node:A241')!;
        expect(a241.bound).toBe(false);
        expect(a241.description).toBe('not bound');
        expect(a241.children.some(entry => entry.kind === 'binding')).toBe(false);
    });

    it('counts bound activities on processes and on the category', () => {
        const roots = a2Tree(a2Model, [binding('A', 'A243'), binding('B', 'A244'), binding('C', 'A243'), binding('P', 'A25')]);
        const total = a2Model.nodes.filter(node => node.kind === 'activity').length;
        expect(find(roots, 'node:A2')!.description).toBe(`2 of ${total} activities bound`);
        expect(find(roots, 'node:A24')!.description).toBe(`2 of ${a2Model.children('A24').length} activities bound`);
        const a25 = find(roots, 'node:A25')!;
        expect(a25.bound).toBe(true);
        expect(a25.description).toBe(`0 of ${a2Model.children('A25').length} activities bound; bound by P`);
        expect(find(roots, 'node:A243')!.children.filter(entry => entry.kind === 'binding').map(entry => entry.label)).toEqual(['A', 'C']);
    });

    it('gives each node its controls, inputs and outputs with where they come from or go to', () => {
        const icoms = find(a2Tree(a2Model, []), 'icoms:A243')!;
        const node = a2Model.node('A243')!;
        expect(icoms.children).toHaveLength(node.controls.length + node.inputs.length + node.outputs.length);
        const output = icoms.children.find(entry => entry.kind === 'output')!;
        expect(output.label).toBe(node.outputs[0].name);
        expect(output.description).toBe(`output to ${node.outputs[0].refs.join(', ')}`);
        const input = icoms.children.find(entry => entry.kind === 'input')!;
        expect(input.description).toMatch(/^input from /);
    });

    it('collects bindings of ids the model does not have in their own group', () => {
        const roots = a2Tree(a2Model, [binding('Surveys', 'A29'), binding('Ok', 'A272')]);
        const unknown = roots.find(entry => entry.kind === 'unknown-nodes')!;
        expect(unknown.children.map(entry => entry.label)).toEqual(['Surveys']);
        expect(unknown.children[0].tooltip).toContain('implements A29, which is not in the A2 model');
    });

    it('keys every entry uniquely, so the view can keep what was expanded', () => {
        const keys: string[] = [];
        const collect = (entries: readonly A2TreeEntry[]) => entries.forEach(entry => {
            keys.push(entry.key);
            collect(entry.children);
        });
        collect(a2Tree(a2Model, [binding('X', 'A243'), binding('X', 'A21')]));
        expect(new Set(keys).size).toBe(keys.length);
    });
});
