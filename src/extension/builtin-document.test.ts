import { GrammarUtils, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { a2Model } from '../a2/a2-reference-model.js';
import { BUILTIN_LIBRARY_URI } from '../language/builtin/builtin-library.js';
import { isA2Node, isModel } from '../language/generated/ast.js';
import { createTestServices } from '../../test/svcdef-test-services.js';
import { a2DeclarationLine, BUILTIN_DOCUMENT_URI, builtinDocumentText } from './builtin-document.js';

describe('the built-in document the editor shows', () => {
    it('is the document the language server links against, so definitions land on the right line', async () => {
        const workspace = await createTestServices().workspace({});
        const document = workspace.services.shared.workspace.LangiumDocuments.getDocument(BUILTIN_LIBRARY_URI)!;
        expect(URI.parse(BUILTIN_DOCUMENT_URI).toString()).toBe(document.uri.toString());
        expect(builtinDocumentText()).toBe(document.textDocument.getText());
        const model = document.parseResult.value;
        if (!isModel(model)) throw new Error('The built-in document does not parse to a model.');
        const nodes = model.elements.filter(isA2Node);
        expect(nodes).toHaveLength(a2Model.nodes.length);
        for (const node of nodes) {
            const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')!;
            expect(a2DeclarationLine(node.name), node.name).toBe(nameNode.range.start.line);
        }
    });

    it('has no line for an id the model does not have', () => {
        expect(a2DeclarationLine('A29')).toBeUndefined();
        expect(a2DeclarationLine('A2.*')).toBeUndefined();
    });
});
