import {
    CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, UriUtils, type AstNodeDescription, type AstNodeLocator,
    type Cancellation, type DocumentSegment, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription, type URI
} from 'langium';
import { INTERRUPT_EVERY_NODES } from '../ast-walk.js';
import { SvcdefReference } from '../svcdef-reference.js';

/**
 * The reverse index of references (find references, rename, which files an edit relinks)
 * that the editor keeps for every reference of the workspace: 190,000 at 10k services.
 * Langium describes each as it is indexed, with its source path as a string and its
 * segment as objects, walking the AST with a pause for every node to find them. Most of
 * those descriptions are never read. Here the references come from the list linking made,
 * and each description works out its paths and segment when they are read.
 */
export class SvcdefReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<ReferenceDescription[]> {
        const references = document.references;
        if (!references.every(reference => reference instanceof SvcdefReference)) {
            // References svcdef's parser did not make (none today): describe them as Langium does.
            return super.createDescriptions(document, cancelToken);
        }
        const descriptions: ReferenceDescription[] = [];
        for (let index = 0; index < references.length; index++) {
            if (cancelToken && index % INTERRUPT_EVERY_NODES === INTERRUPT_EVERY_NODES - 1) {
                await interruptAndCheck(cancelToken);
            }
            const reference = references[index] as SvcdefReference;
            const target = reference.$nodeDescription;
            if (target && reference.$refNode && reference.error === undefined) {
                descriptions.push(new LazyReferenceDescription(reference, document.uri, target, this.locator));
            }
        }
        return descriptions;
    }
}

/** What Langium's description of a resolved reference says, read from the reference when asked. */
class LazyReferenceDescription implements ReferenceDescription {
    constructor(
        private readonly reference: SvcdefReference,
        readonly sourceUri: URI,
        private readonly target: AstNodeDescription,
        private readonly locator: AstNodeLocator
    ) {}

    get sourcePath(): string {
        return this.locator.getAstNodePath(this.reference.container);
    }

    get targetUri(): URI {
        return this.target.documentUri;
    }

    get targetPath(): string {
        return this.target.path;
    }

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.reference.$refNode!);
    }

    get local(): boolean {
        return UriUtils.equals(this.target.documentUri, this.sourceUri);
    }
}
