import { EOF, MismatchedTokenException, type IOrAlt, type IToken, type TokenType, type TokenVocabulary } from 'chevrotain';
import { AstUtils, GrammarAST, GrammarUtils, type LangiumParser } from 'langium';
import { misplacedPropertyBodies, type MisplacedPropertyBody } from './misplaced-agreement-properties.js';

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
    const phrases = keywordPhrases(grammar);
    const misplaced = misplacedPropertyBodies(grammar);
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule) && reachable.has(rule)) {
            parser.rule(rule, new RuleSteps(parser, tokens, phrases, misplaced.get(rule.name)).build(rule.definition));
        }
    }
}

/** The parts of Chevrotain's parser that step over a misplaced property. */
interface TokenInput {
    LA(distance: number): IToken;
    SKIP_TOKEN(): IToken;
    SAVE_ERROR(error: Error): Error;
    attemptInRepetitionRecovery(...args: unknown[]): void;
    /** The agreement bodies being parsed, innermost last. */
    agreementBodies?: MisplacedPropertyBody[];
    leavesMisplacedProperties?: boolean;
}

/**
 * Chevrotain recovers inside a repetition that meets a word it cannot take by skipping
 * words until the repetition can go on, and may read `for P1` of a misplaced credit as a
 * `for service` block. Within an agreement body, a repetition that meets a property of
 * another kind of agreement just ends, and the body steps over that property instead.
 */
function leaveMisplacedPropertiesToTheBody(input: TokenInput): void {
    if (input.leavesMisplacedProperties) {
        return;
    }
    if (typeof input.attemptInRepetitionRecovery !== 'function' || typeof input.SKIP_TOKEN !== 'function' || typeof input.SAVE_ERROR !== 'function') {
        // Fail at start-up, not with a wrong tree, if a Chevrotain upgrade changes its recovery.
        throw new Error('svcdef: this Chevrotain version recovers differently; update src/language/parser/svcdef-parser-builder.ts.');
    }
    input.leavesMisplacedProperties = true;
    const recover = input.attemptInRepetitionRecovery.bind(input);
    input.attemptInRepetitionRecovery = (...args: unknown[]) => {
        const body = input.agreementBodies?.at(-1);
        if (!body?.isMisplaced(input.LA(1).tokenType.name)) {
            recover(...args);
        }
    };
}

/** The repetition of an element's properties: the part of its body right before the closing brace. */
function isBodyRepetition(element: GrammarAST.AbstractElement): boolean {
    const group = element.$container;
    if (element.cardinality !== '*' || !GrammarAST.isGroup(group)) {
        return false;
    }
    const next = group.elements[group.elements.indexOf(element) + 1];
    return next !== undefined && GrammarAST.isKeyword(next) && next.value === '}';
}

/** Two keywords that start a property together: `for service`, `part of`, `credit cap`. */
type KeywordPhrase = readonly [string, string];

function keywordPhrases(grammar: GrammarAST.Grammar): KeywordPhrase[] {
    const phrases = new Map<string, KeywordPhrase>();
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        const [first, second] = group.elements;
        if (first && second && GrammarAST.isKeyword(first) && GrammarAST.isKeyword(second)
            && first.cardinality === undefined && second.cardinality === undefined) {
            phrases.set(`${first.value} ${second.value}`, [first.value, second.value]);
        }
    }
    return [...phrases.values()];
}

/** The keywords a match of `element` can start with (a name or other token adds nothing). */
function firstKeywords(element: GrammarAST.AbstractElement, seen = new Set<GrammarAST.AbstractRule>()): Set<string> {
    if (GrammarAST.isKeyword(element)) {
        return new Set([element.value]);
    }
    if (GrammarAST.isAssignment(element)) {
        return firstKeywords(element.terminal, seen);
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) {
            return new Set();
        }
        seen.add(rule);
        return firstKeywords(rule.definition, seen);
    }
    if (GrammarAST.isAlternatives(element)) {
        return new Set(element.elements.flatMap(choice => [...firstKeywords(choice, seen)]));
    }
    if (GrammarAST.isGroup(element)) {
        const words = new Set<string>();
        for (const part of element.elements) {
            firstKeywords(part, seen).forEach(word => words.add(word));
            if (part.cardinality !== '?' && part.cardinality !== '*') {
                break;
            }
        }
        return words;
    }
    return new Set();
}

/** Whether a match of `element` can start with the whole phrase (through the rules it calls first). */
function startsWithPhrase(element: GrammarAST.AbstractElement, phrase: KeywordPhrase, seen = new Set<GrammarAST.AbstractRule>()): boolean {
    if (GrammarAST.isAssignment(element)) {
        return startsWithPhrase(element.terminal, phrase, seen);
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) {
            return false;
        }
        seen.add(rule);
        return startsWithPhrase(rule.definition, phrase, seen);
    }
    if (GrammarAST.isAlternatives(element)) {
        return element.elements.some(choice => startsWithPhrase(choice, phrase, seen));
    }
    if (GrammarAST.isGroup(element)) {
        const [a, b] = element.elements;
        if (GrammarAST.isKeyword(a) && GrammarAST.isKeyword(b) && a.value === phrase[0] && b.value === phrase[1]) {
            return true;
        }
        return a !== undefined && startsWithPhrase(a, phrase, seen);
    }
    return false;
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

    constructor(
        private readonly parser: LangiumParser, private readonly tokens: TokenVocabulary, private readonly phrases: readonly KeywordPhrase[],
        private readonly misplaced?: MisplacedPropertyBody
    ) {}

    build(element: GrammarAST.AbstractElement): Step {
        const step = this.repeated(this.once(element), element.cardinality, this.phrasesToLeaveBefore(element));
        return this.misplaced && isBodyRepetition(element) ? this.steppingOverMisplaced(step, this.misplaced) : step;
    }

    /**
     * The properties of an agreement body, and after each property of another kind of
     * agreement (reported as a syntax error that names the kinds it belongs to, and its
     * words skipped up to the next property, the closing brace or the next element), the
     * properties after it.
     */
    private steppingOverMisplaced(properties: Step, body: MisplacedPropertyBody): Step {
        const parser = this.parser;
        const input = (parser as unknown as { wrapper: TokenInput }).wrapper;
        leaveMisplacedPropertiesToTheBody(input);
        return () => {
            input.agreementBodies ??= [];
            input.agreementBodies.push(body);
            try {
                properties();
            } finally {
                input.agreementBodies.pop();
            }
            if (parser.isRecording()) {
                return;
            }
            while (body.isMisplaced(input.LA(1).tokenType.name)) {
                const misplaced = input.LA(1);
                input.SAVE_ERROR(new MismatchedTokenException(body.message(misplaced.image), misplaced, input.LA(0)));
                input.SKIP_TOKEN();
                for (let next = input.LA(1); next.tokenType !== EOF && next.tokenType.name !== '}'; next = input.LA(1)) {
                    const word = next.tokenType.name;
                    if (body.isMisplaced(word) || body.startsElement(word) || body.startsOwnProperty(word, input.LA(2).tokenType.name)) {
                        break;
                    }
                    input.SKIP_TOKEN();
                }
                input.agreementBodies.push(body);
                try {
                    properties();
                } finally {
                    input.agreementBodies.pop();
                }
            }
        };
    }

    /**
     * A repetition at the end of a rule can be followed by anything that follows the rule,
     * and the parser's lookahead does not look past the end of the rule: a target's
     * qualifiers (`for P1`) would take the `for` of the `for service EHR { … }` after it.
     * So a repetition whose body can start with a phrase's first word, but not with the
     * phrase, stops before the phrase.
     */
    private phrasesToLeaveBefore(element: GrammarAST.AbstractElement): KeywordPhrase[] {
        if (element.cardinality !== '*' && element.cardinality !== '+' && element.cardinality !== '?') {
            return [];
        }
        const starts = firstKeywords(element);
        return this.phrases.filter(phrase => starts.has(phrase[0]) && !startsWithPhrase(element, phrase));
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

    private repeated(step: Step, cardinality: GrammarAST.AbstractElement['cardinality'], leaveBefore: readonly KeywordPhrase[] = []): Step {
        const parser = this.parser;
        const lookahead = (parser as unknown as { wrapper: { LA(distance: number): IToken } }).wrapper;
        const GATE = leaveBefore.length === 0 ? undefined : () => {
            const first = lookahead.LA(1).tokenType.name;
            if (!leaveBefore.some(phrase => phrase[0] === first)) {
                return true;
            }
            const second = lookahead.LA(2).tokenType.name;
            return !leaveBefore.some(phrase => phrase[0] === first && phrase[1] === second);
        };
        switch (cardinality) {
            case undefined:
                return step;
            case '?': {
                const index = this.optionals++;
                const body = GATE ? { GATE, DEF: step } : { DEF: step };
                return () => parser.optional(index, body);
            }
            case '*': {
                const index = this.repetitions++;
                const body = GATE ? { GATE, DEF: step } : { DEF: step };
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
