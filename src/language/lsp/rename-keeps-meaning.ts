import { type AstNode, type IndexManager, type LangiumDocuments, type ReferenceDescription, type References } from 'langium';
import { LSPErrorCodes, ResponseError, TextEdit } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { isElement, isModel, isOffering, type Element, type Offering } from '../generated/ast.js';
import { sameKindGroup } from '../kind-groups.js';
import { isWrittenRelative, namespaceOf } from '../qualified-names.js';
import { elementKey } from '../workspace/svcdef-workspace-index.js';

/** An element, or an offering, which is named through its service (`EHR.Gold`). */
type Named = Element | Offering;

/** How the references of one rename are written so that each still means what it meant. */
export interface RenameSpelling {
    /**
     * What a reference to the renamed element (or its declaration), written as `written`,
     * becomes: the new name written the same way, or with the namespace where a name
     * written relative to the file's namespace (`Mail`, or `EHR.Gold` for an offering)
     * would come to mean another element.
     */
    spellingFor(reference: ReferenceDescription, written: string): string;
    /** Edits to references that mean an element already carrying the new name. */
    readonly namesakeEdits: ReadonlyArray<{ uri: string; edit: TextEdit }>;
}

/**
 * A simple name means the element of the referring file's own namespace (the root namespace
 * in a file without one) and, failing that, the only element of its kind group that carries
 * it; otherwise it is ambiguous. Renaming an element to a name another namespace already
 * uses can therefore make a simple reference mean something else: one written for the
 * renamed element, or one written for its new namesake. Such references are written out
 * qualified instead, and where that is impossible (the element they mean has no namespace)
 * the rename is refused, naming the reference. An offering written through its service's
 * simple name (`EHR.Gold`) follows the same rule, its namesakes being the offerings of
 * that name of the other services called `EHR`.
 */
export class RenameKeepsMeaning {
    constructor(
        private readonly indexManager: IndexManager,
        private readonly references: References,
        private readonly documents: LangiumDocuments
    ) {}

    plan(target: AstNode, oldName: string, newName: string): RenameSpelling {
        const namesakes = this.namesakes(target, newName);
        const namespace = namespaceOf(target);
        const relativeName = relativeNameOf(target, newName);
        return {
            spellingFor: (reference, written) => {
                const referring = this.namespaceAt(reference);
                if (!isWrittenRelative(written, target.$type) || referring === namespace || namesakes.length === 0) {
                    return written.slice(0, written.lastIndexOf('.') + 1) + newName;
                }
                if (namespace) {
                    return `${namespace}.${relativeName}`;
                }
                const own = namesakes.filter(other => namespaceOf(other) === referring);
                const meaning = own.length === 1 ? `would then mean '${qualifiedKeyOf(own[0])}'` : 'would then be ambiguous';
                throw refusal(`'${relativeName}' in ${place(reference)} ${meaning}, and '${relativeNameOf(target, oldName)}' has no namespace to write it out with. Choose another name.`);
            },
            namesakeEdits: this.namesakeEdits(target, namesakes, oldName, newName)
        };
    }

    /**
     * References that mean the one element already called `newName`, by that simple name,
     * from a file outside its namespace: once the renamed element carries the name too, they
     * would mean the renamed element (in its namespace) or be ambiguous (anywhere else). A
     * reference that is ambiguous already is left as it is.
     */
    private namesakeEdits(target: AstNode, namesakes: readonly Named[], oldName: string, newName: string): Array<{ uri: string; edit: TextEdit }> {
        if (new Set(namesakes.map(qualifiedKeyOf)).size !== 1) {
            return [];
        }
        const relativeName = relativeNameOf(target, newName);
        const edits: Array<{ uri: string; edit: TextEdit }> = [];
        for (const namesake of namesakes) {
            const namespace = namespaceOf(namesake);
            for (const reference of this.references.findReferences(namesake, { includeDeclaration: false })) {
                const source = this.documents.getDocument(reference.sourceUri);
                const referring = this.namespaceAt(reference);
                if (!source || !isWrittenRelative(source.textDocument.getText(reference.segment.range), target.$type) || referring === namespace) {
                    continue;
                }
                if (!namespace) {
                    const meaning = referring === namespaceOf(target) ? `the renamed '${referring}.${relativeName}'` : 'either';
                    throw refusal(`'${relativeName}' in ${place(reference)} means the '${relativeName}' of the root namespace and would then mean ${meaning}, `
                        + `with no namespace to write the first out with. Choose another name for '${relativeNameOf(target, oldName)}'.`);
                }
                edits.push({ uri: reference.sourceUri.toString(), edit: TextEdit.replace(reference.segment.range, qualifiedKeyOf(namesake)) });
            }
        }
        return edits;
    }

    /**
     * The other workspace elements of the target's kind group with that simple name; for an
     * offering, the offerings of that name of the other services with its service's simple name.
     */
    private namesakes(target: AstNode, name: string): Named[] {
        const relativeName = relativeNameOf(target, name);
        const namesakes = new Set<Named>();
        for (const description of this.indexManager.allElements()) {
            // A namespaced element is exported by its relative name too, so each is found once by it.
            const other = description.node;
            if (description.name !== relativeName || other === target || !other || isBuiltinUri(description.documentUri)) {
                continue;
            }
            if (isOffering(target) ? isOffering(other) : isElement(other) && isElement(target) && sameKindGroup(other, target)) {
                namesakes.add(other as Named);
            }
        }
        return [...namesakes];
    }

    private namespaceAt(reference: ReferenceDescription): string | undefined {
        const root: AstNode | undefined = this.documents.getDocument(reference.sourceUri)?.parseResult.value;
        return isModel(root) && root.namespace ? root.namespace : undefined;
    }
}

/** `Mail` for an element, `EHR.Gold` for an offering of `EHR`: the name as written relative to a namespace. */
function relativeNameOf(target: AstNode, name: string): string {
    return isOffering(target) ? `${target.$container.name}.${name}` : name;
}

/** `acme.it.Mail`, or `acme.it.EHR.Gold` for an offering. */
function qualifiedKeyOf(named: Named): string {
    return isOffering(named) ? `${elementKey(named.$container)}.${named.name}` : elementKey(named);
}

function place(reference: ReferenceDescription): string {
    return `${reference.sourceUri.path.split('/').pop()}:${reference.segment.range.start.line + 1}`;
}

function refusal(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}
