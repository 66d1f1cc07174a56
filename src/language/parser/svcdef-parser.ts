import {
    CstNodeBuilder, DatatypeSymbol, LangiumParser, type AstNode, type LangiumCoreServices, type LexerResult,
    type ParseResult, type ParserOptions
} from 'langium';
import type { IToken } from 'chevrotain';
import { nodeFactories } from './ast-node-shapes.js';
import { missingLangiumInternals } from './langium-internals.js';
import { DeferredCstNodeBuilder } from './deferred-cst-node-builder.js';
import { buildParserRules } from './svcdef-parser-builder.js';

/** The parts of Langium's parser that svcdef's replaces or uses, and Langium keeps private (checked: see `LANGIUM_PARSER_INTERNALS`). */
interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    lexerResult?: LexerResult;
    stack: object[];
    doParse(rule: unknown): AstNode;
    extractHiddenTokens(token: IToken): IToken[];
    startImplementation($type: string | symbol | undefined, infixName: string | undefined, implementation: RuleImpl): RuleImpl;
    construct(): unknown;
}

type RuleImpl = (args: unknown) => unknown;

/**
 * Langium's parser with four costs of large workspaces taken out:
 * - AST nodes are made with every property of their type in place (see `nodeFactories`);
 * - the syntax tree keeps its leaves as rows of a table until they are read (see
 *   `DeferredCstNodeBuilder`);
 * - the comments before each token are taken without a new array for the many tokens
 *   that have none (`takeHiddenTokensBefore`);
 * - once a file is parsed, each AST node learns its container with a plain walk over its
 *   properties. Langium's walk copies every node's properties into a fresh array of
 *   key/value pairs first, and was 5% of validating 10,000 services.
 * `parse` is Langium 4.4's own, step for step; Langium offers no hook for any of these.
 */
export class SvcdefParser extends LangiumParser {
    private readonly treeBuilder = new DeferredCstNodeBuilder();

    constructor(services: LangiumCoreServices) {
        super(services);
        const missing = missingLangiumInternals(this);
        if (missing.length > 0) {
            // Fail at start-up, not with a wrong tree, if a Langium upgrade changes the parser.
            // `createParser` checks first, and builds Langium's own parser instead.
            throw new Error(`svcdef: this Langium version parses differently (${missing.join(', ')}); update src/language/parser/svcdef-parser.ts.`);
        }
        const internals = this as unknown as ParserInternals;
        internals.nodeBuilder = this.treeBuilder;
        internals.extractHiddenTokens = token => takeHiddenTokensBefore(internals.lexerResult?.hidden ?? [], token.startOffset);
        const factories = nodeFactories(services.shared.AstReflection, services.Grammar);
        internals.startImplementation = ($type, infixName, implementation) => {
            if (typeof $type !== 'string' || infixName !== undefined) {
                return startLikeLangium(internals, $type, infixName, implementation);
            }
            const factory = factories.get($type) ?? (() => ({ $type }));
            return args => {
                if (this.isRecording()) {
                    implementation(args);
                    return undefined;
                }
                internals.stack.push(factory());
                implementation(args);
                return internals.construct();
            };
        };
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const internals = this as unknown as ParserInternals;
        internals.nodeBuilder.buildRootNode(input);
        const lexerResult = internals.lexerResult = this.lexer.tokenize(input);
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = internals.doParse(ruleMethod);
        internals.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.treeBuilder.finish();
        this.unorderedGroups.clear();
        internals.lexerResult = undefined;
        linkContainers(result);
        return {
            value: result as T,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: this.wrapper.errors
        };
    }
}

/** A rule that makes a data type value, an infix expression or nothing (a fragment), started as Langium's parser starts it. */
function startLikeLangium(internals: ParserInternals, $type: symbol | string | undefined, infixName: string | undefined, implementation: RuleImpl): RuleImpl {
    return args => {
        const createNode = !(internals as unknown as LangiumParser).isRecording() && $type !== undefined;
        if (createNode) {
            internals.stack.push($type === DatatypeSymbol ? { $type, value: '' }
                : infixName !== undefined ? { $type, $infixName: infixName } : { $type });
        }
        implementation(args);
        return createNode ? internals.construct() : undefined;
    };
}

/**
 * Takes the hidden tokens (comments) that start at or before `offset` off the front of
 * `hidden`, as Langium does before each token the parser consumes; most tokens have none
 * before them, and get the one shared empty list instead of a new one.
 */
export function takeHiddenTokensBefore(hidden: IToken[], offset: number): IToken[] {
    if (hidden.length === 0 || hidden[0].startOffset > offset) {
        return NO_TOKENS;
    }
    let count = 1;
    while (count < hidden.length && hidden[count].startOffset <= offset) {
        count++;
    }
    return hidden.splice(0, count);
}

/** Frozen: the tree builder adds nothing for an empty list, and nothing may add to it. */
const NO_TOKENS = Object.freeze([]) as unknown as IToken[];

/**
 * Sets `$container`, `$containerProperty` and (in lists) `$containerIndex` of every node
 * below `node`, and trims each list to its length.
 */
export function linkContainers(node: AstNode): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const name in properties) {
        if (name.charCodeAt(0) === DOLLAR) {
            continue;
        }
        const value = properties[name];
        if (Array.isArray(value)) {
            // The parser filled the list by pushing onto an empty one, which gives it room
            // for 17 items; a copy has room for exactly its own.
            const items: unknown[] = value.length > 0 ? value.slice() : value;
            properties[name] = items;
            for (let index = 0; index < items.length; index++) {
                const item = items[index];
                if (isNode(item)) {
                    item.$container = node;
                    item.$containerProperty = name;
                    item.$containerIndex = index;
                    linkContainers(item);
                }
            }
        } else if (isNode(value)) {
            value.$container = node;
            value.$containerProperty = name;
            linkContainers(value);
        }
    }
}

const DOLLAR = 36;

/** An AST node as the parser fills it in, before anything reads it. */
interface NodeUnderConstruction extends AstNode {
    $container?: AstNode;
    $containerProperty?: string;
    $containerIndex?: number;
}

function isNode(value: unknown): value is NodeUnderConstruction {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/** The svcdef parser: its rules built once from the grammar (see `buildParserRules`), then checked by Chevrotain as Langium checks its own. */
export function createSvcdefParser(services: LangiumCoreServices): LangiumParser {
    const parser = new SvcdefParser(services);
    buildParserRules(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
