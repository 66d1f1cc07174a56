/*
 * Reciprocity rule
 * ----------------
 * A *stated flow* is one reference on one ICOM entry: node S lists work product W as an output
 * "To: T", or as an input/control "From: T". The statement is checked when T is another node
 * of A2 and neither S nor T contains the other.
 *
 * References to an ancestor or descendant are skipped because in the book they are context,
 * not flows: "From: A2 A23 A235" names the category and process that contain the activity
 * actually meant, and a process's own ICOMs are the IDEF0 boundary arrows of its activities
 * (A22 takes "Sales Leads From: A224", A27 sends "Customer Output To: A276").
 * Everything else is checked at face value, whatever the level: activity to activity
 * (A266 -> A244), process to activity (A26 -> A244), and process to process.
 *
 * - S output W "To: T"           -> T must list W among its inputs or controls, else
 *                                   { from: S, to: T, missingSide: 'input-of-to' }.
 * - S input/control W "From: T"  -> T must list W among its outputs, else
 *                                   { from: T, to: S, missingSide: 'output-of-from' }.
 *
 * The result must equal a2-flow-inconsistencies.json exactly (apart from the prose reason).
 */
import { describe, expect, it } from 'vitest';
import { a2Model, type A2ReferenceModel } from './a2-reference-model.js';
import committed from './a2-flow-inconsistencies.json' with { type: 'json' };

type MissingSide = 'output-of-from' | 'input-of-to';

interface Inconsistency {
    from: string;
    to: string;
    workProduct: string;
    missingSide: MissingSide;
}

function contains(ancestor: string, id: string): boolean {
    return id.length > ancestor.length && id.startsWith(ancestor);
}

function findInconsistencies(model: A2ReferenceModel): Inconsistency[] {
    const found = new Map<string, Inconsistency>();
    const add = (i: Inconsistency): void => {
        found.set(`${i.from}|${i.to}|${i.workProduct}|${i.missingSide}`, i);
    };
    for (const s of model.nodes) {
        const checked = (ref: string): boolean =>
            ref !== s.id && model.node(ref) !== undefined && !contains(ref, s.id) && !contains(s.id, ref);
        for (const e of s.outputs) {
            for (const t of e.refs.filter(checked)) {
                if (!model.inputsAndControls(t).some((x) => x.name === e.name)) {
                    add({ from: s.id, to: t, workProduct: e.name, missingSide: 'input-of-to' });
                }
            }
        }
        for (const e of model.inputsAndControls(s.id)) {
            for (const t of e.refs.filter(checked)) {
                if (!model.icoms(t, 'output').some((x) => x.name === e.name)) {
                    add({ from: t, to: s.id, workProduct: e.name, missingSide: 'output-of-from' });
                }
            }
        }
    }
    return sorted([...found.values()]);
}

function sorted(list: Inconsistency[]): Inconsistency[] {
    const key = (i: Inconsistency): string => `${i.from}|${i.to}|${i.workProduct}|${i.missingSide}`;
    return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('A2 flow reciprocity', () => {
    it('finds exactly the committed inconsistencies', () => {
        const expected = sorted(
            committed.map(({ from, to, workProduct, missingSide }) => ({ from, to, workProduct, missingSide: missingSide as MissingSide }))
        );
        expect(findInconsistencies(a2Model)).toEqual(expected);
    });

    it('explains every committed inconsistency', () => {
        for (const c of committed) {
            expect(['output-of-from', 'input-of-to']).toContain(c.missingSide);
            expect(c.reason.split(/\s+/).length, `${c.from}->${c.to}`).toBeGreaterThanOrEqual(8);
            expect(a2Model.canonicalName(c.workProduct)).toBe(c.workProduct);
        }
    });

    it('ignores references to containing or contained nodes', () => {
        // A224 sends Sales Leads "To: A22 A225"; A22 is its own process, so only A225 is checked.
        expect(a2Model.icoms('A224', 'output').find((e) => e.name === 'Sales Leads')?.refs).toEqual(['A22', 'A225']);
        expect(findInconsistencies(a2Model).filter((i) => i.workProduct === 'Sales Leads')).toEqual([]);
    });
});
