import { CstNodeBuilder } from 'langium';

/**
 * One member of Langium's parser that svcdef's parser reaches past Langium's types: a
 * private member of `LangiumParser`, or a member of the Chevrotain parser Langium keeps in
 * its protected `wrapper`. The compiler cannot see these uses, so a Langium release that
 * renames or reshapes one would break svcdef's parser at run time. Members svcdef reaches
 * through Langium's types (`lexer`, `allRules`, `mainRule`, `unorderedGroups`,
 * `isRecording`, the lexer's `tokenTypes` and `chevrotainLexer`, `CstNodeBuilder`'s
 * methods) are checked by the compiler when svcdef is built, and are not listed.
 */
export interface LangiumInternal {
    /** Where the member is, from the parser: `nodeBuilder`, `wrapper.LA`. */
    readonly path: string;
    /** What svcdef does with it. */
    readonly use: string;
    /**
     * Which part of svcdef needs it: its parser (`svcdef-parser.ts`), which Langium's own
     * parser can stand in for, or its parser builder (`svcdef-parser-builder.ts`), whose
     * rules decide how a two-word property after a target and a misplaced agreement
     * property are read.
     */
    readonly neededBy: 'parser' | 'builder';
    /** Whether a value found there has the shape svcdef's parser relies on. */
    fits(value: unknown): boolean;
}

const method = (parameters: number) => (value: unknown) => typeof value === 'function' && value.length === parameters;
const anyMethod = (value: unknown) => typeof value === 'function';

/** Everything svcdef (`svcdef-parser.ts`, `svcdef-parser-builder.ts`) takes from Langium 4.4's parser past its types. */
export const LANGIUM_PARSER_INTERNALS: readonly LangiumInternal[] = [
    {
        path: 'nodeBuilder',
        neededBy: 'parser',
        use: 'replaced by the deferred syntax tree builder, which every step of parsing reaches through it',
        fits: value => value instanceof CstNodeBuilder
    },
    {
        path: 'stack',
        neededBy: 'parser',
        use: 'receives each AST node made with all its properties in place, as Langium pushes `{ $type }`',
        fits: value => Array.isArray(value)
    },
    {
        path: 'doParse',
        neededBy: 'parser',
        use: 'runs the main rule from svcdef\'s copy of `parse`',
        fits: method(1)
    },
    {
        path: 'startImplementation',
        neededBy: 'parser',
        use: 'replaced, to make AST nodes from the factory of their type; called with ($type, infixName, implementation)',
        fits: method(3)
    },
    {
        path: 'extractHiddenTokens',
        neededBy: 'parser',
        use: 'replaced, to take the comments before a token without a new array per token',
        fits: method(1)
    },
    {
        path: 'construct',
        neededBy: 'parser',
        use: 'finishes the AST node on top of `stack`, as Langium\'s rule start does',
        fits: method(0)
    },
    {
        path: 'wrapper',
        neededBy: 'builder',
        use: 'the Chevrotain parser, which the builder\'s rules look ahead in and recover with',
        fits: value => typeof value === 'object' && value !== null
    },
    {
        path: 'wrapper.LA',
        neededBy: 'builder',
        use: 'looks one or two tokens ahead, to end a repetition before a two-word property',
        fits: method(1)
    },
    {
        path: 'wrapper.SKIP_TOKEN',
        neededBy: 'builder',
        use: 'steps over a property of another kind of agreement',
        fits: anyMethod
    },
    {
        path: 'wrapper.SAVE_ERROR',
        neededBy: 'builder',
        use: 'reports a property of another kind of agreement as a syntax error',
        fits: method(1)
    },
    {
        path: 'wrapper.attemptInRepetitionRecovery',
        neededBy: 'builder',
        use: 'wrapped, so that an agreement body, not Chevrotain\'s recovery, steps over a misplaced property',
        fits: anyMethod
    }
];

/**
 * The members of `LANGIUM_PARSER_INTERNALS` (those one part of svcdef needs, or all) that
 * `parser`, a `LangiumParser` as Langium builds it, lacks or has in another shape, by path.
 */
export function missingLangiumInternals(parser: object, neededBy?: LangiumInternal['neededBy']): string[] {
    return LANGIUM_PARSER_INTERNALS
        .filter(member => (neededBy === undefined || member.neededBy === neededBy) && !member.fits(memberAt(parser, member.path)))
        .map(member => member.path);
}

function memberAt(parser: object, path: string): unknown {
    let value: unknown = parser;
    for (const name of path.split('.')) {
        if (typeof value !== 'object' || value === null) {
            return undefined;
        }
        value = (value as Record<string, unknown>)[name];
    }
    return value;
}
