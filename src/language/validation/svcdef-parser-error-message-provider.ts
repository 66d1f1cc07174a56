import { tokenMatcher, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import type { GrammarAST } from 'langium';
import { MALFORMED_DATE } from '../parser/malformed-date-token.js';
import { elementWords, propertyBlocks, type PropertyBlock } from './block-properties.js';
import {
    expectedMessage, isWord, notAPropertyMessage, notAnElementMessage, unknownElementMessage, unknownPropertyMessage
} from './syntax-messages.js';

const AGREEMENT_KINDS = ['sla', 'ola', 'uc'];

/**
 * Words the parser's findings for the people who write service definitions (see
 * syntax-messages.ts). A block that meets a word it has no property for says which
 * properties it takes: the parser only knows that it expected the closing brace there,
 * the grammar knows what else could have come.
 *
 * The messages depend on nothing but what the parser passes in, so every parser over
 * svcdef's grammar (Langium's own included, in tests) words a finding alike.
 */
export class SvcdefParserErrorMessageProvider implements IParserErrorMessageProvider {
    private readonly blocks: ReadonlyMap<string, PropertyBlock>;
    private readonly elements: readonly string[];

    constructor(grammar: GrammarAST.Grammar) {
        this.blocks = propertyBlocks(grammar);
        this.elements = elementWords(grammar);
    }

    buildMismatchTokenMessage({ expected, actual, ruleName }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const block = this.blocks.get(grammarRuleName(ruleName));
        if (block && expected.name === '}' && actual.tokenType.name !== 'EOF' && actual.tokenType !== MALFORMED_DATE) {
            return isWord(actual)
                ? unknownPropertyMessage(actual.image, block.kind, block.properties, this.elements.includes(actual.image), this.siblingKindsTaking(block, actual.image))
                : notAPropertyMessage(actual, block.kind, block.properties);
        }
        if (expected.name === 'EOF') {
            // The file's rule reads elements up to the end of the file: this is where none starts.
            return this.notAnElement(actual);
        }
        return expectedMessage([expected], actual);
    }

    /** The other kinds of agreement that take a property starting with `word`, when `block` is an agreement. */
    private siblingKindsTaking(block: PropertyBlock, word: string): string[] {
        const startsWith = (properties: readonly string[]) => properties.some(property => property.split(' ')[0] === word);
        if (!AGREEMENT_KINDS.includes(block.kind) || startsWith(block.properties)) {
            return [];
        }
        return [...this.blocks.values()]
            .filter(other => other.kind !== block.kind && AGREEMENT_KINDS.includes(other.kind)
                && startsWith(other.properties))
            .map(other => other.kind);
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return this.notAnElement(firstRedundant);
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        return divergence(expectedPathsPerAlt.flat(), actual);
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        return divergence(expectedIterationPaths, actual);
    }

    private notAnElement(found: IToken): string {
        return isWord(found) ? unknownElementMessage(found.image, this.elements) : notAnElementMessage(found);
    }
}

/** Langium names each parser rule after its grammar rule, with a zero-width space appended. */
function grammarRuleName(parserRuleName: string): string {
    return parserRuleName.replace(/\u200B$/, '');
}

/**
 * What the parser could have read where the input leaves the last of the paths it
 * could take, and what it found there. The paths are token sequences as long as the
 * parser's lookahead, and usually differ in their first token.
 */
function divergence(paths: readonly TokenType[][], actual: readonly IToken[]): string {
    const matched = paths.map(path => {
        let length = 0;
        while (length < path.length && length < actual.length && tokenMatcher(actual[length], path[length])) {
            length++;
        }
        return length;
    });
    const depth = Math.max(0, ...matched.filter((length, index) => length < paths[index].length));
    const expected = paths.filter((path, index) => matched[index] === depth && path.length > depth).map(path => path[depth]);
    return expectedMessage(expected, actual[depth] ?? actual[0]);
}
