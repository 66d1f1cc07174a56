import { GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { a2Model } from '../a2/a2-reference-model.js';
import { BUILTIN_LIBRARY_URI, BUILTIN_SCHEME as CORE_SCHEME } from '../language/builtin/builtin-library.js';
import { isA2Node, isModel } from '../language/generated/ast.js';
import { builtinLibraryOf } from '../language-server/builtin-library-request.js';
import { createTestServices } from '../../test/svcdef-test-services.js';
import { a2DeclarationLine, BUILTIN_DOCUMENT_URI, BUILTIN_SCHEME } from './builtin-document.js';

describe('the built-in document the editor shows', () => {
    it('is the document the language server links against, so definitions land on the right line', async () => {
        const workspace = await createTestServices().workspace({});
        const document = workspace.services.shared.workspace.LangiumDocuments.getDocument(BUILTIN_LIBRARY_URI)!;
        expect(BUILTIN_SCHEME).toBe(CORE_SCHEME);
        expect(BUILTIN_DOCUMENT_URI).toBe(document.uri.toString());
        const library = builtinLibraryOf(workspace.services);
        expect(library.uri).toBe(BUILTIN_DOCUMENT_URI);
        expect(library.text).toBe(document.textDocument.getText());
        const model = document.parseResult.value;
        if (!isModel(model)) throw new Error('The built-in document does not parse to a model.');
        const nodes = model.elements.filter(isA2Node);
        expect(nodes).toHaveLength(a2Model.nodes.length);
        for (const node of nodes) {
            const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')!;
            expect(a2DeclarationLine(library.text, node.name), node.name).toBe(nameNode.range.start.line);
        }
    });

    it('has no line for an id the model does not have', async () => {
        const workspace = await createTestServices().workspace({});
        const { text } = builtinLibraryOf(workspace.services);
        expect(a2DeclarationLine(text, 'A29')).toBeUndefined();
        expect(a2DeclarationLine(text, 'A2.*')).toBeUndefined();
    });
});
