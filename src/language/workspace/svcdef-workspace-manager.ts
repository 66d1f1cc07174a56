import { DefaultWorkspaceManager, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { a2Model } from '../../a2/a2-reference-model.js';
import { BUILTIN_LIBRARY_URI, builtinLibraryText } from '../builtin/builtin-library.js';

/**
 * Loads the built-in library next to the user's files, so it takes part in linking, and
 * validates the whole workspace at start-up: a catalog's problems matter in files the
 * user has not opened yet.
 */
export class SvcdefWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    override initialBuildOptions = { validation: true };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        if (!this.langiumDocuments.hasDocument(BUILTIN_LIBRARY_URI)) {
            collector(this.documentFactory.fromString(builtinLibraryText(a2Model), BUILTIN_LIBRARY_URI));
        }
    }
}
