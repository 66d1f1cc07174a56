import type { AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import type { A2ReferenceModel } from '../../a2/a2-reference-model.js';
import { formatPercent, worstOwnCompositions } from '../commitments/availability-composition.js';
import { reliesOnByWalking } from '../service-dependencies.js';
import { isBinding, isSla, type Binding, type Sla } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';

/**
 * Facts written nowhere in the file but needed to read it: the name of the A2 node a
 * binding implements (`implements A243` is opaque to most readers), and after an SLA's
 * availability promise, what its supporting OLAs and UCs reach together.
 */
export class SvcdefInlayHintProvider extends AbstractInlayHintProvider {
    private readonly model: A2ReferenceModel;
    private readonly index: SvcdefWorkspaceIndex;

    constructor(services: SvcdefServices) {
        super();
        this.model = services.a2.Model;
        this.index = services.workspace.WorkspaceIndex;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isBinding(node)) {
            this.nodeName(node, acceptor);
        } else if (isSla(node)) {
            this.compositeAvailability(node, acceptor);
        }
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

    private compositeAvailability(sla: Sla, acceptor: InlayHintAcceptor): void {
        for (const composition of worstOwnCompositions(sla, this.index, reliesOnByWalking)) {
            const target = composition.promised.target.$cstNode;
            if (!target) {
                continue;
            }
            const forService = composition.service && sla.services.length > 1 ? ` for service ${composition.service.name}` : '';
            const short = composition.compositePercent < composition.promised.measure.magnitude;
            const parts = composition.supporting
                .map(part => `${part.agreement.$type.toUpperCase()} ${part.agreement.name} ${part.commitment.measure.text}`);
            acceptor({
                position: target.range.end,
                label: `supported at ${formatPercent(composition.compositePercent)}${short ? ' — below the promise' : ''}`,
                kind: InlayHintKind.Parameter,
                paddingLeft: true,
                tooltip: `Series composition of the supporting availabilities${forService}: ${parts.join(' × ')} = ${formatPercent(composition.compositePercent)}.`
            });
        }
    }
}
