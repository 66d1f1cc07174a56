import type { ValidationAcceptor } from 'langium';
import { describeTarget } from '../commitments/metric-semantics.js';
import { undecidedCode, undecidedMessage, type Undecided } from '../commitments/target-strength.js';
import type { Target } from '../generated/ast.js';
import { report } from './diagnostic-codes.js';

/**
 * Pairs of targets whose values business time leaves uncompared (`incomparable-target`,
 * `unstructured-calendar`), each reported once although a pair is met again for every
 * service both apply to. They are marked on the value of the target of the agreement
 * being checked: the other side may live in another file.
 */
export class UndecidedPairs {
    private readonly pairs = new Map<Target, Map<Target, Undecided>>();

    readonly note = (undecided: Undecided): void => {
        let against = this.pairs.get(undecided.weaker.target);
        if (!against) {
            this.pairs.set(undecided.weaker.target, against = new Map());
        }
        if (!against.has(undecided.stronger.target)) {
            against.set(undecided.stronger.target, undecided);
        }
    };

    report(accept: ValidationAcceptor): void {
        for (const against of this.pairs.values()) {
            for (const undecided of against.values()) {
                report(accept, undecidedCode(undecided), undecidedMessage(undecided),
                    { node: undecided.weaker.target, property: 'value', extra: { against: describeTarget(undecided.stronger.target) } });
            }
        }
    }
}
