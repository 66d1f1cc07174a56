import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/svcdef-test-services.js';
import type { Service } from './generated/ast.js';
import { SvcdefLinker } from './svcdef-linker.js';
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

describe('svcdef references', () => {
    it('resolve as Langium\'s do: the target once linked, the error and no target when nothing matches', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice Mail { owner IT depends on Nothing }\n' });
        const mail = ws.document('a.svcdef').parseResult.value.elements[1] as Service;
        expect(mail.owner).toBeInstanceOf(SvcdefReference);
        expect(mail.owner?.ref?.$type).toBe('Provider');
        expect(mail.owner?.$nodeDescription?.name).toBe('IT');
        expect(mail.owner?.error).toBeUndefined();
        const [nothing] = mail.dependsOn;
        expect(nothing.ref).toBeUndefined();
        expect(nothing.error?.message).toContain('Nothing');
        expect(nothing.$nodeDescription).toBeUndefined();
    });

    it('have every field the linker writes from the start, so none is added later', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice Mail { owner IT }\n' });
        const owner = (ws.document('a.svcdef').parseResult.value.elements[1] as Service).owner!;
        const before = Object.keys(owner);
        expect(before).toEqual(expect.arrayContaining(['_ref', '_nodeDescription', '$refText', '$refNode']));
        void owner.ref;
        expect(Object.keys(owner)).toEqual(before);
    });
});
