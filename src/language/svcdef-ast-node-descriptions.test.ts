import { DefaultAstNodeDescriptionProvider, type AstNodeDescription } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/svcdef-test-services.js';
import { SvcdefAstNodeDescriptionProvider } from './svcdef-ast-node-descriptions.js';

const FILES = {
    'mail.svcdef': 'namespace acme.it\n\n// the mail service\nservice Email "E-mail" {\n  status live\n  owner CentralIT\n}\nprovider CentralIT "Central IT"\n',
    'sla.svcdef': 'customer Sales\nsla MailSla "Mail" {\n  customer Sales\n  services acme.it.Email\n  target availability >= 99.5% per month\n}\n'
};

/** What a description says, read through its interface (getters included). */
function contents(description: AstNodeDescription) {
    return {
        node: description.node,
        name: description.name,
        type: description.type,
        documentUri: description.documentUri.toString(),
        path: description.path,
        nameSegment: description.nameSegment,
        selectionSegment: description.selectionSegment
    };
}

describe('the descriptions of exported elements', () => {
    it('are made by the svcdef description provider', () => {
        const { services } = createTestServices();
        expect(services.workspace.AstNodeDescriptionProvider).toBeInstanceOf(SvcdefAstNodeDescriptionProvider);
    });

    it('say what Langium\'s own descriptions say: node, name, type, document, path and segments', async () => {
        const { services, workspace } = createTestServices();
        await workspace(FILES);
        const langium = new DefaultAstNodeDescriptionProvider(services);
        const exported = services.shared.workspace.IndexManager.allElements()
            .filter(description => description.documentUri.scheme === 'file').toArray();
        expect(exported.map(description => description.name).sort()).toEqual(
            ['CentralIT', 'Email', 'MailSla', 'Sales', 'acme.it.CentralIT', 'acme.it.Email']);
        for (const description of exported) {
            const expected = langium.createDescription(description.node!, description.name);
            expect(contents(description)).toEqual(contents(expected));
            expect(description.nameSegment?.range.start.line).toBeGreaterThanOrEqual(0);
        }
    });

    it('refuse an element without a name, as Langium does', async () => {
        const { services, workspace } = createTestServices();
        const ws = await workspace(FILES);
        const target = ws.document('sla.svcdef').parseResult.value.elements[1];
        expect(() => services.workspace.AstNodeDescriptionProvider.createDescription({ $type: 'Sla', $container: target.$container, $containerProperty: 'elements', $containerIndex: 1 } as never, undefined))
            .toThrow('Node at path /elements@1 has no name.');
    });
});
