/**
 * `svcdef coverage` for a terminal or a CI log: the headline figures, then every activity
 * not covered by id and name under its process. The same sentences as the published
 * report (coverage-words.ts), so the log and the report never disagree.
 */
import type { Coverage } from '../generator/coverage-model.js';
import {
    COVERAGE_TITLE, activitiesLine, bindingsLine, nodeLabel, processesLine, uncoveredByProcess
} from '../generator/coverage-words.js';
import { visibleControls } from './visible-controls.js';

export function formatCoveragePretty(coverage: Coverage): string {
    const lines = [
        COVERAGE_TITLE,
        `  ${activitiesLine(coverage)}`,
        `  ${processesLine(coverage)}`,
        `  ${bindingsLine(coverage)}`,
        ''
    ];
    const groups = uncoveredByProcess(coverage);
    if (groups.length === 0) {
        lines.push('Every activity of the model is covered.');
    } else {
        lines.push(`Not covered (${coverage.uncovered.length} of ${coverage.summary.activities} activities):`);
        for (const group of groups) {
            lines.push(`  ${nodeLabel(group.process)}`);
            lines.push(...group.activities.map(activity => `    ${nodeLabel(activity)}`));
        }
    }
    if (coverage.unplaced.length > 0) {
        lines.push('', 'Bindings naming no node of the model:');
        // Binding names and ids come from the workspace, which may hold control characters.
        lines.push(...coverage.unplaced.map(binding => `  ${visibleControls(binding.name)} implements ${visibleControls(binding.node.id)}`));
    }
    return `${lines.join('\n')}\n`;
}
