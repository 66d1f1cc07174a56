/**
 * The workspace's `.svcdef` files as saved on disk, parsed and linked by the same language
 * core the language server runs. The catalog commands, the catalog preview and the A2
 * model view read from it. It follows file events rather than keystrokes, so what they
 * show is what a commit of the workspace would publish.
 *
 * Nothing here depends on VS Code: the extension feeds it folder and file URIs.
 */
import { AstUtils, GrammarUtils, URI, type FileSystemProvider, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { buildCatalog, catalogSourcesOf, type Catalog } from '../generator/catalog-model.js';
import { isBuiltinUri } from '../language/builtin/builtin-library.js';
import { isBinding, isModel, type Model } from '../language/generated/ast.js';
import { qualifiedName } from '../language/qualified-names.js';
import { single } from '../language/single-valued-properties.js';
import { createSvcdefServices, type SvcdefServices } from '../language/svcdef-module.js';
import { elementSource, type PageElement } from './element-sources.js';

export interface WorkspaceFolderRef {
    readonly name: string;
    /** URI string of the folder. */
    readonly uri: string;
}

/** A zero-based position range, as LSP and VS Code count. */
export interface SourceRange {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

export interface SourceLocation {
    /** URI string of the file. */
    readonly uri: string;
    readonly range: SourceRange;
}

/** A `binding` of the workspace, as the A2 model view lists it. */
export interface BindingSite {
    readonly name: string;
    readonly title?: string;
    /** The A2 node id as written after `implements`, whether or not the model has it. */
    readonly nodeId: string;
    readonly owner?: string;
    /** The work products it produces and consumes, as written. */
    readonly produces: readonly string[];
    readonly consumes: readonly string[];
    /** Where its name is declared. */
    readonly location: SourceLocation;
}

export class CatalogWorkspace {
    private constructor(
        private readonly shared: LangiumSharedServices,
        private readonly services: SvcdefServices
    ) {}

    /**
     * Reads the `.svcdef` files under the folders that the language server reads: those
     * WorkspaceInclusionRule admits under each folder's `svcdef.json`.
     */
    static async open(folders: readonly WorkspaceFolderRef[], fileSystem: { fileSystemProvider: () => FileSystemProvider }): Promise<CatalogWorkspace> {
        const { shared, Svcdef } = createSvcdefServices(fileSystem);
        // Checks are the language server's job; generation and the views only need linking.
        shared.workspace.WorkspaceManager.initialBuildOptions = { validation: false };
        shared.workspace.DocumentBuilder.updateBuildOptions = { validation: false };
        await shared.workspace.WorkspaceLock.write(token =>
            shared.workspace.WorkspaceManager.initializeWorkspace([...folders], token));
        return new CatalogWorkspace(shared, Svcdef);
    }

    get a2(): A2ReferenceModel {
        return this.services.a2.Model;
    }

    /**
     * Re-reads changed files (new ones included) and forgets deleted ones; a deleted
     * folder takes every file under it along. Updates run one after another.
     */
    async update(changed: readonly string[], deleted: readonly string[]): Promise<void> {
        if (changed.length === 0 && deleted.length === 0) {
            return;
        }
        const builder = this.shared.workspace.DocumentBuilder;
        await this.shared.workspace.WorkspaceLock.write(token =>
            builder.update(changed.map(uri => URI.parse(uri)), deleted.map(uri => URI.parse(uri)), token));
    }

    /** URI strings of the user's files in the workspace, sorted. */
    async files(): Promise<string[]> {
        return this.read(documents => documents.map(document => document.uri.toString()).sort());
    }

    /** The catalog model of the whole workspace, as the generators take it. */
    async catalog(): Promise<Catalog> {
        return this.read(documents => buildCatalog(
            documents.map(document => document.parseResult.value),
            catalogSourcesOf(this.services)));
    }

    /** Where a service or agreement of the catalog is declared, by its catalog id (for the preview's Go to Source). */
    async elementSource(element: PageElement): Promise<SourceLocation | undefined> {
        return this.read(documents => elementSource(documents.map(document => document.parseResult.value), element));
    }

    /** Every binding of the workspace, sorted by name. */
    async bindings(): Promise<BindingSite[]> {
        return this.read(documents => documents
            .flatMap(document => document.parseResult.value.elements.filter(isBinding).map(binding => {
                const nameNode = GrammarUtils.findNodeForProperty(binding.$cstNode, 'name') ?? binding.$cstNode;
                const owner = single(binding.owner);
                const site: BindingSite = {
                    name: binding.name,
                    title: binding.title,
                    nodeId: binding.node?.$refText ?? '',
                    owner: owner?.ref ? qualifiedName(owner.ref) : owner?.$refText,
                    produces: binding.produces.map(produces => produces.workProduct?.$refText ?? '').filter(text => text !== ''),
                    consumes: binding.consumes.map(consumes => consumes.$refText).filter(text => text !== ''),
                    location: {
                        uri: AstUtils.getDocument(binding).uri.toString(),
                        range: nameNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
                    }
                };
                return site;
            }))
            .filter(site => site.name !== undefined && site.name !== '')
            .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.location.uri.localeCompare(b.location.uri)));
    }

    /** Runs a read once pending updates are built, over the user's documents. */
    private read<T>(action: (documents: LangiumDocument<Model>[]) => T): Promise<T> {
        return this.shared.workspace.WorkspaceLock.read(() => action(this.shared.workspace.LangiumDocuments.all
            .filter(document => !isBuiltinUri(document.uri) && isModel(document.parseResult?.value))
            .toArray() as LangiumDocument<Model>[]));
    }
}

