import {
    Cancellation, DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI
} from 'langium';
import { hasLinkingErrors } from '../svcdef-linker.js';
import { BUILTIN_SCHEME } from '../builtin/builtin-library.js';

/** What linking a document left behind that decides whether an edit elsewhere must relink it. */
interface LinkOutcome {
    /** The other documents its references resolved into, by URI. */
    readonly targets: ReadonlySet<string>;
    readonly hasLinkingErrors: boolean;
}

/**
 * Langium's index, kept incrementally where an edit would otherwise rescan the workspace:
 *
 * - exported names are also filed by name across documents, so a global scope is a map
 *   lookup instead of a scope rebuilt from every export after each keystroke;
 * - for each linked document, the documents it refers to and whether it has linking
 *   errors, so that deciding which documents an edit relinks looks at a set per
 *   document instead of at every reference in the workspace.
 */
export class SvcdefIndexManager extends DefaultIndexManager {
    /** Exported descriptions by name, in document URI order (then export order within a document). */
    private readonly byName = new Map<string, AstNodeDescription[]>();
    private readonly linkOutcomes = new Map<string, LinkOutcome>();
    private namesAdded = new Set<string>();
    /** The names each document exported when it was last indexed, kept while it is re-indexed. */
    private readonly exportedNames = new Map<string, readonly string[]>();

    /** The first export named `name` whose type is `type` or one of its subtypes. */
    exportNamed(name: string, type: string): AstNodeDescription | undefined {
        // Asked once per reference, a million times in a large workspace: a plain loop, no closure.
        const named = this.byName.get(name);
        if (named) {
            for (const description of named) {
                if (description.type === type || this.astReflection.isSubtype(description.type, type)) {
                    return description;
                }
            }
        }
        return undefined;
    }

    /** Every export named `name` whose type is `type` or one of its subtypes. */
    exportsNamed(name: string, type: string): AstNodeDescription[] {
        return (this.byName.get(name) ?? []).filter(description => this.astReflection.isSubtype(description.type, type));
    }

    /** Undefined for a document not linked since it last changed. */
    linkOutcomeOf(document: LangiumDocument): LinkOutcome | undefined {
        return this.linkOutcomes.get(document.uri.toString());
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const uri = document.uri.toString();
        // A changed document's exports are removed before it is indexed again; its names are kept apart to compare.
        const before = new Set(this.exportedNames.get(uri));
        this.unfileNames(uri);
        await super.updateContent(document, cancelToken);
        const exports = this.symbolIndex.get(uri) ?? [];
        for (const description of exports) {
            this.fileName(description, uri);
            if (!before.has(description.name)) {
                this.namesAdded.add(description.name);
            }
        }
        this.exportedNames.set(uri, exports.map(description => description.name));
    }

    /** Forgets what a deleted document exported: declared again, its names are new again. */
    forgetDeleted(uri: URI): void {
        this.exportedNames.delete(uri.toString());
    }

    /**
     * The names documents have begun to export since the last call. A reference written
     * relative to its file's namespace (`Mail`, `EHR.Gold`) means the file's own namespace
     * first, so a name appearing elsewhere can change what a reference means although the
     * document it links to did not change.
     */
    takeNamesAdded(): ReadonlySet<string> {
        const names = this.namesAdded;
        this.namesAdded = new Set();
        return names;
    }

    override removeContent(uri: URI): void {
        this.unfileNames(uri.toString());
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            if (!reference.local) {
                targets.add(reference.targetUri.toString());
            }
        }
        const linker = this.serviceRegistry.getServices(document.uri).references.Linker;
        this.linkOutcomes.set(uri, { targets, hasLinkingErrors: hasLinkingErrors(linker, document) });
    }

    override removeReferences(uri: URI): void {
        this.linkOutcomes.delete(uri.toString());
        super.removeReferences(uri);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const outcome = this.linkOutcomeOf(document);
        if (!outcome) {
            return super.isAffected(document, changedUris);
        }
        for (const uri of changedUris) {
            if (outcome.targets.has(uri)) {
                return true;
            }
        }
        return false;
    }

    private fileName(description: AstNodeDescription, uri: string): void {
        const list = this.byName.get(description.name);
        if (!list) {
            this.byName.set(description.name, [description]);
            return;
        }
        // Keep the documents in URI order, so the first match does not depend on edit history,
        // and the built-in library last: a workspace's `priority P1` defines the built-in P1,
        // so a reference to P1 means that definition.
        const key = fileOrder(uri);
        let at = list.length;
        while (at > 0 && fileOrder(list[at - 1].documentUri.toString()) > key) {
            at--;
        }
        list.splice(at, 0, description);
    }

    private unfileNames(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const list = this.byName.get(description.name);
            if (!list) {
                continue;
            }
            const kept = list.filter(candidate => candidate !== description);
            if (kept.length === 0) {
                this.byName.delete(description.name);
            } else {
                this.byName.set(description.name, kept);
            }
        }
    }
}

/** The order in which a name's declarations are filed: workspace documents by URI, then the built-in library. */
function fileOrder(uri: string): string {
    return uri.startsWith(`${BUILTIN_SCHEME}:`) ? `\uffff${uri}` : uri;
}
