import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/**
 * One icon per svcdef kind in outlines, symbol search and completion lists, chosen so
 * that kinds a reader tells apart in the catalog also look different in the editor.
 */
const KINDS: Record<string, readonly [SymbolKind, CompletionItemKind]> = {
    Service: [SymbolKind.Class, CompletionItemKind.Class],
    Sla: [SymbolKind.Interface, CompletionItemKind.Interface],
    Ola: [SymbolKind.Interface, CompletionItemKind.Interface],
    Uc: [SymbolKind.Interface, CompletionItemKind.Interface],
    Provider: [SymbolKind.Struct, CompletionItemKind.Struct],
    Customer: [SymbolKind.Struct, CompletionItemKind.Struct],
    Unit: [SymbolKind.Struct, CompletionItemKind.Struct],
    Supplier: [SymbolKind.Struct, CompletionItemKind.Struct],
    Calendar: [SymbolKind.Enum, CompletionItemKind.Enum],
    Priority: [SymbolKind.EnumMember, CompletionItemKind.EnumMember],
    Metric: [SymbolKind.Property, CompletionItemKind.Property],
    Pattern: [SymbolKind.Event, CompletionItemKind.Event],
    Forecast: [SymbolKind.Function, CompletionItemKind.Function],
    ServicePackage: [SymbolKind.Package, CompletionItemKind.Module],
    Binding: [SymbolKind.Method, CompletionItemKind.Method],
    A2Node: [SymbolKind.Module, CompletionItemKind.Module],
    WorkProduct: [SymbolKind.String, CompletionItemKind.Value],
    Offering: [SymbolKind.Variable, CompletionItemKind.Variable],
    Target: [SymbolKind.Constant, CompletionItemKind.Constant],
    ServiceScope: [SymbolKind.Namespace, CompletionItemKind.Module],
    Escalation: [SymbolKind.Array, CompletionItemKind.Value],
    EscalationLevel: [SymbolKind.Key, CompletionItemKind.Value],
    Produces: [SymbolKind.Field, CompletionItemKind.Field],
    WeeklyHours: [SymbolKind.Field, CompletionItemKind.Field],
    Holiday: [SymbolKind.Event, CompletionItemKind.Event],
    HolidayFile: [SymbolKind.File, CompletionItemKind.File],
    Maintenance: [SymbolKind.Event, CompletionItemKind.Event]
};

export class SvcdefNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
