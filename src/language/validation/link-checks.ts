import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { BUILTIN_CALENDARS, BUILTIN_METRICS, BUILTIN_PRIORITIES } from '../builtin/standard-library.js';
import type { A2Node, Agreement, Element, Service, WorkProduct } from '../generated/ast.js';
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
        const others = this.index.elementsNamed(qualified, document).filter(other => other !== element);
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
        const cst = node.$cstNode;
        if (!cst) {
            return;
        }
        const seen = new Map<string, CstNode>();
        for (const child of CstUtils.streamCst(cst)) {
            const ownsChild = child.astNode === node
                || (child.astNode.$container === node && child.container?.astNode === node);
            const assignment = ownsChild ? AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment) : undefined;
            if (!assignment || assignment.operator !== '=' || assignment.feature === 'name' || assignment.feature === 'title') {
                continue;
            }
            const earlier = seen.get(assignment.feature);
            if (!earlier) {
                seen.set(assignment.feature, child);
            } else if (earlier.offset !== child.offset) {
                report(accept, 'duplicate-property',
                    `'${assignment.feature}' is already set on line ${earlier.range.start.line + 1}; only one value can hold. Remove one of them.`,
                    { node, range: child.range });
            }
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
