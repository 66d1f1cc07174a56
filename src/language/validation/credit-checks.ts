import { AstUtils, type ValidationAcceptor } from 'langium';
import { agreementLineage, allPromisedTargets, targetKey } from '../commitments/effective-targets.js';
import { qualifierOf } from '../commitments/target-qualifiers.js';
import type { Credit } from '../generated/ast.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

/** A credit compensates a missed promise, so the promise must exist. */
export class CreditChecks {
    constructor(private readonly index: SvcdefWorkspaceIndex) {}

    /**
     * The credit's metric and qualifiers (its window aside: a monthly credit on a yearly
     * target is still about that target) must be those of a target the agreement promises,
     * per service or inherited included.
     */
    checkCreditTarget(credit: Credit, accept: ValidationAcceptor): void {
        const metric = credit.metric?.ref;
        if (!metric) {
            return;
        }
        const agreement = credit.$container;
        const document = AstUtils.getDocument(agreement);
        agreementLineage(agreement).slice(1).forEach(parent => this.index.readsElement(parent, document));
        const qualifier = qualifierOf(credit);
        const key = targetKey(credit);
        if (allPromisedTargets(agreement).some(promised => targetKey(promised.target) === key)) {
            return;
        }
        const kind = agreement.$type.toUpperCase();
        const condition = `${credit.metric.$refText}${qualifier ? ` ${qualifier}` : ''}`;
        report(accept, 'credit-without-target',
            `${kind} '${agreement.name}' pays a credit on ${condition}, but promises no ${condition} target. `
            + 'Add the target, or correct the credit\'s metric and qualifiers to those of a promised target.',
            { node: credit, property: 'metric' });
    }
}
