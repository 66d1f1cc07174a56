import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { describeTarget } from '../commitments/metric-semantics.js';
import { isAgreement, isBinding, isModel, isService, type Element } from '../generated/ast.js';

/** Outline groups, in the order a reader meets them in a catalog: who, what, what is promised, demand, process. */
const GROUPS: ReadonlyArray<readonly [Element['$type'], string]> = [
    ['Provider', 'Providers'],
    ['Customer', 'Customers'],
    ['Unit', 'Units'],
    ['Supplier', 'Suppliers'],
    ['Calendar', 'Calendars'],
    ['Metric', 'Metrics'],
    ['Priority', 'Priorities'],
    ['Service', 'Services'],
    ['Sla', 'SLAs'],
    ['Ola', 'OLAs'],
    ['Uc', 'UCs'],
    ['Pattern', 'Demand patterns'],
    ['Forecast', 'Demand forecasts'],
    ['ServicePackage', 'Service level packages'],
    ['Binding', 'Activity bindings'],
    ['A2Node', 'A2 nodes'],
    ['WorkProduct', 'A2 work products']
];

/**
 * The outline of a file grouped by kind ("Services", "SLAs", …), each element with its
 * title as detail; a service lists its offerings, an agreement its targets, a binding
 * the work products it produces.
 */
export class SvcdefDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    override getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const model = document.parseResult.value;
        if (!isModel(model)) {
            return [];
        }
        const symbols: DocumentSymbol[] = [];
        for (const [type, label] of GROUPS) {
            const members = model.elements.filter(element => element.$type === type)
                .map(element => this.elementSymbol(element))
                .filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
            if (members.length === 0) {
                continue;
            }
            symbols.push({
                name: label,
                detail: String(members.length),
                kind: members[0].kind,
                range: span(members.map(member => member.range)),
                selectionRange: members[0].selectionRange,
                children: members
            });
        }
        return symbols;
    }

    private elementSymbol(element: Element): DocumentSymbol | undefined {
        const nameNode = this.nameProvider.getNameNode(element);
        if (!nameNode || !element.$cstNode) {
            return undefined;
        }
        const children: DocumentSymbol[] = [];
        if (isService(element)) {
            for (const offering of element.offerings) {
                this.push(children, offering, offering.name, offering.title);
            }
        } else if (isAgreement(element)) {
            for (const target of element.targets) {
                this.push(children, target, describeTarget(target));
            }
        } else if (isBinding(element)) {
            for (const produces of element.produces) {
                this.push(children, produces, `produces "${produces.workProduct?.$refText ?? ''}"`,
                    produces.artifacts.map(artifact => artifact.$refText).join(', ') || undefined);
            }
        }
        return {
            name: element.name,
            detail: 'title' in element ? element.title : undefined,
            kind: this.nodeKindProvider.getSymbolKind(element),
            range: element.$cstNode.range,
            selectionRange: nameNode.range,
            children: children.length > 0 ? children : undefined
        };
    }

    private push(into: DocumentSymbol[], node: AstNode, name: string, detail?: string): void {
        const cst = node.$cstNode;
        if (!cst) {
            return;
        }
        const selection = GrammarUtils.findNodeForProperty(cst, 'name') ?? cst;
        into.push({ name, detail, kind: this.nodeKindProvider.getSymbolKind(node), range: cst.range, selectionRange: selection.range });
    }
}

function span(ranges: readonly Range[]): Range {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
    let result = ranges[0];
    for (const range of ranges.slice(1)) {
        result = {
            start: before(range.start, result.start) ? range.start : result.start,
            end: before(result.end, range.end) ? range.end : result.end
        };
    }
    return result;
}
