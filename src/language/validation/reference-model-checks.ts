import { AstUtils, type Reference, type ValidationAcceptor } from 'langium';
import { OUTSIDE, type A2ReferenceModel, type IcomEntry } from '../../a2/a2-reference-model.js';
import { didYouMean, suggestNames } from '../did-you-mean.js';
import type { Binding, Produces, WorkProduct } from '../generated/ast.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';
import { artifactKindsOf, keywordOfKind } from './work-product-kinds.js';

/** A binding must fit the A2 node it implements: its outputs, its inputs, and what they carry. */
export class ReferenceModelChecks {
    constructor(private readonly model: A2ReferenceModel, private readonly index: SvcdefWorkspaceIndex) {}

    checkProduces(produces: Produces, accept: ValidationAcceptor): void {
        const node = this.model.node(produces.$container.node?.$refText ?? '');
        if (!node || !produces.$container.node?.ref || !produces.workProduct) {
            return;
        }
        const name = this.workProductName(produces.workProduct);
        const output = node.outputs.find(entry => entry.name === name);
        if (!output) {
            const suggestions = suggestNames(produces.workProduct.$refText, node.outputs.map(entry => entry.name));
            report(accept, 'not-an-output',
                `'${produces.workProduct.$refText}' is not an output of ${node.id} (${node.name}).${didYouMean(suggestions, quote)} `
                + `Its outputs are ${listNames(node.outputs)}.`,
                { node: produces, property: 'workProduct', suggestions: suggestions.map(quote) });
            return;
        }
        const kinds = artifactKindsOf(output.name);
        produces.artifacts.forEach((reference, index) => {
            const artifact = reference.ref;
            if (!artifact || kinds.includes(artifact.$type)) {
                return;
            }
            const allowed = kinds.length > 0 ? `it carries ${kinds.map(keywordOfKind).join(', ')} artifacts only` : 'it carries no svcdef artifacts';
            report(accept, 'work-product-kind',
                `'${artifact.name}' is a ${keywordOfKind(artifact.$type)}, which '${output.name}' cannot carry: ${allowed}. Move it under a work product that carries ${keywordOfKind(artifact.$type)}s, or remove it.`,
                { node: produces, property: 'artifacts', index });
        });
    }

    checkConsumes(binding: Binding, accept: ValidationAcceptor): void {
        const node = this.model.node(binding.node?.$refText ?? '');
        if (!node || !binding.node?.ref) {
            return;
        }
        const accepted = [...node.inputs, ...node.controls];
        const document = AstUtils.getDocument(binding);
        binding.consumes.forEach((reference, index) => {
            const name = this.workProductName(reference);
            const entry = accepted.find(candidate => candidate.name === name);
            if (!entry) {
                const suggestions = suggestNames(reference.$refText, accepted.map(candidate => candidate.name));
                report(accept, 'not-an-input',
                    `'${reference.$refText}' is neither an input nor a control of ${node.id} (${node.name}).${didYouMean(suggestions, quote)} `
                    + `It takes ${listNames(accepted)}.`,
                    { node: binding, property: 'consumes', index, suggestions: suggestions.map(quote) });
                return;
            }
            const producers = mostSpecific(entry.refs.filter(ref => ref !== OUTSIDE && this.model.node(ref) !== undefined));
            if (producers.length === 0) {
                return;
            }
            const bound = producers.some(id => this.isBound(id, document));
            if (!bound) {
                const mostSpecific = producers[producers.length - 1];
                const producer = this.model.node(mostSpecific);
                report(accept, 'unbound-producer',
                    `'${entry.name}' comes from ${producers.join(', ')}${producer ? ` (${producer.name})` : ''}, which no binding in the workspace implements. `
                    + `Add a binding that implements ${mostSpecific} to trace where it is produced.`,
                    { node: binding, property: 'consumes', index });
            }
        });
    }

    /** A node counts as bound when it, one of its ancestors or one of its descendants is implemented. */
    private isBound(id: string, document: Parameters<SvcdefWorkspaceIndex['bindingsImplementing']>[1]): boolean {
        const related = new Set<string>([id]);
        for (let parent = this.model.node(id)?.parent; parent; parent = this.model.node(parent)?.parent) {
            related.add(parent);
        }
        const stack = [id];
        while (stack.length > 0) {
            for (const child of this.model.children(stack.pop()!)) {
                related.add(child.id);
                stack.push(child.id);
            }
        }
        for (const candidate of related) {
            if (this.index.bindingsImplementing(candidate, document).length > 0) {
                return true;
            }
        }
        return false;
    }

    private workProductName(reference: Reference<WorkProduct>): string {
        return reference.ref?.name ?? this.model.canonicalName(reference.$refText) ?? reference.$refText;
    }
}

/**
 * The reference text lists a source as its path ("A2 A23 A235"); the producer is the
 * deepest node of each path, not the category that contains everything.
 */
function mostSpecific(ids: readonly string[]): string[] {
    return ids.filter(id => !ids.some(other => other !== id && other.startsWith(id)));
}

function quote(name: string): string {
    return `"${name}"`;
}

/** Long lists drown the message; the hover on the node lists everything. */
const LISTED_AT_MOST = 8;

function listNames(entries: readonly IcomEntry[]): string {
    if (entries.length === 0) {
        return 'nothing';
    }
    const shown = entries.slice(0, LISTED_AT_MOST).map(entry => quote(entry.name)).join(', ');
    return entries.length > LISTED_AT_MOST ? `${shown} and ${entries.length - LISTED_AT_MOST} more (see the hover of the node)` : shown;
}
