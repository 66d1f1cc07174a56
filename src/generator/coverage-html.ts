/**
 * The A2 coverage report as HTML: a process-by-activity matrix to take in at a glance,
 * then who implements each bound node and which work products pass between them.
 */
import type { Coverage, CoverageNode } from './coverage-model.js';
import { displayName, refLabel } from './display-text.js';
import { inlineList, table } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';
import { renderPage } from './html-page.js';

export const COVERAGE_TITLE = 'A2 Customer Relationships: process coverage';

export function coverageBody(coverage: Coverage): Markup {
    const { summary } = coverage;
    const width = Math.max(0, ...coverage.processes.map(process => process.activities.length));
    const columns = Array.from({ length: width }, (_, index) => `Activity ${index + 1}`);
    return html`<h1>${COVERAGE_TITLE}</h1>
<p class="subtitle">Which processes and activities of the PRM-IT A2 reference model this workspace binds to an owner, and the work products the model says flow between them.</p>
<ul class="plain">
<li>${summary.processesBound} of ${summary.processes} processes bound directly; ${summary.processesTouched} of ${summary.processes} bound directly or through an activity.</li>
<li>${summary.activitiesBound} of ${summary.activities} activities bound.</li>
<li>${summary.bindings} binding${summary.bindings === 1 ? '' : 's'} in total${coverage.category.bindings.length > 0 ? html`, ${coverage.category.bindings.length} of them for the whole category A2` : ''}.</li>
</ul>
<h2>Matrix</h2>
<p class="muted">Rows are the A2 processes; cells marked ✔ are bound, with the binding and its owner.</p>
<div class="table-wrap">
<table class="matrix">
<caption>Bound processes and activities</caption>
<thead><tr><th scope="col">Process</th><th scope="col">Process itself</th>${columns.map(column => html`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>
${coverage.processes.map(process => html`<tr><th scope="row">${process.id} ${process.name}</th>${matrixCell(process, false)}${columns.map((_, index) => {
        const activity = process.activities[index];
        return activity ? matrixCell(activity, true) : html`<td class="absent"><span class="muted">—</span></td>`;
    })}</tr>
`)}</tbody>
</table>
</div>
<h2>Bound nodes</h2>
${boundTable(coverage)}<h2>Work products between bound nodes</h2>
${flowsTable(coverage)}${coverage.unplaced.length > 0 ? html`<h2>Bindings outside the model</h2>
<p>These bindings name a node the A2 model does not have:</p>
<ul class="plain">
${coverage.unplaced.map(binding => html`<li>${displayName(binding)}: <code>${binding.node.id}</code></li>\n`)}</ul>
` : ''}`;
}

function matrixCell(node: CoverageNode, showName: boolean): Markup {
    const label = showName ? html`<strong>${node.id}</strong> ${node.name}` : html`<strong>${node.id}</strong>`;
    if (node.bindings.length === 0) {
        return html`<td class="unbound">${label}<br>Not bound</td>`;
    }
    const who = node.bindings.map(binding => binding.owner ? `${displayName(binding)} (${refLabel(binding.owner)})` : displayName(binding));
    return html`<td class="bound"><span class="mark" aria-hidden="true">✔</span> ${label}<br>Bound: ${who.join(', ')}</td>`;
}

function allNodes(coverage: Coverage): CoverageNode[] {
    return [coverage.category, ...coverage.processes.flatMap(process => [process, ...process.activities])];
}

function boundTable(coverage: Coverage): Markup {
    const rows = allNodes(coverage).flatMap(node => node.bindings.map(binding => [
        `${node.id} ${node.name}`,
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
