import type { ValidationAcceptor } from 'langium';
import { comparatorFitsDirection } from '../commitments/metric-semantics.js';
import type { Credit, PercentValue, Target } from '../generated/ast.js';
import { measureOf } from '../literals.js';
import { report } from './diagnostic-codes.js';

/** Values must make sense for the metric they are measured on. */
export class ValueChecks {
    checkPercent(value: PercentValue, accept: ValidationAcceptor): void {
        if (value.percent < 0 || value.percent > 100) {
            report(accept, 'percent-out-of-range', `${value.percent}% is not a percentage between 0% and 100%. Correct the value.`,
                { node: value, property: 'percent' });
        }
    }

    checkTarget(target: Target, accept: ValidationAcceptor): void {
        const metric = target.metric?.ref;
        const measure = measureOf(target.value);
        if (!metric || !measure) {
            return;
        }
        if (measure.kind !== metric.unit) {
            report(accept, 'unit-mismatch',
                `Metric '${metric.name}' is measured as a ${metric.unit}, but ${measure.text} is a ${measure.kind}. ${unitHint(metric.unit)}`,
                { node: target, property: 'value' });
            return;
        }
        if (!comparatorFitsDirection(metric, target.comparator)) {
            const better = metric.direction === 'higher' ? 'higher' : 'lower';
            const fitting = metric.direction === 'higher' ? '>=' : '<=';
            report(accept, 'comparator-direction',
                `'${target.comparator}' promises a bound in the wrong direction: for '${metric.name}', ${better} is better. Write '${fitting}' to state the promised ${metric.direction === 'higher' ? 'minimum' : 'maximum'}.`,
                { node: target, property: 'comparator', extra: { replacement: fitting } });
        }
    }

    checkCredit(credit: Credit, accept: ValidationAcceptor): void {
        const metric = credit.metric?.ref;
        const measure = measureOf(credit.value);
        if (metric && measure && measure.kind !== metric.unit) {
            report(accept, 'unit-mismatch',
                `Metric '${metric.name}' is measured as a ${metric.unit}, but the credit condition uses ${measure.text}, a ${measure.kind}. ${unitHint(metric.unit)}`,
                { node: credit, property: 'value' });
        }
    }
}

function unitHint(unit: string): string {
    switch (unit) {
        case 'percent': return 'Write a percentage such as 99.9%.';
        case 'duration': return 'Write a duration such as 30min, 4h or 2 business days.';
        default: return 'Write a plain number such as 4.2.';
    }
}
