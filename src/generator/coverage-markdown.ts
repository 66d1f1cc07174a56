/**
 * The A2 coverage report as Markdown: the same figures, rule and lists as the HTML page,
 * the heatmap as a list of
 * processes, each with its activities marked by state.
 */
import type { Coverage } from './coverage-model.js';
import {
    ACTIVITY_STATE_LABELS, ACTIVITY_STATE_MARKS, COVERAGE_RULE, COVERAGE_TITLE, activitiesLine, bindingsLine, legendStates,
    nodeLabel, processStateLine, processesLine, uncoveredByProcess
} from './coverage-words.js';
import { displayName, refLabel } from './display-text.js';
import { mdDocument, mdTable, mdText } from './markdown-text.js';

export function coverageMarkdown(coverage: Coverage, generatedAt?: string): string {
    const nodes = [coverage.category, ...coverage.processes.flatMap(process => [process, ...process.activities])];
    const bound = nodes.flatMap(node => node.bindings.map(binding => [
        mdText(nodeLabel(node)),
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
    const legend = legendStates(coverage).map(state => `${ACTIVITY_STATE_MARKS[state]} ${ACTIVITY_STATE_LABELS[state].toLowerCase()}`).join(' · ');
    const groups = uncoveredByProcess(coverage);
    return mdDocument([
        `# ${mdText(COVERAGE_TITLE)}`,
        'Which processes and activities of the PRM\\-IT A2 reference model this workspace binds to an owner, and the work products the model says flow between them.',
        generatedAt && `_Generated at ${mdText(generatedAt)}._`,
        [
            `- **${activitiesLine(coverage)}**`,
            `- ${processesLine(coverage)}`,
            `- ${bindingsLine(coverage)}`
        ].join('\n'),
        `_${COVERAGE_RULE}_`,
        '## Activities by process',
        `Each activity is marked: ${legend}.`,
        coverage.processes.map(process => [
            `- **${mdText(nodeLabel(process))}**: ${mdText(processStateLine(process))}`,
            ...process.activities.map(activity => `  - ${ACTIVITY_STATE_MARKS[activity.state]} **${activity.id}** ${mdText(activity.name)}`)
        ].join('\n')).join('\n'),
        '## Activities not covered',
        groups.length === 0 ? 'Every activity of the model is covered.'
            : groups.map(group => [
                `- ${mdText(nodeLabel(group.process))}`,
                ...group.activities.map(activity => `  - **${activity.id}** ${mdText(activity.name)}`)
            ].join('\n')).join('\n'),
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
