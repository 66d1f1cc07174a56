import { EOF, type IOrAlt, type TokenType, type TokenVocabulary } from 'chevrotain';
import { AstUtils, GrammarAST, GrammarUtils, type LangiumParser } from 'langium';

type Step = () => void;
type RuleResult = NonNullable<ReturnType<LangiumParser['getRule']>>;

/** No rule of svcdef's grammar takes parameters, so every rule call passes this one. */
const NO_ARGUMENTS = Object.freeze({});

/**
 * Gives `parser` one rule for every parser rule `grammar` reaches, as Langium's own parser
 * builder does, for grammars without rule parameters, guard conditions, unordered groups or
 * infix rules.
 *
 * Langium's builder passes rule arguments down every step, so each time a rule runs it makes
 * a fresh list of alternatives, and a fresh closure per alternative, per repetition and per
 * optional part: about half of what parsing allocated, and so most of the young-generation
 * collections that copy the tree being built. A grammar without parameters has no arguments
 * to pass, so here every step, every list of alternatives and every repetition body is made
 * once, when the parser is built. Each kind of step is numbered per rule, as Chevrotain needs
 * to tell apart the places of a rule that share a kind.
 */
export function buildParserRules(grammar: GrammarAST.Grammar, parser: LangiumParser, tokens: TokenVocabulary): void {
    const unsupported = unsupportedFeature(grammar);
    if (unsupported) {
        throw new Error(`svcdef's parser builder does not support ${unsupported}; build the parser with Langium's createParser instead.`);
    }
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule) && reachable.has(rule)) {
            parser.rule(rule, new RuleSteps(parser, tokens).build(rule.definition));
        }
    }
}

/** Why `buildParserRules` cannot build `grammar`, or undefined when it can. */
export function unsupportedFeature(grammar: GrammarAST.Grammar): string | undefined {
    for (const rule of grammar.rules) {
        for (const element of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isUnorderedGroup(element)) {
                return `unordered groups (in ${rule.name})`;
            }
            if (GrammarAST.isGroup(element) && element.guardCondition) {
                return `guard conditions (in ${rule.name})`;
            }
            if (GrammarAST.isRuleCall(element) && element.arguments.length > 0) {
                return `rule call arguments (in ${rule.name})`;
            }
        }
    }
    for (const rule of grammar.rules) {
        if (GrammarAST.isInfixRule(rule)) {
            return `infix rules (${rule.name})`;
        }
        if (GrammarAST.isParserRule(rule) && rule.parameters.length > 0) {
            return `rule parameters (${rule.name})`;
        }
    }
    return undefined;
}

/** The steps of one rule, with the rule's own numbering of each kind of step. */
class RuleSteps {
    private consumes = 1;
    private subrules = 1;
    private ors = 1;
    private optionals = 1;
    private repetitions = 1;

    constructor(private readonly parser: LangiumParser, private readonly tokens: TokenVocabulary) {}

    build(element: GrammarAST.AbstractElement): Step {
        return this.repeated(this.once(element), element.cardinality);
    }

    private once(element: GrammarAST.AbstractElement): Step {
        if (GrammarAST.isKeyword(element)) {
            return this.consume(this.token(element.value), element);
        }
        if (GrammarAST.isAction(element)) {
            const type = GrammarUtils.getTypeName(element);
            return () => this.parser.action(type, element);
        }
        if (GrammarAST.isAssignment(element)) {
            return this.build(element.terminal);
        }
        if (GrammarAST.isCrossReference(element)) {
            return this.crossReference(element, element.terminal);
        }
        if (GrammarAST.isRuleCall(element)) {
            return this.ruleCall(element.rule.ref, element);
        }
        if (GrammarAST.isAlternatives(element)) {
            return this.alternatives(element);
        }
        if (GrammarAST.isGroup(element)) {
            return sequence(element.elements.map(part => this.build(part)));
        }
        if (GrammarAST.isEndOfFile(element)) {
            return this.consume(EOF, element);
        }
        throw new Error(`svcdef's parser builder cannot build a ${element.$type}.`);
    }

    private repeated(step: Step, cardinality: GrammarAST.AbstractElement['cardinality']): Step {
        const parser = this.parser;
        switch (cardinality) {
            case undefined:
                return step;
            case '?': {
                const index = this.optionals++;
                const body = { DEF: step };
                return () => parser.optional(index, body);
            }
            case '*': {
                const index = this.repetitions++;
                const body = { DEF: step };
                return () => parser.many(index, body);
            }
            case '+': {
                const index = this.repetitions++;
                const body = { DEF: step };
                return () => parser.atLeastOne(index, body);
            }
        }
    }

    private alternatives(element: GrammarAST.Alternatives): Step {
        if (element.elements.length === 1) {
            return this.build(element.elements[0]);
        }
        const choices: Array<IOrAlt<void>> = element.elements.map(choice => ({ ALT: this.build(choice) }));
        const index = this.ors++;
        const parser = this.parser;
        return () => parser.alternatives(index, choices);
    }

    private ruleCall(rule: GrammarAST.AbstractRule | undefined, call: GrammarAST.AbstractElement): Step {
        if (GrammarAST.isParserRule(rule)) {
            return this.subrule(rule, rule.fragment, call);
        }
        if (GrammarAST.isTerminalRule(rule)) {
            return this.consume(this.token(rule.name), call);
        }
        throw new Error(`svcdef's parser builder cannot call the rule '${rule?.name ?? (call as GrammarAST.RuleCall).rule.$refText}'.`);
    }

    /** A reference is parsed as the terminal, data type rule or keyword that spells its target's name. */
    private crossReference(reference: GrammarAST.CrossReference, terminal: GrammarAST.AbstractElement | undefined): Step {
        if (!terminal) {
            const target = reference.type.ref;
            const nameTerminal = target && GrammarUtils.findNameAssignment(target)?.terminal;
            if (!nameTerminal) {
                throw new Error(`svcdef's parser builder cannot tell how a reference to '${reference.type.$refText}' is written.`);
            }
            return this.crossReference(reference, nameTerminal);
        }
        if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
            return this.subrule(terminal.rule.ref, false, reference);
        }
        if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
            return this.consume(this.token(terminal.rule.ref.name), reference);
        }
        if (GrammarAST.isKeyword(terminal)) {
            return this.consume(this.token(terminal.value), reference);
        }
        throw new Error(`svcdef's parser builder cannot build a reference written as a ${terminal.$type}.`);
    }

    private consume(token: TokenType, feature: GrammarAST.AbstractElement): Step {
        const index = this.consumes++;
        const parser = this.parser;
        return () => parser.consume(index, token, feature);
    }

    /** Rules are looked up when first called: a rule may call one defined after it. */
    private subrule(rule: GrammarAST.ParserRule, fragment: boolean, feature: GrammarAST.AbstractElement): Step {
        const index = this.subrules++;
        const parser = this.parser;
        let called: RuleResult | undefined;
        return () => {
            called ??= ruleNamed(parser, rule.name);
            parser.subrule(index, called, fragment, feature, NO_ARGUMENTS);
        };
    }

    private token(name: string): TokenType {
        const token = (this.tokens as Record<string, TokenType | undefined>)[name];
        if (!token) {
            throw new Error(`svcdef's parser builder found no token for '${name}'.`);
        }
        return token;
    }
}

function sequence(steps: Step[]): Step {
    if (steps.length === 1) {
        return steps[0];
    }
    return () => {
        for (let index = 0; index < steps.length; index++) {
            steps[index]();
        }
    };
}

function ruleNamed(parser: LangiumParser, name: string): RuleResult {
    const rule = parser.getRule(name);
    if (!rule) {
        throw new Error(`svcdef's parser builder found no rule '${name}'.`);
    }
    return rule;
}
