import {
    DefaultDocumentBuilder, DocumentState, interruptAndCheck, URI, type BuildOptions, type LangiumDocument,
    type LangiumSharedCoreServices
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { SvcdefServices } from '../svcdef-module.js';
import { BuildWaiters } from './build-waiters.js';
import { SvcdefIndexManager } from './svcdef-index-manager.js';
import type { SvcdefWorkspaceIndex } from './svcdef-workspace-index.js';

/**
 * Three changes to Langium's build, all for the person typing:
 *
 * - The documents open in the editor are linked and validated before the rest. An edit
 *   relinks every file that refers to the edited one; Langium would finish that for all
 *   of them before the edited file's own diagnostics are published.
 * - svcdef's checks also look the other way ("which OLAs support this SLA?"). After each
 *   build, the documents whose checks read a fact that changed after they asked are
 *   validated again.
 * - A name that appears can change what a reference written relative to its file's
 *   namespace means; the documents that write it are linked again. Nothing else is rebuilt.
 *
 * They leave Langium's phase announcements, by which requests learn that the build got far
 * enough (`waitUntil`), incomplete; requests wait through {@link BuildWaiters} instead.
 */
export class SvcdefDocumentBuilder extends DefaultDocumentBuilder {
    private readonly waiters = new BuildWaiters();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override awaitBuilderState(state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        return this.currentState >= state ? Promise.resolve() : this.waiters.wait(state, undefined, cancelToken);
    }

    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        if (!document || document.state >= state || cancelToken.isCancellationRequested || this.currentState >= state) {
            // Langium's answers: unknown document, already there, cancelled, or left out of the build.
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return this.waiters.wait(state, uri.toString(), cancelToken).then(() => uri);
    }

    protected override async runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => unknown): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        this.waiters.buildReached(this.currentState);
    }

    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        try {
            await super.notifyDocumentPhase(document, state, cancelToken);
        } finally {
            this.waiters.documentReached(document);
        }
    }

    protected override cleanUpDeleted(document: LangiumDocument): void {
        super.cleanUpDeleted(document);
        if (this.indexManager instanceof SvcdefIndexManager) {
            this.indexManager.forgetDeleted(document.uri);
        }
        this.waiters.documentDeleted(document);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await this.buildOpenDocumentsFirst(documents, options, cancelToken);
        await super.buildDocuments(documents, options, cancelToken);
        await this.relinkWhereNamesAppeared(documents, options, cancelToken);
        const index = this.workspaceIndex();
        if (!index) {
            return;
        }
        const outdated = [...index.takeOutdatedConsumers()]
            .map(uri => this.langiumDocuments.getDocument(URI.parse(uri)))
            .filter((document): document is LangiumDocument => document !== undefined && document.state === DocumentState.Validated);
        if (outdated.length === 0) {
            return;
        }
        for (const document of outdated) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        await super.buildDocuments(outdated, options, cancelToken);
    }

    /**
     * Langium relinks a document when a document it links into changes. A name written
     * relative to the file's namespace can also come to mean an element of a document it
     * never linked into: `Mail` in `namespace acme.b` means `acme.a.Mail` until a file
     * declares `acme.b.Mail`. The documents built before this build that write a name
     * which has just appeared are linked and validated again.
     */
    private async relinkWhereNamesAppeared(built: readonly LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        const added = this.indexManager instanceof SvcdefIndexManager ? this.indexManager.takeNamesAdded() : undefined;
        if (!added || added.size === 0) {
            return;
        }
        const rebuilt = new Set(built);
        const stale = this.langiumDocuments.all
            .filter(document => !rebuilt.has(document) && document.state === DocumentState.Validated
                && document.references.some(reference => added.has(reference.$refText)))
            .toArray();
        if (stale.length === 0) {
            return;
        }
        for (const document of stale) {
            this.resetToState(document, DocumentState.ComputedScopes);
        }
        await super.buildDocuments(stale, options, cancelToken);
    }

    /**
     * Takes the open documents of this build to Validated ahead of the others, publishing
     * their diagnostics (through the document phase listeners) early. Every document is
     * parsed and its exports indexed first, so the open ones link against the whole
     * workspace. The build-wide state (`currentState`, build phase listeners) is left to
     * Langium's own pass that follows, which skips the documents already done.
     */
    private async buildOpenDocumentsFirst(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        const first = documents.filter(document => document.state < DocumentState.Validated && this.isOpen(document));
        if (first.length === 0 || first.length === documents.length) {
            return;
        }
        this.prepareBuild(documents, options);
        await this.advance(documents, DocumentState.Parsed, cancelToken, document => this.langiumDocumentFactory.update(document, cancelToken));
        await this.advance(documents, DocumentState.IndexedContent, cancelToken, document => this.indexManager.updateContent(document, cancelToken));
        await this.advance(first, DocumentState.ComputedScopes, cancelToken, async document => {
            const scopeComputation = this.serviceRegistry.getServices(document.uri).references.ScopeComputation;
            document.localSymbols = await scopeComputation.collectLocalSymbols(document, cancelToken);
        });
        const linked = first.filter(document => this.shouldLink(document));
        await this.advance(linked, DocumentState.Linked, cancelToken,
            document => this.serviceRegistry.getServices(document.uri).references.Linker.link(document, cancelToken));
        await this.advance(linked, DocumentState.IndexedReferences, cancelToken, document => this.indexManager.updateReferences(document, cancelToken));
        await this.advance(linked.filter(document => this.shouldValidate(document)), DocumentState.Validated, cancelToken, async document => {
            await this.validate(document, cancelToken);
            this.markAsCompleted(document);
        });
    }

    /** One build phase for some documents, as Langium runs it, without announcing the phase as done for the build. */
    private async advance(documents: readonly LangiumDocument[], state: DocumentState, cancelToken: CancellationToken,
        step: (document: LangiumDocument) => unknown): Promise<void> {
        for (const document of documents) {
            if (document.state < state) {
                await interruptAndCheck(cancelToken);
                await step(document);
                document.state = state;
                await this.notifyDocumentPhase(document, state, cancelToken);
            }
        }
    }

    /**
     * Langium asks every reference of every document on each edit; the index manager has
     * already summarised each linked document's references into what this needs.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const outcome = this.indexManager instanceof SvcdefIndexManager ? this.indexManager.linkOutcomeOf(document) : undefined;
        if (!outcome) {
            return super.shouldRelink(document, changedUris);
        }
        return outcome.hasLinkingErrors || this.indexManager.isAffected(document, changedUris);
    }

    private isOpen(document: LangiumDocument): boolean {
        return this.textDocuments?.get(document.uri) !== undefined;
    }

    private workspaceIndex(): SvcdefWorkspaceIndex | undefined {
        const services = this.serviceRegistry.all.find(candidate => 'settings' in candidate) as SvcdefServices | undefined;
        return services?.workspace.WorkspaceIndex;
    }
}
