import { AstUtils, type ValidationAcceptor } from 'langium';
import { availabilityCompositions, formatPercent } from '../commitments/availability-composition.js';
import { commitmentOf, describeTarget, isWeaker } from '../commitments/metric-semantics.js';
import type { Ola, Sla, Uc } from '../generated/ast.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

/**
 * The commitment chain: what an SLA promises must be backed by what its OLAs and UCs
 * promise. Only targets on the same metric and qualifier are compared, in the metric's
 * direction and in common units.
 */
export class CommitmentChainChecks {
    constructor(private readonly index: SvcdefWorkspaceIndex) {}

    checkUnderpinningTargets(agreement: Ola | Uc, accept: ValidationAcceptor): void {
        const kind = agreement.$type === 'Ola' ? 'OLA' : 'UC';
        for (const supported of agreement.supports) {
            const sla = supported.ref;
            if (!sla) {
                continue;
            }
            const promises = sla.targets.map(commitmentOf).filter(isDefined);
            for (const target of agreement.targets) {
                const underpinning = commitmentOf(target);
                if (!underpinning) {
                    continue;
                }
                const promise = promises.find(candidate => candidate.metric === underpinning.metric
                    && candidate.qualifier === underpinning.qualifier && isWeaker(underpinning, candidate));
                if (promise) {
                    report(accept, 'weaker-underpinning-target',
                        `${kind} '${agreement.name}' commits ${describeTarget(target)}, weaker than ${describeTarget(promise.target)} in SLA '${sla.name}', which it supports. `
                        + `Raise this target to ${promise.measure.text} or better, or stop supporting '${sla.name}'.`,
                        { node: target, property: 'value', extra: { required: promise.measure.text, sla: sla.name } });
                }
            }
        }
    }

    checkAvailabilityComposition(sla: Sla, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(sla);
        for (const composition of availabilityCompositions(sla, this.index, document)) {
            const promised = composition.promised;
            if (composition.supporting.length < 2 || composition.compositePercent >= promised.measure.magnitude) {
                continue;
            }
            const parts = composition.supporting
                .map(part => `${part.agreement.$type.toUpperCase()} '${part.agreement.name}' ${part.commitment.measure.text}`)
                .join(' × ');
            report(accept, 'unreachable-availability',
                `SLA '${sla.name}' promises ${describeTarget(promised.target)}, but its supporting agreements reach only ${formatPercent(composition.compositePercent)} together (${parts}). `
                + 'Raise the supporting availability targets or lower this promise.',
                { node: promised.target, property: 'value', extra: { composite: Number(composition.compositePercent.toFixed(6)) } });
        }
    }
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
