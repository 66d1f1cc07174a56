import {
    AstUtils, CstUtils, GrammarUtils, type AstNode, type AstReflection, type IndexManager, type LangiumDocument, type Reference
} from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { comparatorSense } from '../commitments/metric-semantics.js';
import {
    isAgreement, isCredit, isProduces, isTarget, type Agreement, type Credit, type Target
} from '../generated/ast.js';
import { measureOf } from '../literals.js';
import { namespaceOf, qualifiedName } from '../qualified-names.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { isDiagnosticCode, type SvcdefDiagnosticData } from '../validation/diagnostic-codes.js';
import { artifactKindsOf, keywordOfKind } from '../validation/work-product-kinds.js';
import { lineEndingOf, withLineEnding } from './line-ending.js';

/** The target a quick fix writes into an agreement without one: the most common promise, for the user to adjust. */
const TARGET_SKELETON = 'target availability >= 99.9% per month';

/** The party type and keyword an agreement kind must name. */
const PARTY_TYPE: Record<string, string> = { customer: 'Customer', unit: 'Unit', supplier: 'Supplier' };

/**
 * Quick fixes for svcdef's diagnostics: take a "did you mean" suggestion; add the
 * missing party of an agreement (one fix per party of the right kind in the workspace,
 * plus a placeholder); declare an unresolved name as a stub of the kind the reference
 * expects at the end of the file; raise an underpinning target to what its SLA promises;
 * cover the service a `for service` block names; give a finalized agreement a first target.
 */
export class SvcdefCodeActionProvider implements CodeActionProvider {
    private readonly indexManager: IndexManager;
    private readonly reflection: AstReflection;

    constructor(services: SvcdefServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.reflection = services.shared.AstReflection;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        if (only && !only.some(kind => CodeActionKind.QuickFix.startsWith(kind))) {
            return [];
        }
        const actions: CodeAction[] = [];
        for (const sent of params.context.diagnostics) {
            const diagnostic = ownDiagnostic(document, sent);
            if (!diagnostic) {
                continue;
            }
            const data = diagnostic.data as Partial<SvcdefDiagnosticData> | undefined;
            const code = data?.code ?? diagnostic.code;
            if (!isDiagnosticCode(code)) {
                continue;
            }
            const fixes: CodeAction[] = [...this.suggestionFixes(document, diagnostic, data?.suggestions ?? [])];
            switch (code) {
                case 'missing-party':
                    fixes.push(...this.missingPartyFixes(document, diagnostic, String(data?.keyword ?? '')));
                    break;
                case 'unresolved-reference':
                    fixes.push(...this.declareStubFixes(document, diagnostic));
                    break;
                case 'unscoped-target':
                    fixes.push(...this.coverServiceFixes(document, diagnostic, String(data?.service ?? '')));
                    break;
                case 'empty-agreement':
                    fixes.push(...this.targetSkeletonFixes(document, diagnostic));
                    break;
                case 'weaker-underpinning-target':
                case 'weaker-than-parent':
                case 'below-offering-target':
                    fixes.push(...this.raiseTargetFixes(document, diagnostic, data ?? {}));
                    break;
            }
            // Each fix names the diagnostic as the editor knows it, so that the editor lists it with that one.
            actions.push(...fixes.map(action => ({ ...action, diagnostics: [sent] })));
        }
        return actions;
    }

    /**
     * The value the SLA promises, and where it promises it strictly (`> 4`) its comparator
     * too: no value written with `>=` holds that up, and where the values are already
     * equal the comparator is all there is to change.
     */
    private raiseTargetFixes(document: LangiumDocument, diagnostic: Diagnostic, data: Partial<SvcdefDiagnosticData>): CodeAction[] {
        if (typeof data.required !== 'string') {
            return [];
        }
        const comparator = typeof data.comparator === 'string' ? data.comparator : undefined;
        if (!comparator) {
            return [fix(`Raise the target to ${data.required}${raiseReason(data)}`, document, [{ range: diagnostic.range, newText: data.required }], true)];
        }
        const target = this.nodeAt(document, diagnostic.range, isTarget);
        const written = target && GrammarUtils.findNodeForProperty(target.$cstNode, 'comparator');
        if (!target || !written) {
            return [];
        }
        const strict = { range: written.range, newText: comparator };
        return data.comparatorOnly === true
            ? [fix(`Change '${target.comparator}' to '${comparator}'${raiseReason({ ...data, promised: undefined })}`, document, [strict], true)]
            : [fix(`Raise the target to ${comparator} ${data.required}${raiseReason(data)}`, document,
                [strict, { range: diagnostic.range, newText: data.required }], true)];
    }

    private suggestionFixes(document: LangiumDocument, diagnostic: Diagnostic, suggestions: readonly string[]): CodeAction[] {
        return suggestions.map(suggestion => fix(`Change to ${suggestion.startsWith('"') ? suggestion : `'${suggestion}'`}`,
            document, [{ range: diagnostic.range, newText: suggestion }], suggestions.length === 1));
    }

    private missingPartyFixes(document: LangiumDocument, diagnostic: Diagnostic, keyword: string): CodeAction[] {
        const agreement = this.nodeAt(document, diagnostic.range, isAgreement);
        const type = PARTY_TYPE[keyword];
        if (!agreement || !type) {
            return [];
        }
        const parties = this.declared(type).map(party => this.nameToWrite(party, agreement));
        const actions = parties.map(name => fix(`Add '${keyword} ${name}'`, document,
            this.insertIntoBlock(document, agreement, `${keyword} ${name}`), parties.length === 1));
        // Still offered when parties exist: the right one may not be declared yet.
        const placeholder = `New${keyword[0].toUpperCase()}${keyword.slice(1)}`;
        actions.push(fix(`Add '${keyword} ${placeholder}' (placeholder to rename)`, document,
            this.insertIntoBlock(document, agreement, `${keyword} ${placeholder}`), false));
        return actions;
    }

    /** Adds the service a `for service` block names to the agreement's last `services` line, or a new `services` line. */
    private coverServiceFixes(document: LangiumDocument, diagnostic: Diagnostic, service: string): CodeAction[] {
        const agreement = this.nodeAt(document, diagnostic.range, isAgreement);
        if (!agreement || !service) {
            return [];
        }
        const last = agreement.services[agreement.services.length - 1]?.$refNode;
        const edits = last
            ? [{ range: { start: last.range.end, end: last.range.end }, newText: `, ${service}` }]
            : this.insertIntoBlock(document, agreement, `services ${service}`);
        return [fix(`Add '${service}' to the services of ${agreement.$type.toUpperCase()} '${agreement.name}'`, document, edits, true)];
    }

    /** Inserts a target line to complete into an agreement that promises none. */
    private targetSkeletonFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const agreement = this.nodeAt(document, diagnostic.range, isAgreement);
        if (!agreement) {
            return [];
        }
        return [fix(`Add a target to complete: '${TARGET_SKELETON}'`, document, this.insertIntoBlock(document, agreement, TARGET_SKELETON), true)];
    }

    private declareStubFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const reference = this.referenceAt(document, diagnostic.range);
        if (!reference) {
            return [];
        }
        const written = reference.reference.$refText;
        const namespace = namespaceOf(document.parseResult.value);
        const lastDot = written.lastIndexOf('.');
        if (lastDot >= 0 && written.slice(0, lastDot) !== namespace) {
            return [];
        }
        const name = written.slice(lastDot + 1);
        return this.stubKindsFor(reference).flatMap(kind => {
            const stub = stubText(kind, name, reference.container);
            return stub
                ? [fix(`Declare ${keywordOfKind(kind)} '${name}' at the end of this file`, document, [appendToFile(document, stub)], false)]
                : [];
        });
    }

    /** The kinds a declaration must have to satisfy the reference. */
    private stubKindsFor(info: { container: AstNode; property: string; reference: Reference }): string[] {
        const container = info.container;
        if (isProduces(container) && info.property === 'artifacts') {
            return [...artifactKindsOf(container.workProduct?.ref?.name ?? container.workProduct?.$refText ?? '')];
        }
        const type = this.reflection.getReferenceType(info);
        return type === 'Party' ? ['Provider', 'Unit'] : [type];
    }

    private referenceAt(document: LangiumDocument, range: Range): { container: AstNode; property: string; reference: Reference } | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
        const assignment = leaf && GrammarUtils.findAssignment(leaf);
        if (!leaf || !assignment) {
            return undefined;
        }
        const container = leaf.astNode;
        const value = (container as unknown as Record<string, unknown>)[assignment.feature];
        const candidates = (Array.isArray(value) ? value : [value]) as Array<Reference | undefined>;
        const reference = candidates.find(candidate => candidate?.$refNode
            && candidate.$refNode.offset <= leaf.offset && candidate.$refNode.end >= leaf.end);
        return reference ? { container, property: assignment.feature, reference } : undefined;
    }

    private nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, guard: (node: unknown) => node is T): T | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
        return leaf ? AstUtils.getContainerOfType(leaf.astNode, guard) : undefined;
    }

    /** Declared elements of one type in the workspace, once each. */
    private declared(type: string): AstNode[] {
        const seen = new Set<AstNode>();
        for (const description of this.indexManager.allElements(type)) {
            if (description.node && !isBuiltinUri(description.documentUri)) {
                seen.add(description.node);
            }
        }
        return [...seen];
    }

    /** The simple name where it is unambiguous from the agreement's file, the qualified one otherwise. */
    private nameToWrite(party: AstNode, from: AstNode): string {
        const simple = (party as AstNode & { name: string }).name;
        const qualified = qualifiedName(party as AstNode & { name?: string }) ?? simple;
        if (namespaceOf(party) === namespaceOf(from)) {
            return simple;
        }
        const holders = new Set(this.indexManager.allElements().filter(description => description.name === simple)
            .map(description => `${description.documentUri.toString()}#${description.path}`));
        return holders.size > 1 ? qualified : simple;
    }

    /** Inserts a property line as the first entry of the agreement's block, matching how the block is laid out. */
    private insertIntoBlock(document: LangiumDocument, agreement: Agreement, line: string): TextEdit[] {
        const open = GrammarUtils.findNodeForKeyword(agreement.$cstNode, '{');
        if (!open) {
            return [];
        }
        const text = document.textDocument;
        const next = CstUtils.getNextNode(open, false);
        if (!next || next.range.start.line === open.range.end.line) {
            const spacer = next && next.offset === open.end ? ' ' : '';
            return [{ range: { start: open.range.end, end: open.range.end }, newText: ` ${line}${spacer}` }];
        }
        const lineOf = (number: number) => text.getText({ start: { line: number, character: 0 }, end: { line: number + 1, character: 0 } });
        const openIndent = /^[ \t]*/.exec(lineOf(open.range.start.line))![0];
        const nextIndent = /^[ \t]*/.exec(lineOf(next.range.start.line))![0];
        const indent = nextIndent.length > openIndent.length ? nextIndent : `${openIndent}  `;
        const at = { line: open.range.end.line + 1, character: 0 };
        return [{ range: { start: at, end: at }, newText: `${indent}${line}${lineEndingOf(text.getText())}` }];
    }
}

/**
 * The diagnostic of the document that the editor sent back. Editors recount columns (in
 * UTF-8 bytes, say) or drop fields, so edits are built from the server's own diagnostic:
 * the one with the same code (or, without a code, the same message) on the same line;
 * among several, the same message first, then the nearest.
 */
function ownDiagnostic(document: LangiumDocument, sent: Diagnostic): Diagnostic | undefined {
    const line = sent.range?.start?.line;
    if (typeof line !== 'number') {
        return undefined;
    }
    const code = (sent.data as Partial<SvcdefDiagnosticData> | undefined)?.code ?? sent.code;
    const column = sent.range.start.character ?? 0;
    const distance = (own: Diagnostic) => (own.message === sent.message ? 0 : 1e9) + Math.abs(own.range.start.character - column);
    const candidates = (document.diagnostics ?? []).filter(own => own.range.start.line === line
        && (code === undefined ? own.message === sent.message : own.code === code));
    return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

function fix(title: string, document: LangiumDocument, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        isPreferred: isPreferred || undefined,
        edit: { changes: { [document.uri.toString()]: edits } }
    };
}

function appendToFile(document: LangiumDocument, stub: string): TextEdit {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const tail = text.slice(-4).replace(/\r\n/g, '\n');
    const separator = text.length === 0 || tail.endsWith('\n\n') ? '' : tail.endsWith('\n') ? '\n' : '\n\n';
    return { range: { start: end, end }, newText: withLineEnding(`${separator}${stub}\n`, lineEndingOf(text)) };
}

/**
 * A declaration that satisfies the reference and parses. A new service starts `planned`
 * and a new SLA `draft`, the honest state of something just written down; a metric takes
 * the unit of the value and the direction of the comparator it was used with.
 */
function stubText(kind: string, name: string, usedIn: AstNode): string | undefined {
    switch (kind) {
        case 'Service':
            return `service ${name} {\n  status planned\n}`;
        case 'Sla':
        case 'Ola':
        case 'Uc':
            return `${kind.toLowerCase()} ${name} {\n  status draft\n}`;
        case 'Customer':
        case 'Provider':
        case 'Unit':
        case 'Supplier':
        case 'Calendar':
        case 'Priority':
            return `${kind.toLowerCase()} ${name}`;
        case 'Pattern':
            return `pattern ${name} {\n}`;
        case 'ServicePackage':
            return `package ${name} {\n}`;
        case 'Metric':
            return metricStub(name, usedIn);
        default:
            return undefined;
    }
}

function metricStub(name: string, usedIn: AstNode): string | undefined {
    if (!isTarget(usedIn) && !isCredit(usedIn)) {
        return undefined;
    }
    const measure = measureOf((usedIn as Target | Credit).value);
    const sense = comparatorSense((usedIn as Target | Credit).comparator);
    if (!measure || sense === 'exact') {
        return undefined;
    }
    // A credit fires when the metric misses, so its comparator points the other way.
    const floor = isCredit(usedIn) ? sense === 'ceiling' : sense === 'floor';
    return `metric ${name} ${measure.kind} ${floor ? 'higher' : 'lower'}`;
}

/**
 * Why a raised value holds: the SLA's own value, or, where the SLA promises business time
 * on other hours, the clock time that keeps it.
 */
/** Whose promise the raised target keeps: the SLA it supports, the parent SLA, or the offering sold. */
function raiseReason(data: Partial<SvcdefDiagnosticData>): string {
    const source = typeof data.sla === 'string' ? `SLA '${data.sla}' promises`
        : typeof data.parent === 'string' ? `SLA '${data.parent}' promises`
            : typeof data.offering === 'string' ? `offering '${data.offering}' publishes` : undefined;
    if (!source) {
        return '';
    }
    return typeof data.promised === 'string' && data.promised !== data.required
        ? `, which keeps the ${data.promised} ${source}`
        : `, as ${source}`;
}
