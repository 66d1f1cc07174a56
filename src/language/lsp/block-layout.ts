import { AstUtils, GrammarAST, isCompositeCstNode, type CstNode, type Grammar } from 'langium';

/**
 * `entries`: a `{ … }` holding properties and nested elements written in any order
 * (a service body, an SLA body, `internal { … }`), laid out one entry per line.
 * `list`: a `{ … }` holding a comma-separated list (`produces "…" { A, B }`), kept on one line.
 */
export type BlockKind = 'entries' | 'list';

/**
 * What the formatter needs to know about braces, read from the grammar instead of listed
 * by hand, so that a property added to the grammar is laid out like its siblings without
 * touching the formatter.
 *
 * A brace pair is found as a `'{' … '}'` inside one grammar group. What sits between them
 * decides the kind: a repeated alternative (`( 'status' … | 'owner' … )*`), a repeated
 * assignment (`icoms+=Icom*`) or a fragment that is one (`'{' AgreementBody '}'`) makes an
 * entry block, and the first element of each alternative is an entry starter; anything
 * else (an optional comma list) is a list.
 */
export class BlockGrammar {
    private readonly kinds = new Map<GrammarAST.AbstractElement, BlockKind>();
    private readonly starters = new Set<GrammarAST.AbstractElement>();

    constructor(grammar: Grammar) {
        for (const node of AstUtils.streamAllContents(grammar)) {
            if (GrammarAST.isGroup(node)) {
                this.readGroup(node);
            }
        }
    }

    /** The kind of block a `{` leaf opens, or undefined for any other leaf. */
    blockKind(leaf: CstNode): BlockKind | undefined {
        return leaf.grammarSource ? this.kinds.get(leaf.grammarSource) : undefined;
    }

    /**
     * Whether a CST node begins an entry of an entry block: a property keyword such as
     * `status`, or the first token of a nested element such as `offering` or `target`.
     */
    startsEntry(node: CstNode): boolean {
        let current: CstNode | undefined = node;
        while (current) {
            if (current.grammarSource && this.starters.has(current.grammarSource)) {
                return true;
            }
            const parent: CstNode | undefined = current.container;
            if (!parent || !isCompositeCstNode(parent) || parent.content.find(child => !child.hidden) !== current) {
                return false;
            }
            current = parent;
        }
        return false;
    }

    private readGroup(group: GrammarAST.Group): void {
        const elements = group.elements;
        const open = elements.findIndex(element => isBrace(element, '{'));
        if (open < 0) {
            return;
        }
        const close = elements.findIndex((element, index) => index > open && isBrace(element, '}'));
        if (close < 0) {
            return;
        }
        const starters = elements.slice(open + 1, close).flatMap(repeatedStarters);
        this.kinds.set(elements[open], starters.length > 0 ? 'entries' : 'list');
        for (const starter of starters) {
            this.starters.add(starter);
        }
    }
}

function isBrace(element: GrammarAST.AbstractElement, brace: '{' | '}'): boolean {
    return GrammarAST.isKeyword(element) && element.value === brace;
}

function isRepeated(element: GrammarAST.AbstractElement): boolean {
    return element.cardinality === '*' || element.cardinality === '+';
}

function repeatedStarters(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    if (GrammarAST.isAlternatives(element) && isRepeated(element)) {
        return element.elements.flatMap(firstElements);
    }
    if (!isRepeated(element) && GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && element.rule.ref.fragment) {
        // A body several elements share is a fragment between their braces (`'{' AgreementBody '}'`).
        return repeatedStarters(element.rule.ref.definition);
    }
    return isRepeated(element) ? firstElements(element) : [];
}

/** The grammar elements whose CST node can be the first one of a match of `element`. */
function firstElements(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    if (GrammarAST.isGroup(element)) {
        return element.elements.length > 0 ? firstElements(element.elements[0]) : [];
    }
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.flatMap(firstElements);
    }
    if (GrammarAST.isAssignment(element)) {
        return firstElements(element.terminal);
    }
    if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && element.rule.ref.fragment) {
        // Properties several elements share (`AgreementCommon`) start where the fragment does.
        return firstElements(element.rule.ref.definition);
    }
    return [element];
}
