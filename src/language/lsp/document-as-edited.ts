import { DocumentState, type LangiumDocument, type LangiumParser, type TextDocumentProvider } from 'langium';

/**
 * The document as the editor holds it at this moment, for requests whose answer is text
 * edits. Langium rebuilds a document after an edit asynchronously, and a request may run
 * before that: the syntax tree is then the previous text's while the text document (the
 * very object the editor's changes are applied to) is already the new text, so offsets
 * taken from the tree point at the wrong characters. When the two disagree the editor's
 * text is parsed on the spot; that tree is only read, never linked or indexed.
 */
export function documentAsEdited(document: LangiumDocument, textDocuments: TextDocumentProvider | undefined, parser: LangiumParser): LangiumDocument {
    const textDocument = textDocuments?.get(document.uri) ?? document.textDocument;
    const text = textDocument.getText();
    const parsedText = document.parseResult.value.$cstNode?.root.fullText;
    if (parsedText === text && document.textDocument === textDocument) {
        return document;
    }
    const parseResult = parsedText === text ? document.parseResult : parser.parse(text);
    return { uri: document.uri, textDocument, parseResult, state: DocumentState.Parsed, references: [] };
}
