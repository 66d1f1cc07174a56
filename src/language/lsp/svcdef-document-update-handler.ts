import { URI, UriUtils, type FileSystemProvider, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices, type TextDocuments } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { isCalendar, isModel } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import type { HolidayFiles } from '../time/holiday-files.js';

/**
 * While a document is open its text is the editor's, whatever happens on disk; once it is
 * closed, it is the disk's. Langium keeps a closed document's last text, so closing an edit
 * without saving would leave the unsaved declarations in the workspace. On close the file
 * becomes what is on disk again, or leaves the workspace if it never was saved; the files
 * that read the discarded text are relinked and checked again by the same update an edit takes.
 *
 * The iCalendar files that calendars take holidays from are watched like sources, but are
 * no svcdef documents: when one changes, appears or goes, it is read again and the
 * documents whose calendars name it are rebuilt, with the files that refer to them.
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
     * An editor that sends every file it opens sends .ics files too: they are no svcdef
     * documents, and count as saved (the watcher reports the save).
     */
    override didChangeContent(change: Parameters<DefaultDocumentUpdateHandler['didChangeContent']>[0]): void {
        if (!this.isHolidayFile(URI.parse(change.document.uri))) {
            super.didChangeContent(change);
        }
    }

    /**
     * An open document's text comes from the editor, so a file deleted on disk under it
     * stays in the workspace with that text (and leaves when closed unsaved). Langium
     * would drop it, and answer the next request on it by reading the missing file.
     */
    protected override fireDocumentUpdate(changedFiles: URI[], deletedFiles: URI[]): void {
        this.rereadHolidayFiles([...changedFiles, ...deletedFiles]);
        // Holidays files are read by the calendars that name them, never as svcdef documents.
        const changed = changedFiles.filter(uri => !this.isHolidayFile(uri));
        const deleted = deletedFiles.filter(uri => !this.isHolidayFile(uri));
        if (changed.length === 0 && deleted.length === 0 && changedFiles.length + deletedFiles.length > 0) {
            return;
        }
        const isOpen = (uri: URI) => this.textDocuments?.get(uri) !== undefined;
        // A deleted folder takes every document under it along: the open ones are read back from the editor.
        const inDeletedFolders = (this.textDocuments?.keys() ?? []).map(uri => URI.parse(uri))
            .filter(open => !this.isHolidayFile(open) && deleted.some(gone => !isOpen(gone) && UriUtils.contains(gone, open)));
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

    /**
     * Forgets what was read from the holidays files at or below the changed places, and
     * rebuilds the documents whose calendars name one of them: rebuilt, not only validated
     * again, since calendars are read into models once per parsed node. Every holidays file
     * the workspace names has been read by its check, so a file never read is named nowhere.
     */
    private rereadHolidayFiles(uris: readonly URI[]): void {
        const holidayFiles = this.holidayFiles();
        if (!holidayFiles || uris.length === 0) {
            return;
        }
        const reread = uris.flatMap(uri => holidayFiles.readWithin(uri));
        if (reread.length === 0) {
            return;
        }
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => {
                reread.forEach(uri => holidayFiles.forget(uri));
                return this.documentBuilder.update(this.documentsNaming(reread, holidayFiles), [], token);
            }))
            .catch(error => console.error(`Could not read the changed holidays files ${reread.join(', ')} again:`, error));
    }

    /** The documents with a calendar whose `holidays` line names one of the files. */
    private documentsNaming(files: readonly URI[], holidayFiles: HolidayFiles): URI[] {
        const named = new Set(files.map(uri => UriUtils.normalize(uri)));
        const names = (document: { parseResult: { value: unknown } }) => {
            const model = document.parseResult.value;
            return isModel(model) && model.elements.some(element => isCalendar(element) && element.holidayFiles.some(file => {
                const uri = holidayFiles.uriOf(file);
                return uri !== undefined && named.has(UriUtils.normalize(uri));
            }));
        };
        return this.langiumDocuments.all.filter(names).map(document => document.uri).toArray();
    }

    /** `.ics` files, and any other file a calendar read holidays from, but never a `.svcdef` file. */
    private isHolidayFile(uri: URI): boolean {
        return /\.ics$/i.test(uri.path) || (!/\.svcdef$/i.test(uri.path) && (this.holidayFiles()?.has(uri) ?? false));
    }

    /** The svcdef language's reader of holidays files; the registry is filled after the shared services are made. */
    private holidayFiles(): HolidayFiles | undefined {
        const svcdef = this.serviceRegistry.all.find(services => 'time' in services) as SvcdefServices | undefined;
        return svcdef?.time.HolidayFiles;
    }

    /**
     * The file's saved text; undefined for a file never saved. Saved files are not only
     * `file:` ones: on the web they are the repository's (`vscode-vfs:` on github.dev).
     */
    private async savedText(uri: URI): Promise<string | undefined> {
        if (uri.scheme === 'untitled') {
            return undefined;
        }
        try {
            return await this.fileSystem.readFile(uri);
        } catch {
            return undefined;
        }
    }
}
