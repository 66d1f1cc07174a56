import { AstUtils, GrammarUtils, isLeafCstNode, isReference, type AstNode, type Reference } from 'langium';
import {
    AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor
} from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import {
    isApproval, isBusinessDurationValue, isCredit, isCreditCap, isDurationValue, isEscalationLevel, isForecastPeriod, isHoliday,
    isInternalEntry, isMaintenance, isMetric, isModel, isMoney, isNumberValue, isOffering, isPercentValue, isPrice, isServicePackage, isSla,
    isTarget, isUc, isValidity, isWeeklyHours
} from '../generated/ast.js';

/**
 * Token types per kind of element, for its declaration and every reference to it, so
 * that a service, an SLA and a party look different wherever they are named.
 */
const TYPE_OF_KIND: Record<string, string> = {
    Service: SemanticTokenTypes.class,
    Sla: SemanticTokenTypes.interface,
    Ola: SemanticTokenTypes.interface,
    Uc: SemanticTokenTypes.interface,
    Provider: SemanticTokenTypes.struct,
    Customer: SemanticTokenTypes.struct,
    Unit: SemanticTokenTypes.struct,
    Supplier: SemanticTokenTypes.struct,
    Calendar: SemanticTokenTypes.enum,
    Priority: SemanticTokenTypes.enumMember,
    Metric: SemanticTokenTypes.property,
    Pattern: SemanticTokenTypes.event,
    Forecast: SemanticTokenTypes.function,
    ServicePackage: SemanticTokenTypes.type,
    Binding: SemanticTokenTypes.method,
    Offering: SemanticTokenTypes.variable,
    A2Node: SemanticTokenTypes.macro,
    WorkProduct: SemanticTokenTypes.decorator
};

/**
 * Modifiers that every declaration of and reference to a kind carries. Themes colour a
 * plain `property` or `variable` like ordinary text (VS Code's 2026 themes do), but a
 * `readonly` one as a constant: metrics and offerings are fixed names, and so get a colour.
 */
const MODIFIERS_OF_KIND: Record<string, readonly string[]> = {
    Metric: [SemanticTokenModifiers.readonly],
    Offering: [SemanticTokenModifiers.readonly]
};

/**
 * Kinds whose built-ins look exactly like the ones a workspace declares: a metric of one's
 * own (`metric changeSuccess …`) is used in targets just like `availability`, so it must
 * not look like a lesser thing next to it (`defaultLibrary` changes the colour in most themes).
 */
const BUILTINS_UNMARKED: ReadonlySet<string> = new Set(['Metric']);

/** The keys of an `internal` block are free names: coloured as names given to values. */
const INTERNAL_KEY_TYPE = SemanticTokenTypes.parameter;

/** Literal kinds and units are told apart by modifiers of svcdef's own, on top of the standard ones. */
export const SvcdefTokenModifiers = {
    percent: 'percent',
    duration: 'duration',
    date: 'date',
    money: 'money',
    unit: 'unit'
} as const;

const UNIT_TYPE = SemanticTokenTypes.typeParameter;

/**
 * Semantic highlighting: declarations and references typed by the kind of element they
 * name (built-ins marked `defaultLibrary`), namespace prefixes of qualified names, A2
 * node ids and work-product strings, and literals by what they measure — percentages,
 * durations, dates and periods, money — with their units. In a calendar, day names and
 * day ranges (`Mon-Fri`) are enum members, like the values of any other closed set, and
 * times of day (`08:00-18:00`) are dates: they name points of the calendar, not amounts.
 * A business duration (`2 business days`) reads as a duration whose unit is its own token.
 * Metrics look the same whether built in or declared in the workspace; the keys of an
 * `internal` block are coloured like parameters.
 */
export class SvcdefSemanticTokenProvider extends AbstractSemanticTokenProvider {
    override get tokenModifiers(): Record<string, number> {
        const standard = Object.keys(AllSemanticTokenModifiers).length;
        const own = Object.fromEntries(Object.values(SvcdefTokenModifiers).map((name, index) => [name, 1 << (standard + index)]));
        return { ...AllSemanticTokenModifiers, ...own };
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isModel(node)) {
            if (node.namespace) {
                acceptor({ node, property: 'namespace', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
            }
            return;
        }
        if (isInternalEntry(node)) {
            acceptor({ node, property: 'key', type: INTERNAL_KEY_TYPE });
            return;
        }
        this.highlightDeclaration(node, acceptor);
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (isReference(reference)) {
                this.highlightReference(reference, acceptor);
            }
        }
        this.highlightLiterals(node, acceptor);
    }

    private highlightDeclaration(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = TYPE_OF_KIND[node.$type];
        const name = type ? GrammarUtils.findNodeForProperty(node.$cstNode, 'name') : undefined;
        if (type && name) {
            acceptor({ cst: name, type, modifier: this.modifiersFor(node, SemanticTokenModifiers.declaration) });
        }
    }

    /**
     * `acme.it.Email`: the namespace part as a namespace, the last part as what it names. A
     * qualified name is one token, so its parts are told apart by the dots in its text. In
     * an offering's name (`acme.it.EHR.Gold`) the part before the offering is its service.
     */
    private highlightReference(reference: Reference, acceptor: SemanticTokenAcceptor): void {
        const target = reference.ref;
        const cst = reference.$refNode;
        const type = target && TYPE_OF_KIND[target.$type];
        if (!cst || !type) {
            return;
        }
        const modifier = this.modifiersFor(target);
        const { line, character } = cst.range.start;
        // Only names are split: a work-product string may well contain a dot.
        const parts = isLeafCstNode(cst) && cst.tokenType.name === 'ID' ? cst.text.split('.') : [cst.text];
        let char = character;
        const serviceIndex = isOffering(target) ? parts.length - 2 : -1;
        parts.forEach((part, index) => {
            const last = index === parts.length - 1;
            if (part.length > 0) {
                const partType = last ? type : index === serviceIndex ? TYPE_OF_KIND.Service : SemanticTokenTypes.namespace;
                acceptor({ line, char, length: part.length, type: partType, modifier: last ? modifier : undefined });
            }
            char += part.length + 1;
        });
    }

    private highlightLiterals(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const number = SemanticTokenTypes.number;
        if (isPercentValue(node)) {
            acceptor({ node, property: 'percent', type: number, modifier: SvcdefTokenModifiers.percent });
        } else if (isDurationValue(node)) {
            acceptor({ node, property: 'duration', type: number, modifier: SvcdefTokenModifiers.duration });
        } else if (isBusinessDurationValue(node)) {
            acceptor({ node, property: 'amount', type: number, modifier: SvcdefTokenModifiers.duration });
            acceptor({ node, property: 'unit', type: UNIT_TYPE, modifier: [SvcdefTokenModifiers.duration, SvcdefTokenModifiers.unit] });
        } else if (isWeeklyHours(node) || isMaintenance(node)) {
            acceptor({ node, property: 'days', type: SemanticTokenTypes.enumMember });
            acceptor({ node, property: 'ranges', type: number, modifier: SvcdefTokenModifiers.date });
            if (isMaintenance(node)) {
                acceptor({ node, property: 'date', type: number, modifier: SvcdefTokenModifiers.date });
            }
        } else if (isHoliday(node)) {
            acceptor({ node, property: 'date', type: number, modifier: SvcdefTokenModifiers.date });
            acceptor({ node, property: 'to', type: number, modifier: SvcdefTokenModifiers.date });
        } else if (isNumberValue(node)) {
            acceptor({ node, property: 'number', type: number });
        } else if (isValidity(node)) {
            acceptor({ node, property: 'from', type: number, modifier: SvcdefTokenModifiers.date });
            acceptor({ node, property: 'to', type: number, modifier: SvcdefTokenModifiers.date });
        } else if (isForecastPeriod(node)) {
            acceptor({ node, property: 'period', type: number, modifier: SvcdefTokenModifiers.date });
            acceptor({ node, property: 'demand', type: number });
            acceptor({ node, property: 'unit', type: UNIT_TYPE, modifier: SvcdefTokenModifiers.unit });
        } else if (isPrice(node) || isMoney(node)) {
            acceptor({ node, property: 'amount', type: number, modifier: SvcdefTokenModifiers.money });
            acceptor({ node, property: 'currency', type: UNIT_TYPE, modifier: [SvcdefTokenModifiers.money, SvcdefTokenModifiers.unit] });
            if (isPrice(node)) {
                acceptor({ node, property: 'per', type: UNIT_TYPE, modifier: SvcdefTokenModifiers.unit });
            }
        } else if (isServicePackage(node)) {
            acceptor({ node, property: 'capacity', type: number });
            acceptor({ node, property: 'capacityUnit', type: UNIT_TYPE, modifier: SvcdefTokenModifiers.unit });
        } else if (isMetric(node)) {
            acceptor({ node, property: 'unit', type: UNIT_TYPE, modifier: SvcdefTokenModifiers.unit });
        } else if (isTarget(node) || isCredit(node)) {
            acceptor({ node, property: 'comparator', type: SemanticTokenTypes.operator });
            acceptor({ node, property: 'window', type: UNIT_TYPE, modifier: SvcdefTokenModifiers.unit });
        } else if (isCreditCap(node)) {
            acceptor({ node, property: 'window', type: UNIT_TYPE, modifier: SvcdefTokenModifiers.unit });
        } else if (isEscalationLevel(node)) {
            acceptor({ node, property: 'level', type: number });
            acceptor({ node, property: 'after', type: number, modifier: SvcdefTokenModifiers.duration });
        } else if (isApproval(node)) {
            acceptor({ node, property: 'date', type: number, modifier: SvcdefTokenModifiers.date });
        } else if (isSla(node) || isUc(node)) {
            acceptor({ node, property: 'claimWithin', type: number, modifier: SvcdefTokenModifiers.duration });
        }
    }

    private modifiersFor(node: AstNode, ...extra: string[]): string[] {
        const modifiers = [...extra, ...MODIFIERS_OF_KIND[node.$type] ?? []];
        const builtin = !BUILTINS_UNMARKED.has(node.$type) && isBuiltinUri(AstUtils.getDocument(node).uri);
        return builtin ? [...modifiers, SemanticTokenModifiers.defaultLibrary] : modifiers;
    }
}
