import type { GrammarAST } from 'langium';
import { elementWords, propertyBlocks, type PropertyBlock } from '../validation/block-properties.js';
import { unknownPropertyMessage } from '../validation/syntax-messages.js';

const AGREEMENT_RULES = ['Sla', 'Ola', 'Uc'];

/**
 * What the parser needs to step over a property of another kind of agreement (`supports`
 * in an SLA, `customer` in an OLA) and go on with the rest of the body. Without it the
 * parser ends the agreement at the misplaced word, and `unit Ops` in an SLA becomes a unit
 * declared at the top level: a false `duplicate-name`, and every property after it lost.
 */
export interface MisplacedPropertyBody {
    /** Whether `word` starts a property of another kind of agreement, not of this one. */
    isMisplaced(word: string): boolean;
    /** Whether `word` (followed by `next`) starts a property of this body. */
    startsOwnProperty(word: string, next: string): boolean;
    /** Whether `word` starts an element at the top of a file. */
    startsElement(word: string): boolean;
    /** The syntax error for a misplaced `word`. */
    message(word: string): string;
}

/** The agreement bodies of the grammar by rule name. */
export function misplacedPropertyBodies(grammar: GrammarAST.Grammar): Map<string, MisplacedPropertyBody> {
    const blocks = propertyBlocks(grammar);
    const elements = new Set(elementWords(grammar));
    const bodies = new Map<string, MisplacedPropertyBody>();
    for (const rule of AGREEMENT_RULES) {
        const own = blocks.get(rule);
        if (!own) {
            continue;
        }
        const siblings = AGREEMENT_RULES.filter(other => other !== rule).map(other => blocks.get(other)).filter((block): block is PropertyBlock => block !== undefined);
        const ownFirstWords = new Set(own.properties.map(firstWord));
        const kindsTaking = new Map<string, string[]>();
        for (const sibling of siblings) {
            for (const word of new Set(sibling.properties.map(firstWord))) {
                if (!ownFirstWords.has(word)) {
                    kindsTaking.set(word, [...kindsTaking.get(word) ?? [], sibling.kind]);
                }
            }
        }
        const phrases = own.properties.map(property => property.split(' '));
        bodies.set(rule, {
            isMisplaced: word => kindsTaking.has(word),
            startsOwnProperty: (word, next) => phrases.some(([first, second]) => first === word && (second === undefined || second === next)),
            startsElement: word => elements.has(word),
            message: word => unknownPropertyMessage(word, own.kind, own.properties, false, kindsTaking.get(word) ?? [])
        });
    }
    return bodies;
}

function firstWord(property: string): string {
    return property.split(' ')[0];
}
