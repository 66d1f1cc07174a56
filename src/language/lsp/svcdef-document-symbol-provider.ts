import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { describeTarget } from '../commitments/metric-semantics.js';
import {
    isAgreement, isBinding, isCalendar, isHoliday, isHolidayFile, isMaintenance, isModel, isService, isServiceScope, isTarget,
    type Agreement, type Calendar, type Element, type Escalation, type ServiceScope, type Target
} from '../generated/ast.js';
import { single } from '../single-valued-properties.js';

/**
 * The outline of a file: its elements in the order they are written, each with its title
 * as detail; a service lists its offerings (each with the targets of its tier), an
 * agreement its targets, its `for service` blocks with theirs and its escalation levels,
 * a binding the work products it produces, a calendar block its hours, holidays and
 * maintenance windows.
 *
 * Source order, not groups by kind: sticky scroll pins the symbols whose range holds the
 * top line, so a group spanning from the first customer to the last would stay pinned
 * over every service written between them, and the outline would not follow the file.
 * The editor's outline can still sort by kind. Every range lies inside its parent's.
 */
export class SvcdefDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    override getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const model = document.parseResult.value;
        if (!isModel(model)) {
            return [];
        }
        return model.elements.map(element => this.elementSymbol(element))
            .filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
    }

    private elementSymbol(element: Element): DocumentSymbol | undefined {
        const nameNode = this.nameProvider.getNameNode(element);
        if (!nameNode || !element.$cstNode) {
            return undefined;
        }
        const children: DocumentSymbol[] = [];
        if (isService(element)) {
            for (const offering of element.offerings) {
                this.push(children, offering, offering.name, offering.title, this.targetSymbols(offering.targets));
            }
        } else if (isAgreement(element)) {
            this.agreementChildren(element, children);
        } else if (isCalendar(element)) {
            this.calendarChildren(element, children);
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

    /** Targets, `for service` blocks and escalation levels, in the order they are written. */
    private agreementChildren(agreement: Agreement, children: DocumentSymbol[]): void {
        const parts: Array<Target | ServiceScope | Escalation> = [...agreement.targets, ...agreement.scopes, ...agreement.escalation]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        for (const part of parts) {
            if (isTarget(part)) {
                this.push(children, part, describeTarget(part));
            } else if (isServiceScope(part)) {
                this.push(children, part, `for service ${part.service?.$refText ?? ''}`, undefined, this.targetSymbols(part.targets), 'service');
            } else {
                const escalation = part;
                const levels: DocumentSymbol[] = [];
                for (const level of escalation.levels) {
                    const after = single(level.after);
                    const contact = single(level.contact);
                    this.push(levels, level, `level ${level.level} ${level.title ?? ''}`.trim(),
                        [after !== undefined ? `after ${after}` : undefined, contact].filter(Boolean).join(' · ') || undefined, undefined, 'title');
                }
                this.push(children, escalation, 'escalation', levels.length > 0 ? `${levels.length} level${levels.length === 1 ? '' : 's'}` : undefined, levels);
            }
        }
    }

    /**
     * A calendar block's lines in the order they are written, each named as written
     * (`hours Mon-Fri 08:00-18:00`, `holiday 2026-12-24 to 2026-12-26`) with its title as
     * detail: the outline of a calendar is the week a reader checks line by line.
     */
    private calendarChildren(calendar: Calendar, children: DocumentSymbol[]): void {
        const lines = [...calendar.hours, ...calendar.holidays, ...calendar.holidayFiles, ...calendar.maintenance]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        for (const line of lines) {
            if (isHoliday(line)) {
                this.push(children, line, `holiday ${line.date}${line.to ? ` to ${line.to}` : ''}`, line.title, undefined, 'date');
            } else if (isHolidayFile(line)) {
                this.push(children, line, `holidays "${line.path}"`, undefined, undefined, 'path');
            } else {
                const maintenance = isMaintenance(line) ? line : undefined;
                const when = maintenance?.date ?? line.days.join(', ');
                const name = [maintenance ? 'maintenance' : 'hours', when, line.ranges.join(', ')].filter(Boolean).join(' ');
                this.push(children, line, name, maintenance?.title);
            }
        }
    }

    private targetSymbols(targets: readonly Target[]): DocumentSymbol[] {
        const symbols: DocumentSymbol[] = [];
        for (const target of targets) {
            this.push(symbols, target, describeTarget(target));
        }
        return symbols;
    }

    /** `selectBy`: the property whose text the editor selects (the name, else the whole node). */
    private push(into: DocumentSymbol[], node: AstNode, name: string, detail?: string, children?: DocumentSymbol[], selectBy = 'name'): void {
        const cst = node.$cstNode;
        if (!cst) {
            return;
        }
        const selection = GrammarUtils.findNodeForProperty(cst, selectBy) ?? cst;
        into.push({
            name, detail, kind: this.nodeKindProvider.getSymbolKind(node), range: cst.range, selectionRange: selection.range,
            children: children && children.length > 0 ? children : undefined
        });
    }
}
