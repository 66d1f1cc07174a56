import { AstUtils, GrammarUtils, type AstNode, type MultiReference, type Reference, type ValidationAcceptor } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { BUILTIN_CALENDARS, BUILTIN_METRICS, BUILTIN_PRIORITIES } from '../builtin/standard-library.js';
import { isElement, isOffering, isService, Offering, type A2Node, type Agreement, type Element, type Model, type Service, type WorkProduct } from '../generated/ast.js';
import { isWrittenRelative, namespaceOf } from '../qualified-names.js';
import { sameKindGroup } from '../kind-groups.js';
import { definesBuiltinPriority } from '../builtin/builtin-priorities.js';
import { propertyWords, SINGLE_VALUED_PROPERTIES } from '../single-valued-properties.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

const BUILTIN_NAMES = new Set([...BUILTIN_METRICS, ...BUILTIN_CALENDARS, ...BUILTIN_PRIORITIES].map(entry => entry.name));

/** Names must be unique and the parties an agreement needs must be named. */
export class LinkChecks {
    constructor(private readonly index: SvcdefWorkspaceIndex) {}

    checkMissingParty(agreement: Agreement, accept: ValidationAcceptor): void {
        const [kind, keyword, named] = agreement.$type === 'Sla' ? ['SLA', 'customer', agreement.customer]
            : agreement.$type === 'Ola' ? ['OLA', 'unit', agreement.unit]
                : ['UC', 'supplier', agreement.supplier];
        if (named.length === 0) {
            report(accept, 'missing-party',
                `${kind} '${agreement.name}' names no ${keyword}. Add a '${keyword} <name>' line saying who the ${kind} is agreed with.`,
                { node: agreement, property: 'name', extra: { keyword } });
        }
    }

    checkUniqueName(element: Element, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(element);
        const qualified = elementKey(element);
        const other = this.index.anotherElementNamedAs(element, document);
        if (other) {
            const where = locationOf(other);
            report(accept, 'duplicate-name',
                `'${qualified}' is declared more than once (also ${where}). Rename one of them or move it into another namespace.`,
                { node: element, property: 'name' });
        } else if (BUILTIN_NAMES.has(qualified) && !definesBuiltinPriority(element)) {
            report(accept, 'duplicate-name',
                `'${qualified}' is already a built-in name of svcdef. Choose another name.`,
                { node: element, property: 'name' });
        }
    }

    /**
     * A simple name shared by elements of several namespaces links to one of them only by
     * accident of lookup order; unless one is in the referring file's own namespace, the
     * user has to say which by writing the qualified name. The same holds for an offering
     * named through its service (`EHR.Gold`) when services of several namespaces carry
     * that simple name and that offering.
     */
    checkAmbiguousReferences(model: Model, accept: ValidationAcceptor): void {
        if (!this.index.mayHaveSharedSimpleNames()) {
            return;
        }
        const document = AstUtils.getDocument(model);
        // Files name the same few parties, metrics and services over and over: ask once per name.
        const shared = new Map<string, readonly Element[]>();
        const sharing = (simple: string) => {
            let named = shared.get(simple);
            if (!named) {
                named = this.index.elementsSharingSimpleName(simple, document);
                shared.set(simple, named);
            }
            return named;
        };
        for (const reference of document.references) {
            const written = reference.$refText;
            const meanings = meaningsOf(reference, written, sharing);
            if (meanings.length < 2) {
                continue;
            }
            const target = 'ref' in reference ? reference.ref : undefined;
            const qualified = [...new Set(meanings.map(meaning => meaning.key))].sort();
            // The own namespace's namesake settles it only when the reference links to it: one of
            // another kind (a customer where a provider is asked for) leaves the link elsewhere.
            const own = meanings.filter(meaning => meaning.namespace === model.namespace);
            if (qualified.length < 2 || (own.length === 1 && own[0].node === target)) {
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
     * Properties are written in any order, so a property that holds one value may be written
     * twice; the AST keeps every value written (see SINGLE_VALUED_PROPERTIES), and each one
     * after the first is reported, in the order they are written.
     */
    checkDuplicateProperties(node: AstNode, accept: ValidationAcceptor): void {
        const properties: readonly string[] = SINGLE_VALUED_PROPERTIES[node.$type as keyof typeof SINGLE_VALUED_PROPERTIES] ?? [];
        const repeats: Array<{ property: string; index: number; offset: number; firstLine: number }> = [];
        for (const property of properties) {
            const written = (node as unknown as Record<string, readonly unknown[]>)[property];
            if (written.length < 2) {
                continue;
            }
            const first = GrammarUtils.findNodeForProperty(node.$cstNode, property, 0);
            for (let index = 1; index < written.length; index++) {
                const offset = GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.offset ?? 0;
                repeats.push({ property, index, offset, firstLine: (first?.range.start.line ?? 0) + 1 });
            }
        }
        repeats.sort((a, b) => a.offset - b.offset);
        for (const { property, index, firstLine } of repeats) {
            report(accept, 'duplicate-property',
                `'${propertyWords(property)}' is already set on line ${firstLine}; only one value can hold. Remove one of them.`,
                { node, property: property as never, index });
        }
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

/** What a reference may mean: the element, its qualified name, and the namespace it is declared in. */
interface Meaning {
    readonly node: AstNode;
    readonly key: string;
    readonly namespace: string | undefined;
}

/**
 * What a reference written relative to its file's namespace may mean: the elements of its
 * target's kind group carrying its simple name, or for `EHR.Gold` the offerings called
 * `Gold` of the services whose simple name is `EHR`. Nearly every name is carried once,
 * which is settled before the reference's target is read.
 */
function meaningsOf(reference: Reference | MultiReference, written: string, sharing: (simple: string) => readonly Element[]): Meaning[] {
    const dot = written.indexOf('.');
    if (dot >= 0 && !isWrittenRelative(written, Offering.$type)) {
        return [];
    }
    const named = sharing(dot < 0 ? written : written.slice(0, dot));
    if (named.length < 2) {
        return [];
    }
    const target = 'ref' in reference ? reference.ref : undefined;
    if (dot < 0) {
        return isElement(target) ? named
            .filter(candidate => sameKindGroup(candidate, target))
            .map(candidate => ({ node: candidate, key: elementKey(candidate), namespace: namespaceOf(candidate) })) : [];
    }
    const offering = written.slice(dot + 1);
    return isOffering(target) ? named
        .flatMap(candidate => isService(candidate) ? candidate.offerings.filter(offered => offered.name === offering) : [])
        .map(offered => ({ node: offered, key: `${elementKey(offered.$container)}.${offering}`, namespace: namespaceOf(offered) })) : [];
}
