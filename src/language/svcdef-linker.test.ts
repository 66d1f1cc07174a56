import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/svcdef-test-services.js';
import { SvcdefLinker } from './svcdef-linker.js';

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
