import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type AstNodeLocator,
    type DocumentSegment, type LangiumDocument, type NameProvider, type URI
} from 'langium';

/**
 * Descriptions of exported elements that work out their path and text segments when asked.
 * Langium computes the element's path and selection range for every description up front,
 * which turns every element's syntax tree into line and column numbers while the index is
 * built; the CLI never asks for them, and the editor only for the few elements it shows.
 */
export class SvcdefAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const described = name ?? this.nameProvider.getName(node);
        if (!described) {
            throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        }
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        return new LazyNodeDescription(node, described, uri, this.nameProvider, this.astNodeLocator);
    }
}

class LazyNodeDescription implements AstNodeDescription {
    readonly type: string;
    private pathCache: string | undefined;
    private nameSegmentCache: DocumentSegment | undefined;
    private selectionSegmentCache: DocumentSegment | undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly nameProvider: NameProvider,
        private readonly locator: AstNodeLocator
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return this.pathCache ??= this.locator.getAstNodePath(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.nameSegmentCache ??= CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.selectionSegmentCache ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}
