import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { BUILTIN_CALENDARS, BUILTIN_METRICS, BUILTIN_PRIORITIES } from '../builtin/standard-library.js';
import { isElement, type A2Node, type Agreement, type Element, type Model, type Service, type WorkProduct } from '../generated/ast.js';
import { namespaceOf } from '../qualified-names.js';
import { nodesWithRepeatedProperties } from '../svcdef-parser.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

const BUILTIN_NAMES = new Set([...BUILTIN_METRICS, ...BUILTIN_CALENDARS, ...BUILTIN_PRIORITIES].map(entry => entry.name));

/** Names must be unique and the parties an agreement needs must be named. */
export class LinkChecks {
    constructor(private readonly index: SvcdefWorkspaceIndex) {}

    checkMissingParty(agreement: Agreement, accept: ValidationAcceptor): void {
        const [kind, keyword, present] = agreement.$type === 'Sla' ? ['SLA', 'customer', agreement.customer]
            : agreement.$type === 'Ola' ? ['OLA', 'unit', agreement.unit]
                : ['UC', 'supplier', agreement.supplier];
        if (!present) {
            report(accept, 'missing-party',
                `${kind} '${agreement.name}' names no ${keyword}. Add a '${keyword} <name>' line saying who the ${kind} is agreed with.`,
                { node: agreement, property: 'name', extra: { keyword } });
        }
    }

    checkUniqueName(element: Element, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(element);
        const qualified = elementKey(element);
        const others = this.index.otherElementsNamedAs(element, document);
        if (others.length > 0) {
            const other = others[0];
            const where = locationOf(other);
            report(accept, 'duplicate-name',
                `'${qualified}' is declared more than once (also ${where}). Rename one of them or move it into another namespace.`,
                { node: element, property: 'name' });
        } else if (BUILTIN_NAMES.has(qualified)) {
            report(accept, 'duplicate-name',
                `'${qualified}' is already a built-in name of svcdef. Choose another name.`,
                { node: element, property: 'name' });
        }
    }

    /**
     * A simple name shared by elements of several namespaces links to one of them only by
     * accident of lookup order; unless one is in the referring file's own namespace, the
     * user has to say which by writing the qualified name.
     */
    checkAmbiguousReferences(model: Model, accept: ValidationAcceptor): void {
        if (!this.index.mayHaveSharedSimpleNames()) {
            return;
        }
        const document = AstUtils.getDocument(model);
        // Files name the same few parties, metrics and services over and over: ask once per name.
        const shared = new Map<string, readonly Element[]>();
        for (const reference of document.references) {
            const written = reference.$refText;
            if (written.includes('.')) {
                continue;
            }
            let named = shared.get(written);
            if (!named) {
                named = this.index.elementsSharingSimpleName(written, document);
                shared.set(written, named);
            }
            if (named.length < 2) {
                continue;
            }
            const target = 'ref' in reference ? reference.ref : undefined;
            if (!target || !isElement(target)) {
                continue;
            }
            const candidates = named.filter(candidate => candidate.$type === target.$type || sameKindFamily(candidate, target));
            const qualified = [...new Set(candidates.map(elementKey))].sort();
            if (qualified.length < 2) {
                continue;
            }
            const own = candidates.filter(candidate => namespaceOf(candidate) === model.namespace);
            if (own.length === 1) {
                continue;
            }
            const container = reference.$refNode?.astNode;
            report(accept, 'ambiguous-reference',
                `'${written}' could mean ${qualified.map(name => `'${name}'`).join(' or ')}. Write the qualified name.`,
                { node: container ?? model, range: reference.$refNode?.range, suggestions: qualified });
        }
    }

    checkUniqueOfferings(service: Service, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const offering of service.offerings) {
            if (seen.has(offering.name)) {
                report(accept, 'duplicate-name',
                    `Service '${service.name}' has two offerings named '${offering.name}'. Rename one of them.`,
                    { node: offering, property: 'name' });
            }
            seen.add(offering.name);
        }
    }

    /**
     * Properties are written in any order, so a repeated single-valued property would
     * silently replace the earlier one; the CST still has both, so report the repeat.
     */
    checkDuplicateProperties(node: AstNode, accept: ValidationAcceptor): void {
        const suspects = nodesWithRepeatedProperties(AstUtils.findRootNode(node));
        if (suspects !== undefined && !suspects.has(node)) {
            // The parser saw no property of this node assigned twice.
            return;
        }
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) {
            return;
        }
        const seen = new Map<string, CstNode>();
        forEachOwnAssignment(node, cst, (child, feature) => {
            const earlier = seen.get(feature);
            if (!earlier) {
                seen.set(feature, child);
            } else if (earlier.offset !== child.offset) {
                report(accept, 'duplicate-property',
                    `'${feature}' is already set on line ${earlier.range.start.line + 1}; only one value can hold. Remove one of them.`,
                    { node, range: child.range });
            }
        });
    }

    checkReservedDeclaration(element: A2Node | WorkProduct, accept: ValidationAcceptor): void {
        if (isBuiltinUri(AstUtils.getDocument(element).uri)) {
            return;
        }
        report(accept, 'reserved-declaration',
            `'${element.name}' declares part of the A2 reference model, which is built in and read-only. Reference it instead, e.g. 'binding X implements A243 { … }'.`,
            { node: element, property: 'name' });
    }
}

function locationOf(node: AstNode): string {
    const document = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    const path = document.uri.path.split('/').pop() ?? document.uri.toString();
    return `in ${path}:${line}`;
}

/** Candidates a reference of the same type could have resolved to: parties with parties, agreements with agreements. */
function sameKindFamily(a: AstNode, b: AstNode): boolean {
    const family = (node: AstNode) => ['Provider', 'Customer', 'Unit', 'Supplier'].includes(node.$type) ? 'party'
        : ['Sla', 'Ola', 'Uc'].includes(node.$type) ? 'agreement' : node.$type;
    return family(a) === family(b);
}

/**
 * Calls `visit` with each CST node that sets a single-valued property (other than the name
 * and title) of `node`, and the property. They are children of the node's own CST node, or
 * of a composite of the same AST node that no assignment owns (the node reached through an
 * unassigned rule call such as \`Element: Party | Service | …\`); deeper nodes belong to
 * values or to contained elements, so the walk does not descend into them. Every element
 * of a workspace goes through here, so the walk allocates nothing.
 */
function forEachOwnAssignment(node: AstNode, cst: CompositeCstNode, visit: (child: CstNode, feature: string) => void): void {
    for (const child of cst.content) {
        const assignment = assignmentOf(child.grammarSource);
        if (assignment) {
            // A value that a repeat replaced is no longer contained in the node, so do not
            // ask the value's AST node whose it is: the CST position says it.
            if (assignment.operator === '=' && assignment.feature !== 'name' && assignment.feature !== 'title') {
                visit(child, assignment.feature);
            }
        } else if (isCompositeCstNode(child) && child.astNode === node) {
            forEachOwnAssignment(node, child, visit);
        }
    }
}

/** The grammar is fixed, so which assignment a grammar element sits in is looked up once. */
const ASSIGNMENTS = new WeakMap<GrammarAST.AbstractElement, GrammarAST.Assignment | null>();

function assignmentOf(source: GrammarAST.AbstractElement | undefined): GrammarAST.Assignment | undefined {
    if (!source) {
        return undefined;
    }
    let assignment = ASSIGNMENTS.get(source);
    if (assignment === undefined) {
        assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment) ?? null;
        ASSIGNMENTS.set(source, assignment);
    }
    return assignment ?? undefined;
}
