import { stream, type AstNodeDescription, type Scope, type Stream } from 'langium';
import type { SvcdefIndexManager } from './workspace/svcdef-index-manager.js';

/**
 * The global scope of one reference type, answered from the index manager's by-name map
 * as it stands, so nothing is rebuilt when a document changes. Listing every candidate
 * (completion, suggestions for a misspelt name) is rarer and done once per scope.
 */
export class IndexedGlobalScope implements Scope {
    private all: AstNodeDescription[] | undefined;

    constructor(private readonly index: SvcdefIndexManager, private readonly referenceType: string) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.exportNamed(name, this.referenceType);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.exportsNamed(name, this.referenceType));
    }

    getAllElements(): Stream<AstNodeDescription> {
        this.all ??= this.index.allElements(this.referenceType).toArray();
        return stream(this.all);
    }
}
