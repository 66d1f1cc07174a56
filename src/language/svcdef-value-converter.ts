import {
    AstUtils, DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueType
} from 'langium';

type Conversion = (input: string) => ValueType;

const unchanged: Conversion = input => input;

/**
 * The quoted text without its quotes, escapes resolved as Langium resolves them. Langium
 * builds the result a character at a time, which leaves every string value as a chain of
 * a dozen or more concatenation nodes on the heap; most strings have no escape and are
 * simply the text between the quotes.
 */
export function convertString(input: string): string {
    const inner = input.slice(1, -1);
    return inner.includes('\\') ? inner.replace(ESCAPE, (_, char: string) => ESCAPES[char] ?? char) : inner;
}

const ESCAPE = /\\(.)/g;
const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/**
 * Percent literals keep their number (`99.9%` → 99.9); the `%` is the unit, which the
 * AST records through the node type (`PercentValue`). Multipliers drop their `x`. Money
 * amounts (`Decimal`) stay the text written, so no digit of a price is lost to a float.
 *
 * The parser converts every value it assigns, a million per 10k-service workspace. Langium's
 * converter finds the rule behind the CST node and then dispatches on its upper-cased name
 * and its type, each time; here that work is done once per grammar element, and a value
 * costs one map lookup.
 */
export class SvcdefValueConverter extends DefaultValueConverter {
    private readonly conversions = new Map<GrammarAST.AbstractElement | undefined, Conversion>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const source = cstNode.grammarSource;
        let conversion = this.conversions.get(source);
        if (!conversion) {
            conversion = this.conversionFor(source);
            this.conversions.set(source, conversion);
        }
        return conversion(input);
    }

    private conversionFor(source: GrammarAST.AbstractElement | undefined): Conversion {
        const feature = GrammarAST.isCrossReference(source) ? GrammarUtils.getCrossReferenceTerminal(source) : source;
        if (!GrammarAST.isRuleCall(feature)) {
            return unchanged;
        }
        const rule = feature.rule.ref;
        if (!rule) {
            throw new Error('This cst node was not parsed by a rule.');
        }
        // Langium converts the NUMBER inside `Decimal` to a number and back to text
        // (`1e-7`), and types the rule itself as a number; money keeps its written digits.
        if (rule.name === 'Decimal' || AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name === 'Decimal') {
            return unchanged;
        }
        switch (rule.name) {
            case 'PERCENT':
                return input => Number(input.slice(0, -1));
            case 'MULTIPLIER':
                return input => Number(input.slice(1));
            case 'STRING':
                return convertString;
            case 'ID':
                return ValueConverter.convertID;
            case 'CreditBasis':
                // A data type rule's text is its tokens joined without what lay between
                // them: `monthly charge` arrives as `monthlycharge`.
                return input => input.replace(/(?<=\S)charge$/, ' charge');
        }
        switch (GrammarUtils.getRuleType(rule).toLowerCase()) {
            case 'number': return ValueConverter.convertNumber;
            case 'boolean': return ValueConverter.convertBoolean;
            case 'bigint': return ValueConverter.convertBigint;
            case 'date': return ValueConverter.convertDate;
            default: return unchanged;
        }
    }
}
