import { DefaultServiceRegistry, UriUtils, type LangiumCoreServices, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Langium tells a document's language by the language id the editor opened it with while
 * it is open, and by its file name otherwise. A document opened as svcdef under another
 * name (`untitled:Untitled-1`, a `notes.txt` switched to svcdef) is still in the workspace
 * after it is closed, for good if its text is saved, until the close is handled if not;
 * a build that meets it then finds no language, fails, and takes the server down. Here a
 * document keeps the language the editor last opened it with.
 */
export class SvcdefServiceRegistry extends DefaultServiceRegistry {
    /** Language ids by normalized URI, for every document the editor has opened. */
    private readonly openedAs = new Map<string, string>();

    constructor(services: LangiumSharedServices) {
        super(services);
        services.workspace.TextDocuments.onDidOpen(({ document }) => {
            this.openedAs.set(UriUtils.normalize(document.uri), document.languageId);
        });
    }

    override getServices(uri: URI): LangiumCoreServices {
        const languageId = this.openedAs.get(UriUtils.normalize(uri));
        const services = languageId === undefined ? undefined : this.languageIdMap.get(languageId);
        return services ?? super.getServices(uri);
    }
}
