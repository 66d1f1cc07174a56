import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Percent literals keep their number (`99.9%` → 99.9); the `%` is the unit, which the
 * AST records through the node type (`PercentValue`). Multipliers drop their `x`.
 */
export class SvcdefValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'PERCENT':
                return Number(input.slice(0, -1));
            case 'MULTIPLIER':
                return Number(input.slice(1));
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}
