import { Cancellation, DefaultLinker, DocumentState, interruptAndCheck, isMultiReference, isReference, type AstNode, type CstNode, type LangiumDocument, type Reference } from 'langium';
import { SvcdefReference, type ReferenceResolver } from './svcdef-reference.js';
import { INTERRUPT_EVERY_NODES, nodesInDocumentOrderForValidation } from './ast-walk.js';

/**
 * Links as Langium does, reference by reference in document order, but finds the
 * references with a plain walk instead of a stream of nodes, a stream of references per
 * node and a cancellation check (a promise) per node. Its references are SvcdefReferences.
 */
export class SvcdefLinker extends DefaultLinker {
    /**
     * Documents whose last complete link resolved every reference. Reporting linking errors
     * and deciding what an edit relinks ask this instead of reading every reference of a
     * document again (a million of them at 50,000 services).
     */
    private readonly resolvedFully = new WeakSet<LangiumDocument>();

    /** Whether any reference of the document failed to resolve when it was linked. */
    hasLinkingErrors(document: LangiumDocument): boolean {
        if (document.state >= DocumentState.Linked && this.resolvedFully.has(document)) {
            return false;
        }
        return document.references.some(reference => reference.error !== undefined);
    }

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new SvcdefReference(this.referenceResolver as unknown as ReferenceResolver, node, property, refNode, refText);
    }

    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        this.resolvedFully.delete(document);
        const linkedBefore = document.references.length;
        let visited = 0;
        for (const node of nodesInDocumentOrderForValidation(document.parseResult.value)) {
            if (++visited % INTERRUPT_EVERY_NODES === 0) {
                await interruptAndCheck(cancelToken);
            }
            for (const property in node) {
                if (property.startsWith('$')) {
                    continue;
                }
                const value: unknown = (node as unknown as Record<string, unknown>)[property];
                if (isReference(value) || isMultiReference(value)) {
                    this.doLink({ reference: value, container: node, property }, document);
                } else if (Array.isArray(value)) {
                    value.forEach((item: unknown, index) => {
                        if (isReference(item) || isMultiReference(item)) {
                            this.doLink({ reference: item, container: node, property, index }, document);
                        }
                    });
                }
            }
        }
        const references = document.references;
        for (let index = linkedBefore; index < references.length; index++) {
            if (references[index].error !== undefined) {
                return;
            }
        }
        if (linkedBefore === 0) {
            this.resolvedFully.add(document);
        }
    }

    override unlink(document: LangiumDocument): void {
        this.resolvedFully.delete(document);
        super.unlink(document);
    }
}
