import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Element } from '../generated/ast.js';
import { DocumentFactTable, FactList, type FactKind } from './document-fact-table.js';

/** Stand-ins for AST elements: the table compares them by identity and asks for their document. */
function element(name: string, uri: string): Element {
    const root = { $type: 'Model', $document: { uri: URI.parse(uri) } };
    return { $type: 'Service', name, $container: root } as unknown as Element;
}

/** Facts written as `kind:name` keys with their elements. */
function list(facts: Array<[string, Element]>): FactList {
    const result = new FactList();
    for (const [key, element] of facts) {
        const [kind, name] = key.split(':') as [FactKind, string];
        result.add(kind, name, element);
    }
    return result;
}

/** The keys a replacement reports as changed. */
function replaced(table: DocumentFactTable, uri: string, facts: Array<[string, Element]>): Set<string> {
    const changed = new Set<string>();
    table.replace(uri, list(facts), key => changed.add(key));
    return changed;
}

/** The keys a removal reports as changed. */
function removed(table: DocumentFactTable, uri: string): Set<string> {
    const changed = new Set<string>();
    table.remove(uri, key => changed.add(key));
    return changed;
}

describe('DocumentFactTable', () => {
    it('merges the facts of every document under a key, in URI order whatever the order of filing', () => {
        const table = new DocumentFactTable();
        const [x, y, z] = [element('x', 'file:///a.svcdef'), element('y', 'file:///b.svcdef'), element('z', 'file:///b.svcdef')];
        table.replace('file:///b.svcdef', list([['simple:k', y], ['simple:k', z]]));
        table.replace('file:///a.svcdef', list([['simple:k', x]]));
        expect(table.get('simple', 'k')).toEqual([x, y, z]);
        expect(table.get('simple', 'missing')).toEqual([]);
    });

    it('never changes a list it has handed out, while it extends the ones nobody holds yet', () => {
        const table = new DocumentFactTable();
        const [a, b, c] = ['a', 'b', 'c'].map(name => element('Twin', `file:///${name}.svcdef`));
        table.replace('file:///a.svcdef', list([['simple:Twin', a]]));
        table.replace('file:///c.svcdef', list([['simple:Twin', c]]));
        const held = table.get('simple', 'Twin');
        table.replace('file:///b.svcdef', list([['simple:Twin', b]]));
        expect(held).toEqual([a, c]);
        expect(table.get('simple', 'Twin')).toEqual([a, b, c]);
        table.remove('file:///a.svcdef');
        expect(held).toEqual([a, c]);
        expect(table.get('simple', 'Twin')).toEqual([b, c]);
    });

    it('keeps URI order for a name filed by many documents in any order', () => {
        const table = new DocumentFactTable();
        const uris = Array.from({ length: 200 }, (_, i) => `file:///f${String(i).padStart(3, '0')}.svcdef`);
        const elements = new Map(uris.map(uri => [uri, element('Twin', uri)]));
        // Odd files last to first, then even ones first to last: every insertion lands inside the list.
        for (const uri of [...uris.filter((_, i) => i % 2 === 1).reverse(), ...uris.filter((_, i) => i % 2 === 0)]) {
            table.replace(uri, list([['simple:Twin', elements.get(uri)!]]));
        }
        expect(table.get('simple', 'Twin')).toEqual(uris.map(uri => elements.get(uri)));
    });

    it('reports as changed only the keys whose elements from the document differ', () => {
        const table = new DocumentFactTable();
        const [sla, ola] = [element('sla', 'file:///b.svcdef'), element('ola', 'file:///a.svcdef')];
        expect(replaced(table, 'file:///a.svcdef', [['simple:Net', ola], ['supporters:S', ola]])).toEqual(new Set(['simple:Net', 'supporters:S']));
        // Linked again, the same element now supports another SLA.
        expect(replaced(table, 'file:///a.svcdef', [['simple:Net', ola], ['supporters:T', ola]])).toEqual(new Set(['supporters:S', 'supporters:T']));
        expect(table.get('supporters', 'S')).toEqual([]);
        expect(table.get('supporters', 'T')).toEqual([ola]);
        // Parsed again: new elements under the same keys.
        const reparsed = element('ola', 'file:///a.svcdef');
        expect(replaced(table, 'file:///a.svcdef', [['simple:Net', reparsed], ['supporters:T', reparsed]])).toEqual(new Set(['simple:Net', 'supporters:T']));
        expect(replaced(table, 'file:///a.svcdef', [['simple:Net', reparsed], ['supporters:T', reparsed]])).toEqual(new Set());
        table.replace('file:///b.svcdef', list([['simple:S', sla]]));
        expect(table.get('simple', 'S')).toEqual([sla]);
    });

    it('forgets a removed document and answers from the others', () => {
        const table = new DocumentFactTable();
        const [x, y] = [element('x', 'file:///a.svcdef'), element('y', 'file:///b.svcdef')];
        table.replace('file:///a.svcdef', list([['simple:k', x]]));
        table.replace('file:///b.svcdef', list([['simple:k', y]]));
        expect(table.get('simple', 'k')).toEqual([x, y]);
        expect(removed(table, 'file:///a.svcdef')).toEqual(new Set(['simple:k']));
        expect(table.get('simple', 'k')).toEqual([y]);
        expect(removed(table, 'file:///a.svcdef')).toEqual(new Set());
    });

    it('answers a shared name with all its elements and a name filed once with none, as documents change', () => {
        const table = new DocumentFactTable();
        const [x, y] = [element('x', 'file:///a.svcdef'), element('y', 'file:///b.svcdef')];
        table.replace('file:///a.svcdef', list([['simple:Net', x], ['simple:Own', x]]));
        expect(table.getShared('simple', 'Net')).toEqual([]);
        table.replace('file:///b.svcdef', list([['simple:Net', y]]));
        expect(table.getShared('simple', 'Net')).toEqual([x, y]);
        expect(table.getShared('simple', 'Own')).toEqual([]);
        expect(table.getShared('coverage', 'Net')).toEqual([]);
        // Parsed again without the name, then removed: the name is no longer shared.
        table.replace('file:///b.svcdef', list([['simple:Other', y]]));
        expect(table.getShared('simple', 'Net')).toEqual([]);
        table.replace('file:///b.svcdef', list([['simple:Net', y]]));
        expect(table.getShared('simple', 'Net')).toEqual([x, y]);
        table.remove('file:///a.svcdef');
        expect(table.getShared('simple', 'Net')).toEqual([]);
        expect(table.get('simple', 'Net')).toEqual([y]);
    });

    it('counts two elements of one document under one name as shared', () => {
        const table = new DocumentFactTable();
        const [x, twin] = [element('x', 'file:///a.svcdef'), element('x', 'file:///a.svcdef')];
        table.replace('file:///a.svcdef', list([['simple:x', x], ['simple:x', twin]]));
        expect(table.getShared('simple', 'x')).toEqual([x, twin]);
    });
});
