import {
    Cancellation, DefaultLinker, DocumentState, interruptAndCheck, isMultiReference, isReference, type AstNode, type CstNode,
    type LangiumDocument, type Linker, type Reference
} from 'langium';
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

    /**
     * The properties of each node type that can hold references, in the order its nodes
     * have them (every node of a type is made with the same properties in the same order,
     * see `parser/ast-node-shapes.ts`); most nodes have none, and none is looked at twice.
     */
    private readonly referenceProperties = new Map<string, readonly string[]>();

    private referencePropertiesOf(node: AstNode): readonly string[] {
        let properties = this.referenceProperties.get(node.$type);
        if (!properties) {
            const metadata = this.reflection.getTypeMetaData(node.$type).properties;
            const holdsReferences = (name: string) => metadata[name]?.referenceType !== undefined;
            const inNodeOrder = Object.keys(node).filter(holdsReferences);
            // A property this node happens to lack still belongs to the type.
            properties = [...inNodeOrder, ...Object.keys(metadata).filter(name => holdsReferences(name) && !inNodeOrder.includes(name))];
            this.referenceProperties.set(node.$type, properties);
        }
        return properties;
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
            for (const property of this.referencePropertiesOf(node)) {
                const value: unknown = (node as unknown as Record<string, unknown>)[property];
                if (isReference(value) || isMultiReference(value)) {
                    this.doLink({ reference: value, container: node, property }, document);
                } else if (Array.isArray(value)) {
                    for (let index = 0; index < value.length; index++) {
                        const item: unknown = value[index];
                        if (isReference(item) || isMultiReference(item)) {
                            this.doLink({ reference: item, container: node, property, index }, document);
                        }
                    }
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

/** Whether any reference of the document failed to resolve: asked of svcdef's linker, read from the references otherwise. */
export function hasLinkingErrors(linker: Linker, document: LangiumDocument): boolean {
    return linker instanceof SvcdefLinker ? linker.hasLinkingErrors(document)
        : document.references.some(reference => reference.error !== undefined);
}
