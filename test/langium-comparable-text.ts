/**
 * The text Langium's own parser must parse as svcdef's does, for the tests that hold
 * svcdef's parser to Langium's. They differ in one place on purpose: Langium's lookahead
 * does not see past the end of a rule, so after a target's qualifiers (`for P1`) it takes
 * the `for` of a following `for service X { … }` for another qualifier, while svcdef's
 * parser leaves a repetition before a two-word property (see src/language/parser/svcdef-parser-builder.ts).
 * Putting a property that ends in a string before each `for service` makes the text
 * mean one thing to both, so every other node of the new forms is still compared.
 */
export function comparableWithLangiumsParser(text: string): string {
    return text.replace(/\bfor(\s+)service\b/g, 'version "v"$1for service');
}
