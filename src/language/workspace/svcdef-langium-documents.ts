import { DefaultLangiumDocuments, OperationCancelled, type Cancellation, type LangiumDocument, type LangiumSharedCoreServices, type TextDocumentProvider, type URI } from 'langium';

/**
 * A request may ask for a document that left the workspace after the request began
 * waiting, such as an `untitled:` document the editor has just closed. Langium would read
 * it from disk, where an `untitled:` document never was (an internal ENOENT error to the
 * client). A document the editor holds is created from the editor's text; a saved one that
 * exists nowhere but in the file system is read from it as before; an `untitled:` one is
 * answered as cancelled, so the client asks again if it still cares.
 */
export class SvcdefLangiumDocuments extends DefaultLangiumDocuments {
    private readonly textDocuments: TextDocumentProvider | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
    }

    override async getOrCreateDocument(uri: URI, cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument> {
        const existing = this.getDocument(uri);
        if (existing) {
            return existing;
        }
        const open = this.textDocuments?.get(uri);
        if (open) {
            const created = this.langiumDocumentFactory.fromTextDocument(open);
            this.addDocument(created);
            return created;
        }
        // Saved files are not only `file:` ones: on the web they are the repository's (`vscode-vfs:`).
        if (uri.scheme === 'untitled') {
            throw OperationCancelled;
        }
        return super.getOrCreateDocument(uri, cancellationToken);
    }
}
