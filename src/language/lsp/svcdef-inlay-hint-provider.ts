import { AstUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import type { A2ReferenceModel } from '../../a2/a2-reference-model.js';
import {
    compositionFormula, formatPercent, hasRedundancyGroup, worstOwnCompositions, type ServiceAvailabilityComposition
} from '../commitments/availability-composition.js';
import { reliesOnByWalking } from '../service-dependencies.js';
import { isBinding, isSla, isTarget, type Binding, type Sla, type Target } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import type { Calendars } from '../time/calendar-model.js';
import { formatBudgetSeconds } from '../time/error-budget.js';
import { allowedDowntimeInWords, errorBudgetOfTarget, hoursMeasuredInWords } from './target-error-budget.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';

/**
 * Facts written nowhere in the file but needed to read it: the name of the A2 node a
 * binding implements (`implements A243` is opaque to most readers); after every
 * availability target, the downtime it allows (its error budget); and after an SLA's
 * availability promise, what its supporting OLAs and UCs reach together.
 */
export class SvcdefInlayHintProvider extends AbstractInlayHintProvider {
    private readonly model: A2ReferenceModel;
    private readonly index: SvcdefWorkspaceIndex;
    private readonly calendars: Calendars;

    constructor(services: SvcdefServices) {
        super();
        this.model = services.a2.Model;
        this.index = services.workspace.WorkspaceIndex;
        this.calendars = services.time.Calendars;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isBinding(node)) {
            this.nodeName(node, acceptor);
        } else if (isSla(node)) {
            this.slaTargets(node, acceptor);
        } else if (isTarget(node) && !AstUtils.getContainerOfType(node, isSla)) {
            this.errorBudget(node, acceptor);
        }
    }

    /**
     * An SLA's targets in document order, each availability target with its error budget
     * first and then what its supporting chain reaches: the budget belongs to the promise,
     * the chain's figure comments on it.
     */
    private slaTargets(sla: Sla, acceptor: InlayHintAcceptor): void {
        const compositions = new Map(worstOwnCompositions(sla, this.index, reliesOnByWalking)
            .map(composition => [composition.promised.target, composition] as const));
        for (const target of AstUtils.streamAllContents(sla).filter(isTarget)) {
            this.errorBudget(target, acceptor);
            const composition = compositions.get(target);
            if (composition) {
                this.compositeAvailability(sla, composition, acceptor);
            }
        }
    }

    /** `≈ 43 min 50 s/month` after an availability target; none where its hours are free text. */
    private errorBudget(target: Target, acceptor: InlayHintAcceptor): void {
        const found = errorBudgetOfTarget(this.calendars, target);
        const end = target.$cstNode?.range.end;
        if (!found || 'problem' in found || !end) {
            return;
        }
        const allowed = formatBudgetSeconds(found.budget.allowedSeconds);
        acceptor({
            position: end,
            label: `≈ ${allowed}/${found.budget.window}`,
            kind: InlayHintKind.Parameter,
            paddingLeft: true,
            tooltip: {
                kind: 'markdown',
                value: `Error budget: ${formatPercent(found.percent)} allows ${allowedDowntimeInWords(found.budget)} ${hoursMeasuredInWords(found.calendar)}.`
            }
        });
    }

    private nodeName(binding: Binding, acceptor: InlayHintAcceptor): void {
        const reference = binding.node?.$refNode;
        const entry = this.model.node(binding.node?.$refText ?? '');
        if (!reference || !entry || !binding.node.ref) {
            return;
        }
        const process = this.model.process(entry.id);
        acceptor({
            position: reference.range.end,
            label: entry.name,
            paddingLeft: true,
            tooltip: process && process.id !== entry.id ? `${entry.kind} of ${process.id} ${process.name}` : entry.kind
        });
    }

    private compositeAvailability(sla: Sla, composition: ServiceAvailabilityComposition, acceptor: InlayHintAcceptor): void {
        const target = composition.promised.target.$cstNode;
        if (target) {
            const forService = composition.service && sla.services.length > 1 ? ` for service ${composition.service.name}` : '';
            const short = composition.compositePercent < composition.promised.measure.magnitude;
            const formula = compositionFormula(composition, agreement => `${agreement.$type.toUpperCase()} ${agreement.name}`);
            const how = hasRedundancyGroup(composition)
                ? 'Composition of the supporting availabilities (redundant agreements ∥ in parallel, the rest × in series)'
                : 'Series composition of the supporting availabilities';
            acceptor({
                position: target.range.end,
                label: `supported at ${formatPercent(composition.compositePercent)}${short ? ' — below the promise' : ''}`,
                kind: InlayHintKind.Parameter,
                paddingLeft: true,
                tooltip: `${how}${forService}: ${formula} = ${formatPercent(composition.compositePercent)}.`
            });
        }
    }
}
