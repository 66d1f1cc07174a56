import {
    DefaultDocumentBuilder, DocumentState, URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { SvcdefServices } from '../svcdef-module.js';
import type { IndexKey, SvcdefWorkspaceIndex } from './svcdef-workspace-index.js';

/**
 * Langium re-links a document when something it references changes. svcdef's checks
 * also look the other way ("which OLAs support this SLA?"), so after each build the
 * documents whose checks asked about a fact that the changed documents add to, before
 * or after the change, are validated again. Nothing else is rebuilt.
 */
export class SvcdefDocumentBuilder extends DefaultDocumentBuilder {
    private readonly pendingKeys = new Set<IndexKey>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const index = this.workspaceIndex();
        if (index) {
            const touched = new Set([...changed, ...deleted].map(uri => uri.toString()));
            for (const document of this.langiumDocuments.all) {
                if (isUnder(document.uri.toString(), touched) && document.state >= DocumentState.Linked) {
                    for (const key of index.contributionsOf(document)) {
                        this.pendingKeys.add(key);
                    }
                }
            }
            for (const uri of deleted) {
                index.resetConsumption(uri.toString());
            }
        }
        return super.update(changed, deleted, cancelToken);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        const index = this.workspaceIndex();
        if (!index) {
            return;
        }
        const keys = new Set(this.pendingKeys);
        for (const document of documents) {
            for (const key of index.contributionsOf(document)) {
                keys.add(key);
            }
        }
        this.pendingKeys.clear();
        const built = new Set(documents.map(document => document.uri.toString()));
        const dependents = [...index.consumersOf(keys)]
            .filter(uri => !built.has(uri))
            .map(uri => this.langiumDocuments.getDocument(URI.parse(uri)))
            .filter((document): document is LangiumDocument => document !== undefined && document.state === DocumentState.Validated);
        if (dependents.length === 0) {
            return;
        }
        for (const document of dependents) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        await super.buildDocuments(dependents, options, cancelToken);
    }

    private workspaceIndex(): SvcdefWorkspaceIndex | undefined {
        const services = this.serviceRegistry.all.find(candidate => 'settings' in candidate) as SvcdefServices | undefined;
        return services?.workspace.WorkspaceIndex;
    }
}

function isUnder(uri: string, touched: ReadonlySet<string>): boolean {
    if (touched.has(uri)) {
        return true;
    }
    for (const prefix of touched) {
        if (uri.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) {
            return true;
        }
    }
    return false;
}
