import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/** A block of properties in braces, as a syntax error inside it describes it. */
export interface PropertyBlock {
    /** The word that starts the element the block belongs to: `sla`, `service`. */
    readonly kind: string;
    /** The words that start each of its properties, in the grammar's order: `customer`, `depends on`. */
    readonly properties: readonly string[];
}

/**
 * Rules that only the built-in library may use (`reserved-declaration` refuses them in a
 * workspace), so they are not offered as what may be written at the top of a file.
 */
const BUILT_IN_ONLY = new Set(['A2Node', 'WorkProduct']);

/**
 * The property blocks of the grammar, by the name of the rule that closes them: every
 * rule in which a repetition of properties that each start with a keyword comes right
 * before a `}`. Blocks whose entries start with a name (`internal { … }`, the artifacts
 * of `produces`) are not property blocks.
 */
export function propertyBlocks(grammar: GrammarAST.Grammar): Map<string, PropertyBlock> {
    const blocks = new Map<string, PropertyBlock>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || GrammarUtils.isDataTypeRule(rule)) {
            continue;
        }
        for (const keyword of AstUtils.streamAst(rule.definition).filter(GrammarAST.isKeyword)) {
            const properties = keyword.value === '}' ? repeatedWords(elementBefore(keyword)) : undefined;
            const kind = firstWords(rule.definition)?.[0];
            if (properties && kind) {
                blocks.set(rule.name, { kind, properties });
            }
        }
    }
    return blocks;
}

/** The words that start an element at the top of a file: `provider`, `service`, `sla`, … */
export function elementWords(grammar: GrammarAST.Grammar): readonly string[] {
    const entry = grammar.rules.find(rule => GrammarAST.isParserRule(rule) && rule.entry) as GrammarAST.ParserRule | undefined;
    const elements = entry && GrammarAST.isGroup(entry.definition) ? entry.definition.elements.at(-1) : undefined;
    return repeatedWords(elements) ?? [];
}

function elementBefore(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement | undefined {
    const group = element.$container;
    if (!GrammarAST.isGroup(group)) {
        return undefined;
    }
    return group.elements[group.elements.indexOf(element) - 1];
}

/** The words that start each repetition of `element` (a `*` repetition, or a fragment that is one). */
function repeatedWords(element: GrammarAST.AbstractElement | undefined): string[] | undefined {
    if (!element) {
        return undefined;
    }
    if (element.cardinality === '*') {
        return firstWords(element);
    }
    if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && element.rule.ref.fragment) {
        return repeatedWords(element.rule.ref.definition);
    }
    return undefined;
}

/**
 * The keywords `element` can start with, a keyword and the keywords that must follow it
 * read as one (`depends on`); undefined if it can start with anything else, such as a name.
 */
function firstWords(element: GrammarAST.AbstractElement): string[] | undefined {
    if (GrammarAST.isKeyword(element)) {
        return [element.value];
    }
    if (GrammarAST.isAssignment(element)) {
        return firstWords(element.terminal);
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!GrammarAST.isParserRule(rule)) {
            return undefined;
        }
        return BUILT_IN_ONLY.has(rule.name) ? [] : firstWords(rule.definition);
    }
    if (GrammarAST.isAlternatives(element)) {
        const words: string[] = [];
        for (const choice of element.elements) {
            const choiceWords = firstWords(choice);
            if (!choiceWords) {
                return undefined;
            }
            words.push(...choiceWords.filter(word => !words.includes(word)));
        }
        return words;
    }
    if (GrammarAST.isGroup(element)) {
        const [first, ...rest] = element.elements;
        if (!first || (first.cardinality !== undefined && first.cardinality !== '+')) {
            return undefined;
        }
        if (GrammarAST.isKeyword(first) && first.cardinality === undefined) {
            const following = rest.findIndex(part => !isWordKeyword(part) || part.cardinality !== undefined);
            const phrase = [first, ...(following < 0 ? rest : rest.slice(0, following))] as GrammarAST.Keyword[];
            return [phrase.map(keyword => keyword.value).join(' ')];
        }
        return firstWords(first);
    }
    return undefined;
}

function isWordKeyword(element: GrammarAST.AbstractElement): element is GrammarAST.Keyword {
    return GrammarAST.isKeyword(element) && /^[a-z]/.test(element.value);
}
