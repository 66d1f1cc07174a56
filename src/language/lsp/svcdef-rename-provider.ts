import {
    AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type IndexManager,
    type LangiumDocument, type LangiumDocuments
} from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, TextEdit, type Position, type Range, type RenameParams, type TextDocumentPositionParams,
    type WorkspaceEdit
} from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { isA2Node, isModel, isOffering, isPriority, isService, isWorkProduct } from '../generated/ast.js';
import { kindGroupOf } from '../kind-groups.js';
import { namespaceOf, qualifiedName } from '../qualified-names.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { RenameKeepsMeaning } from './rename-keeps-meaning.js';

const NAME = /^(?:[_a-zA-Z]\w*|[0-9]+x[0-9]+)$/;

/**
 * Renames an element everywhere it is named, including where it is named with its
 * namespace (`acme.it.Email` becomes `acme.it.Mail`, not `Mail`). A new name that would
 * not parse, that is a keyword, or that another element of its kind group already has in
 * the same namespace is refused with the reason; so are the read-only built-ins and A2
 * nodes. An offering is named through its service (`EHR.Gold`): renaming the offering
 * changes the last part, renaming the service the part before it. No reference comes to
 * mean another element (see RenameKeepsMeaning).
 */
export class SvcdefRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly indexManager: IndexManager;
    private readonly keywords: ReadonlySet<string>;
    private readonly keepsMeaning: RenameKeepsMeaning;

    constructor(services: SvcdefServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.indexManager = services.shared.workspace.IndexManager;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar)
            .filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(value => NAME.test(value)));
        this.keepsMeaning = new RenameKeepsMeaning(this.indexManager, this.references, this.documents);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        this.refuseReadOnly(target);
        const newName = this.checkedName(target, params.newName.trim());
        const oldName = (target as { name?: string }).name ?? '';
        const changes: Record<string, TextEdit[]> = {};
        const spelling = this.keepsMeaning.plan(target, oldName, newName);
        for (const { uri, edit } of spelling.namesakeEdits) {
            (changes[uri] ??= []).push(edit);
        }
        for (const reference of this.references.findReferences(target, { includeDeclaration: true })) {
            const source = this.documents.getDocument(reference.sourceUri);
            if (!source) {
                continue;
            }
            const written = source.textDocument.getText(reference.segment.range);
            (changes[reference.sourceUri.toString()] ??= []).push(TextEdit.replace(reference.segment.range, spelling.spellingFor(reference, written)));
        }
        if (isService(target)) {
            // `EHR.Gold` names the offering, but its first part is the service's name.
            for (const offering of target.offerings) {
                for (const reference of this.references.findReferences(offering, { includeDeclaration: false })) {
                    const source = this.documents.getDocument(reference.sourceUri);
                    const written = source?.textDocument.getText(reference.segment.range) ?? '';
                    const lastDot = written.lastIndexOf('.');
                    if (!source || lastDot < 0) {
                        continue;
                    }
                    const serviceStart = written.lastIndexOf('.', lastDot - 1) + 1;
                    const range = rangeAfter(source, reference.segment.offset + serviceStart, reference.segment.offset + lastDot);
                    // `EHR.Gold` names its service by the simple name, which may come to mean another service.
                    const service = serviceStart === 0 ? spelling.spellingFor(reference, written.slice(0, lastDot)) : newName;
                    (changes[reference.sourceUri.toString()] ??= []).push(TextEdit.replace(range, service));
                }
            }
        }
        return { changes };
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        this.refuseReadOnly(target);
        return this.nameRangeAt(document, params.position);
    }

    /** The element a position names, as a declaration or as a reference. */
    private targetAt(document: LangiumDocument, position: Position): AstNode | undefined {
        const leaf = this.leafAt(document, position);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private leafAt(document: LangiumDocument, position: Position): CstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        return root
            ? CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp)
            : undefined;
    }

    /**
     * For `acme.it.Email`, the range of `Email` wherever in the qualified name the cursor is:
     * a qualified name is one token, and only its last segment is the element's name.
     */
    private nameRangeAt(document: LangiumDocument, position: Position): Range | undefined {
        const leaf = this.leafAt(document, position);
        if (!leaf) {
            return undefined;
        }
        const lastDot = isReferenceNode(leaf) ? leaf.text.lastIndexOf('.') : -1;
        return lastDot < 0 ? leaf.range : rangeAfter(document, leaf.offset + lastDot + 1, leaf.end);
    }

    private refuseReadOnly(target: AstNode): void {
        if (isA2Node(target) || isWorkProduct(target)) {
            throw refusal(`'${target.name}' belongs to the PRM-IT A2 reference model, which is built in and cannot be renamed.`);
        }
        if (isBuiltinUri(AstUtils.getDocument(target).uri)) {
            throw refusal(`'${(target as { name?: string }).name}' is part of svcdef's built-in library and cannot be renamed.`);
        }
    }

    private checkedName(target: AstNode, requested: string): string {
        const namespace = namespaceOf(target);
        // Accept the qualified spelling of the new name as long as it stays in the element's namespace.
        const simple = namespace && requested.startsWith(`${namespace}.`) ? requested.slice(namespace.length + 1) : requested;
        if (!NAME.test(simple)) {
            throw refusal(`'${requested}' is not a valid name: use letters, digits and '_', starting with a letter or '_'`
                + `${requested.includes('.') ? '; the namespace comes from the file\'s namespace declaration' : ''}.`);
        }
        if (this.keywords.has(simple)) {
            throw refusal(`'${simple}' is a keyword of svcdef and cannot be used as a name. Choose another name.`);
        }
        const clash = this.clashFor(target, simple);
        if (clash) {
            throw refusal(clash);
        }
        return simple;
    }

    private clashFor(target: AstNode, simple: string): string | undefined {
        if (isOffering(target)) {
            const sibling = target.$container.offerings.find(offering => offering !== target && offering.name === simple);
            return sibling ? `Service '${target.$container.name}' already has an offering named '${simple}'.` : undefined;
        }
        if (!isModel(target.$container)) {
            return undefined;
        }
        const current = qualifiedName(target as AstNode & { name?: string });
        const namespace = namespaceOf(target);
        const wanted = namespace ? `${namespace}.${simple}` : simple;
        if (wanted === current) {
            return undefined;
        }
        for (const description of this.indexManager.allElements()) {
            const builtin = isBuiltinUri(description.documentUri);
            if ((builtin ? description.name !== simple : description.name !== wanted)
                || kindGroupOf(description.type) !== kindGroupOf(target.$type)) {
                // Names are unique per kind group: a customer and a service may share one.
                continue;
            }
            if (builtin && isPriority(target)) {
                // A workspace `priority P1` defines the built-in P1 rather than clashing with it.
                continue;
            }
            // A namespaced element is also exported by its simple name; only its qualified name can clash here.
            if (!builtin && description.node && qualifiedName(description.node as AstNode & { name?: string }) !== wanted) {
                continue;
            }
            const where = builtin
                ? 'in the built-in library'
                : `in ${description.documentUri.path.split('/').pop()}:${(description.nameSegment?.range.start.line ?? 0) + 1}`;
            return `'${wanted}' is already declared ${where}. Choose a name that no other element in the namespace has.`;
        }
        return undefined;
    }
}

function refusal(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

function isReferenceNode(node: CstNode): boolean {
    return GrammarAST.isCrossReference(node.grammarSource);
}

function rangeAfter(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
