import { AstUtils, DefaultLinker } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/svcdef-test-services.js';
import type { Service } from './generated/ast.js';
import { hasLinkingErrors, SvcdefLinker } from './svcdef-linker.js';
import { SvcdefReference } from './svcdef-reference.js';

describe('SvcdefLinker', () => {
    it('links every reference in document order, as Langium would, resolved or not', async () => {
        const { workspace, services } = createTestServices();
        const ws = await workspace({
            'p.svcdef': 'provider IT\ncustomer Finance\n',
            'a.svcdef': 'service Mail { owner IT depends on Erp, Nothing }\nservice Erp { owner IT }\n'
                + 'sla S { customer Finance services Mail, Erp target availability >= 99% for P1 }\n'
                + 'binding B implements A243 { owner IT produces "Service Catalog" { Mail } }\n'
        });
        expect(services.references.Linker).toBeInstanceOf(SvcdefLinker);
        const document = ws.document('a.svcdef');
        const expected = AstUtils.streamAst(document.parseResult.value)
            .flatMap(node => AstUtils.streamReferences(node))
            .map(info => info.reference.$refText)
            .toArray();
        expect(document.references.map(reference => reference.$refText)).toEqual(expected);
        expect(expected).toEqual(['IT', 'Erp', 'Nothing', 'IT', 'Finance', 'Mail', 'Erp', 'availability', 'P1', 'A243', 'IT', 'Service Catalog', 'Mail']);
        expect(document.references.filter(reference => reference.error).map(reference => reference.$refText)).toEqual(['Nothing']);
    });
});

describe('SvcdefLinker.hasLinkingErrors', () => {
    it('follows the references of each link: clean, then broken by an edit elsewhere, then fixed', async () => {
        const { workspace, services } = createTestServices();
        const linker = services.references.Linker as SvcdefLinker;
        const ws = await workspace({
            'p.svcdef': 'provider IT\n',
            'a.svcdef': 'service Mail { owner IT }\n'
        });
        expect(linker.hasLinkingErrors(ws.document('a.svcdef'))).toBe(false);
        expect(ws.codes('a.svcdef')).toEqual([]);

        await ws.edit('p.svcdef', 'provider Ops\n');
        expect(linker.hasLinkingErrors(ws.document('a.svcdef'))).toBe(true);
        expect(ws.codes('a.svcdef')).toEqual(['unresolved-reference']);

        await ws.edit('a.svcdef', 'service Mail { owner Ops }\n');
        expect(linker.hasLinkingErrors(ws.document('a.svcdef'))).toBe(false);
        expect(ws.codes('a.svcdef')).toEqual([]);
    });

    it('reads the references of a document that is not linked', async () => {
        const { workspace, services } = createTestServices();
        const linker = services.references.Linker as SvcdefLinker;
        const ws = await workspace({ 'a.svcdef': 'service Mail { owner Nobody }\n' });
        const document = ws.document('a.svcdef');
        linker.unlink(document);
        expect(linker.hasLinkingErrors(document)).toBe(false);
        await linker.link(document);
        expect(linker.hasLinkingErrors(document)).toBe(true);
    });
});

describe('hasLinkingErrors', () => {
    it('reads the references themselves when the linker is not svcdef\'s', async () => {
        const { workspace, services } = createTestServices();
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice Mail { owner IT }\n', 'b.svcdef': 'service Fax { owner Nobody }\n' });
        const plain = new DefaultLinker(services);
        expect(hasLinkingErrors(plain, ws.document('a.svcdef'))).toBe(false);
        expect(hasLinkingErrors(plain, ws.document('b.svcdef'))).toBe(true);
        expect(hasLinkingErrors(services.references.Linker, ws.document('b.svcdef'))).toBe(true);
    });
});

describe('svcdef references', () => {
    it('resolve as Langium\'s do: the target once linked, the error and no target when nothing matches', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice Mail { owner IT depends on Nothing }\n' });
        const mail = ws.document('a.svcdef').parseResult.value.elements[1] as Service;
        const [owner] = mail.owner;
        expect(owner).toBeInstanceOf(SvcdefReference);
        expect(owner.ref?.$type).toBe('Provider');
        expect(owner.$nodeDescription?.name).toBe('IT');
        expect(owner.error).toBeUndefined();
        const [nothing] = mail.dependsOn;
        expect(nothing.ref).toBeUndefined();
        expect(nothing.error?.message).toContain('Nothing');
        expect(nothing.$nodeDescription).toBeUndefined();
    });

    it('have every field the linker writes from the start, so none is added later', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice Mail { owner IT }\n' });
        const [owner] = (ws.document('a.svcdef').parseResult.value.elements[1] as Service).owner;
        const before = Object.keys(owner);
        expect(before).toEqual(expect.arrayContaining(['_ref', '_nodeDescription', '$refText', '$refNode']));
        void owner.ref;
        expect(Object.keys(owner)).toEqual(before);
    });
});
