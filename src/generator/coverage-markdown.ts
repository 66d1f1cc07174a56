/**
 * The A2 coverage report as Markdown: the same matrix and tables as the HTML page, in
 * GitHub-flavoured tables.
 */
import type { Coverage, CoverageNode } from './coverage-model.js';
import { COVERAGE_TITLE } from './coverage-html.js';
import { displayName, refLabel } from './display-text.js';
import { mdDocument, mdTable, mdText } from './markdown-text.js';

export function coverageMarkdown(coverage: Coverage, generatedAt?: string): string {
    const { summary } = coverage;
    const width = Math.max(0, ...coverage.processes.map(process => process.activities.length));
    const columns = Array.from({ length: width }, (_, index) => `Activity ${index + 1}`);
    const nodes = [coverage.category, ...coverage.processes.flatMap(process => [process, ...process.activities])];
    const bound = nodes.flatMap(node => node.bindings.map(binding => [
        mdText(`${node.id} ${node.name}`),
        node.kind,
        mdText(displayName(binding)),
        mdText(refLabel(binding.owner) ?? ''),
        mdText(binding.tool ?? ''),
        binding.produces.map(item => mdText(item.artifacts.length > 0
            ? `${item.workProduct}: ${item.artifacts.map(artifact => refLabel(artifact)).join(', ')}`
            : item.workProduct)).join('; '),
        binding.consumes.map(mdText).join('; ')
    ]));
    const flows = coverage.flows.flatMap(flow => flow.workProducts.map(item => [
        mdText(item.name), flow.from, flow.to, item.declaredByProducer ? 'Yes' : 'No', item.declaredByConsumer ? 'Yes' : 'No'
    ]));
    return mdDocument([
        `# ${mdText(COVERAGE_TITLE)}`,
        'Which processes and activities of the PRM\\-IT A2 reference model this workspace binds to an owner, and the work products the model says flow between them.',
        generatedAt && `_Generated at ${mdText(generatedAt)}._`,
        [
            `- ${summary.processesBound} of ${summary.processes} processes bound directly; ${summary.processesTouched} of ${summary.processes} bound directly or through an activity.`,
            `- ${summary.activitiesBound} of ${summary.activities} activities bound.`,
            `- ${summary.bindings} binding${summary.bindings === 1 ? '' : 's'} in total${coverage.category.bindings.length > 0 ? `, ${coverage.category.bindings.length} of them for the whole category A2` : ''}.`
        ].join('\n'),
        '## Matrix',
        'Rows are the A2 processes; ✔ marks a bound node, followed by the binding and its owner.',
        mdTable(['Process', 'Process itself', ...columns], coverage.processes.map(process => [
            mdText(`${process.id} ${process.name}`),
            matrixCell(process),
            ...columns.map((_, index) => {
                const activity = process.activities[index];
                return activity ? matrixCell(activity) : '';
            })
        ])),
        '## Bound nodes',
        bound.length === 0 ? '_No binding implements a node of the model._'
            : mdTable(['Node', 'Kind', 'Binding', 'Owner', 'Tool', 'Produces', 'Consumes'], bound),
        '## Work products between bound nodes',
        flows.length === 0 ? '_The model states no work product flowing between two bound nodes._'
            : mdTable(['Work product', 'From', 'To', 'Sender lists it under produces', 'Receiver lists it under consumes'], flows),
        coverage.unplaced.length > 0 && '## Bindings outside the model',
        coverage.unplaced.length > 0 && coverage.unplaced.map(binding => `- ${mdText(displayName(binding))}: ${mdText(binding.node.id)}`).join('\n')
    ]);
}

function matrixCell(node: CoverageNode): string {
    if (node.bindings.length === 0) {
        return `${node.id} not bound`;
    }
    const who = node.bindings.map(binding => binding.owner ? `${displayName(binding)} (${refLabel(binding.owner)})` : displayName(binding));
    return `✔ **${node.id}** ${mdText(who.join(', '))}`;
}
