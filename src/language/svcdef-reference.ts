import { isLinkingError, type AstNode, type AstNodeDescription, type CstNode, type LinkingError, type Reference } from 'langium';

/** What a reference asks to resolve itself: Langium's linker. */
export interface ReferenceResolver {
    resolveReference(reference: Reference, node: AstNode, property: string): AstNode | undefined;
}

/**
 * A cross-reference as Langium's own (resolved when first read, through the linker), with
 * every field the linker writes present from the start. Langium's reference gets the
 * description of its target added after construction, which puts that field, in every
 * one of a workspace's hundreds of thousands of references, in a separate backing store.
 */
export class SvcdefReference implements Reference {
    /** The target, a linking error, or undefined until resolved; written by the linker. */
    _ref: AstNode | LinkingError | symbol | undefined = undefined;
    /** The description the target was found by; written by the linker. */
    _nodeDescription: AstNodeDescription | undefined = undefined;

    constructor(
        private readonly resolver: ReferenceResolver,
        private readonly node: AstNode,
        private readonly property: string,
        readonly $refNode: CstNode | undefined,
        readonly $refText: string
    ) {}

    /** The node that holds the reference. */
    get container(): AstNode {
        return this.node;
    }

    get ref(): AstNode | undefined {
        return this.resolver.resolveReference(this, this.node, this.property);
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}
