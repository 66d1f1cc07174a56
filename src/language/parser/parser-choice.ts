import { createLangiumParser, LangiumParser, type LangiumCoreServices } from 'langium';
import { LANGIUM_PARSER_INTERNALS, missingLangiumInternals } from './langium-internals.js';
import { createSvcdefParser } from './svcdef-parser.js';
import { buildParserRules } from './svcdef-parser-builder.js';

export interface ParserChoiceOptions {
    /** Told, once per set of services, that svcdef runs on Langium's own parser, and why. */
    readonly warn: (message: string) => void;
    /**
     * What the check of Langium's internals looks at, given the parser as Langium builds
     * it: the parser itself, unless a test shows it one with members taken away.
     */
    readonly inspect?: (parser: LangiumParser) => object;
}

/**
 * svcdef's parser when the installed Langium has every member it relies on (see
 * `LANGIUM_PARSER_INTERNALS`), otherwise the best Langium's own parser can do, with one
 * warning, rather than a server that fails to start after a Langium upgrade:
 * - if only `LangiumParser`'s private members changed, Langium's parser with the rules of
 *   svcdef's parser builder: the same trees and errors, built more slowly in more memory;
 * - if the Chevrotain parser the builder works with changed too, Langium's parser with its
 *   own rules, which read a few valid texts differently (see `fallbackMessage`).
 * The check looks at what the members are, not at Langium's version, so a release that
 * keeps them keeps the fast parser.
 */
export function createParser(services: LangiumCoreServices, options: ParserChoiceOptions): LangiumParser {
    const asLangiumBuildsIt = new LangiumParser(services);
    const seen = options.inspect?.(asLangiumBuildsIt) ?? asLangiumBuildsIt;
    const missing = missingLangiumInternals(seen);
    if (missing.length === 0) {
        return createSvcdefParser(services);
    }
    const builderFits = missingLangiumInternals(seen, 'builder').length === 0;
    options.warn(fallbackMessage(missing, builderFits));
    if (!builderFits) {
        return createLangiumParser(services);
    }
    buildParserRules(services.Grammar, asLangiumBuildsIt, services.parser.Lexer.definition);
    asLangiumBuildsIt.finalize();
    return asLangiumBuildsIt;
}

/** The warning: what is missing, what it costs, and what to do. */
export function fallbackMessage(missing: readonly string[], builderFits: boolean): string {
    const all = missing.length === LANGIUM_PARSER_INTERNALS.length;
    const cost = builderFits
        ? 'large workspaces load more slowly and take more memory'
        : 'large workspaces load more slowly and take more memory, a `for service` block right after a target\'s '
            + '`for P1` is a syntax error, and a property of another kind of agreement (`customer` in an OLA) '
            + 'ends its agreement instead of being stepped over';
    const what = all ? 'every parser member' : `the parser member${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`;
    return `svcdef: the installed Langium lacks ${what} `
        + `that svcdef's fast parser relies on, so svcdef parses with Langium's own parser: ${cost}. `
        + 'Install the Langium version package.json pins (~4.4), or update src/language/parser/ (see docs/parser.md).';
}
