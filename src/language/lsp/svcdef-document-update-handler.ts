import { URI, UriUtils, type FileSystemProvider, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices, type TextDocuments } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin/builtin-library.js';

/**
 * While a document is open its text is the editor's, whatever happens on disk; once it is
 * closed, it is the disk's. Langium keeps a closed document's last text, so closing an edit
 * without saving would leave the unsaved declarations in the workspace. On close the file
 * becomes what is on disk again, or leaves the workspace if it never was saved; the files
 * that read the discarded text are relinked and checked again by the same update an edit takes.
 */
export class SvcdefDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly langiumDocuments: LangiumDocuments;
    private readonly textDocuments: TextDocuments<TextDocument> | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.langiumDocuments = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
    }

    /**
     * An open document's text comes from the editor, so a file deleted on disk under it
     * stays in the workspace with that text (and leaves when closed unsaved). Langium
     * would drop it, and answer the next request on it by reading the missing file.
     */
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        const isOpen = (uri: URI) => this.textDocuments?.get(uri) !== undefined;
        // A deleted folder takes every document under it along: the open ones are read back from the editor.
        const inDeletedFolders = (this.textDocuments?.keys() ?? []).map(uri => URI.parse(uri))
            .filter(open => deleted.some(gone => !isOpen(gone) && UriUtils.contains(gone, open)));
        super.fireDocumentUpdate([...changed, ...inDeletedFolders], deleted.filter(uri => !isOpen(uri)));
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // The library is not the user's to change, and has no file to go back to.
        if (isBuiltinUri(uri)) {
            return;
        }
        const closedText = event.document.getText();
        this.workspaceManager.ready
            .then(() => this.savedText(uri))
            .then(saved => {
                // Saved, then closed: what the workspace holds is what is on disk.
                if (saved === closedText) {
                    return;
                }
                return this.workspaceLock.write(token => {
                    // Opened again meanwhile: the editor's text stands. Never built: nothing to undo.
                    // Taking the lock cancelled the build under way, though, and a request may be
                    // waiting for it: an update with no changes finishes it.
                    if (this.textDocuments?.get(uri) !== undefined || !this.langiumDocuments.hasDocument(uri)) {
                        return this.documentBuilder.update([], [], token);
                    }
                    return saved === undefined
                        ? this.documentBuilder.update([], [uri], token)
                        : this.documentBuilder.update([uri], [], token);
                });
            })
            .catch(error => console.error(`Could not take back the unsaved text of ${uri.toString()}:`, error));
    }

    /** The file's text on disk; undefined for a file never saved (`untitled:` among them). */
    private async savedText(uri: URI): Promise<string | undefined> {
        if (uri.scheme !== 'file') {
            return undefined;
        }
        try {
            return await this.fileSystem.readFile(uri);
        } catch {
            return undefined;
        }
    }
}
