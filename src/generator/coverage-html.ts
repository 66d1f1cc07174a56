/**
 * The A2 coverage report as HTML: the headline figures and the rule they follow, a heatmap
 * of every activity by process to take in at a glance, the activities not covered by name,
 * then who implements each bound node and which work products pass between them.
 */
import { type ActivityState, type Coverage, type CoverageActivity, type CoverageProcess } from './coverage-model.js';
import {
    ACTIVITY_STATE_LABELS, ACTIVITY_STATE_MARKS, COVERAGE_RULE, COVERAGE_TITLE, activitiesLine, bindingsLine, legendStates, nodeLabel,
    processStateLine, processesLine, uncoveredByProcess
} from './coverage-words.js';
import { displayName, refLabel } from './display-text.js';
import { inlineList, table } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';
import { renderPage } from './html-page.js';

export function coverageBody(coverage: Coverage): Markup {
    return html`<h1>${COVERAGE_TITLE}</h1>
<p class="subtitle">Which processes and activities of the PRM-IT A2 reference model this workspace binds to an owner, and the work products the model says flow between them.</p>
<ul class="plain coverage-summary">
<li><strong>${activitiesLine(coverage)}</strong></li>
<li>${processesLine(coverage)}</li>
<li>${bindingsLine(coverage)}</li>
</ul>
<p class="muted">${COVERAGE_RULE}</p>
<h2 id="heatmap">Activities by process</h2>
${heatmap(coverage)}<h2 id="not-covered">Activities not covered</h2>
${uncoveredList(coverage)}<h2>Bound nodes</h2>
${boundTable(coverage)}<h2>Work products between bound nodes</h2>
${flowsTable(coverage)}${coverage.unplaced.length > 0 ? html`<h2>Bindings outside the model</h2>
<p>These bindings name a node the A2 model does not have:</p>
<ul class="plain">
${coverage.unplaced.map(binding => html`<li>${displayName(binding)}: <code>${binding.node.id}</code></li>\n`)}</ul>
` : ''}`;
}

/**
 * One row of cells per process, each cell an activity. The state is in the cell's mark and
 * words as well as its colour; the cells wrap, so the grid fits a phone as well as a desktop.
 */
function heatmap(coverage: Coverage): Markup {
    return html`<ul class="heatmap-legend" aria-label="Legend">
${legendStates(coverage).map(state => html`<li><span class="heatmap-swatch ${stateClass(state)}" aria-hidden="true">${ACTIVITY_STATE_MARKS[state]}</span> ${ACTIVITY_STATE_LABELS[state]}</li>\n`)}</ul>
<div class="heatmap">
${coverage.processes.map(process => heatmapRow(process))}</div>
`;
}

function heatmapRow(process: CoverageProcess): Markup {
    return html`<section class="heatmap-row heatmap-${process.state}" aria-label="${nodeLabel(process)}">
<h3 class="heatmap-process"><span class="heatmap-id">${process.id}</span> ${process.name} <span class="heatmap-process-state">${processStateLine(process)}</span></h3>
<ol class="heatmap-cells">
${process.activities.map(activity => heatmapCell(activity))}</ol>
</section>
`;
}

function heatmapCell(activity: CoverageActivity): Markup {
    // Who implements it is in the table of bound nodes; the cell stays small enough for nine in a row.
    // The spaces keep words apart for screen readers, which read the hidden state after the name.
    return html`<li class="heatmap-cell ${stateClass(activity.state)}"><span class="heatmap-mark" aria-hidden="true">${ACTIVITY_STATE_MARKS[activity.state]}</span> <span class="heatmap-id">${activity.id}</span> <span class="heatmap-name">${activity.name}</span> <span class="heatmap-state">${ACTIVITY_STATE_LABELS[activity.state]}</span></li>\n`;
}

function stateClass(state: ActivityState): string {
    return `state-${state}`;
}

function uncoveredList(coverage: Coverage): Markup {
    const groups = uncoveredByProcess(coverage);
    if (groups.length === 0) {
        return html`<p>Every activity of the model is covered.</p>\n`;
    }
    return html`<p>${coverage.uncovered.length} of ${coverage.summary.activities} activities, by process:</p>
<ul class="plain uncovered">
${groups.map(group => html`<li>${nodeLabel(group.process)}
<ul>
${group.activities.map(activity => html`<li><strong>${activity.id}</strong> ${activity.name}</li>\n`)}</ul>
</li>
`)}</ul>
`;
}

function boundTable(coverage: Coverage): Markup {
    const nodes = [coverage.category, ...coverage.processes.flatMap(process => [process, ...process.activities])];
    const rows = nodes.flatMap(node => node.bindings.map(binding => [
        nodeLabel(node),
        node.kind,
        displayName(binding),
        refLabel(binding.owner) ?? '',
        binding.tool ?? '',
        inlineList(binding.produces.map(item => item.artifacts.length > 0
            ? `${item.workProduct}: ${item.artifacts.map(artifact => refLabel(artifact)).join(', ')}`
            : item.workProduct)),
        inlineList(binding.consumes)
    ]));
    if (rows.length === 0) {
        return html`<p class="muted">No binding implements a node of the model.</p>\n`;
    }
    return table({ headers: ['Node', 'Kind', 'Binding', 'Owner', 'Tool', 'Produces', 'Consumes'], rows });
}

function flowsTable(coverage: Coverage): Markup {
    const rows = coverage.flows.flatMap(flow => flow.workProducts.map(item => [
        item.name,
        flow.from,
        flow.to,
        item.declaredByProducer ? 'Yes' : 'No',
        item.declaredByConsumer ? 'Yes' : 'No'
    ]));
    if (rows.length === 0) {
        return html`<p class="muted">The model states no work product flowing between two bound nodes.</p>\n`;
    }
    return table({
        headers: ['Work product', 'From', 'To', 'Sender lists it under produces', 'Receiver lists it under consumes'],
        rows
    });
}

/** The report as a page of its own, for `svcdef generate coverage`. */
export function coveragePage(coverage: Coverage, generatedAt?: string): string {
    return renderPage({
        title: COVERAGE_TITLE,
        siteName: 'svcdef coverage report',
        nav: [],
        body: coverageBody(coverage),
        footer: html`<p>Generated by svcdef from the workspace's activity bindings.${generatedAt ? html` Generated at ${generatedAt}.` : ''}</p>`
    });
}
