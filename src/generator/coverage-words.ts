/**
 * The sentences of the coverage report, shared by the HTML page, the Markdown document and
 * `svcdef coverage`, so that every format states coverage the same way. Plain text: each
 * format escapes it as it needs.
 */
import { ACTIVITY_STATES, type ActivityState, type Coverage, type CoverageActivity, type CoverageNode, type ProcessState } from './coverage-model.js';

export const COVERAGE_TITLE = 'A2 Customer Relationships: process coverage';

export const ACTIVITY_STATE_LABELS: Readonly<Record<ActivityState, string>> = {
    'bound': 'Bound directly',
    'through-process': 'Covered through its process',
    'through-category': 'Covered through the whole category A2',
    'not-covered': 'Not covered'
};

/** One character per state, so a cell says its state in text as well as in colour. */
export const ACTIVITY_STATE_MARKS: Readonly<Record<ActivityState, string>> = {
    'bound': '✔',
    'through-process': '↑',
    'through-category': '⇈',
    'not-covered': '✗'
};

export const PROCESS_STATE_LABELS: Readonly<Record<ProcessState, string>> = {
    'covered': 'Covered',
    'partly-covered': 'Partly covered',
    'not-covered': 'Not covered'
};

/** The rule, said once on every report, so its figures can be checked against it. */
export const COVERAGE_RULE = 'An activity is covered when a binding implements it (bound directly), its process '
    + '(covered through its process) or the whole category A2. A process is covered when a binding implements it '
    + 'or the whole category, or when all its activities are covered; partly covered when some of them are.';

function plural(count: number, one: string, many: string): string {
    return `${count} ${count === 1 ? one : many}`;
}

/** The headline: the share of the model's activities that are covered. */
export function activitiesLine(coverage: Coverage): string {
    const { summary } = coverage;
    const ways = [
        `${summary.activitiesBound} bound directly`,
        `${summary.activitiesThroughProcess} through their process`,
        ...(summary.activitiesThroughCategory > 0 ? [`${summary.activitiesThroughCategory} through the whole category A2`] : [])
    ];
    return `${summary.percentCovered}% of activities covered: ${summary.activitiesCovered} of ${summary.activities} (${ways.join(', ')}).`;
}

export function processesLine(coverage: Coverage): string {
    const { summary } = coverage;
    const notCovered = summary.processes - summary.processesCovered - summary.processesPartlyCovered;
    const direct = summary.processesCovered > 0 ? ` (${summary.processesBound} of them bound directly)` : '';
    return `${summary.processesCovered} of ${summary.processes} processes covered${direct}, `
        + `${summary.processesPartlyCovered} partly covered, ${notCovered} not covered.`;
}

export function bindingsLine(coverage: Coverage): string {
    const onCategory = coverage.category.bindings.length;
    return `${plural(coverage.summary.bindings, 'binding', 'bindings')} in total`
        + `${onCategory > 0 ? `, ${onCategory} of them for the whole category A2` : ''}`
        + `${coverage.unplaced.length > 0 ? `, ${coverage.unplaced.length} naming no node of the model` : ''}.`;
}

/** How a process row is headed: its state and how many of its activities are covered. */
export function processStateLine(process: Coverage['processes'][number]): string {
    const covered = process.activities.filter(activity => activity.state !== 'not-covered').length;
    const how = process.bindings.length > 0 ? 'bound directly'
        : `${covered} of ${process.activities.length} activities covered`;
    return `${PROCESS_STATE_LABELS[process.state]}: ${how}`;
}

/** "A211 Identify Customer Needs": an activity always named, never a bare id. */
export function nodeLabel(node: Pick<CoverageNode, 'id' | 'name'>): string {
    return `${node.id} ${node.name}`;
}

/** The uncovered activities grouped by process, in model order, for the lists of every format. */
export function uncoveredByProcess(coverage: Coverage): { process: CoverageNode; activities: CoverageActivity[] }[] {
    return coverage.processes
        .map(process => ({ process, activities: process.activities.filter(activity => activity.state === 'not-covered') }))
        .filter(group => group.activities.length > 0);
}

/** The states a legend explains: the category's only for a workspace that binds the whole category. */
export function legendStates(coverage: Coverage): ActivityState[] {
    const present = new Set(coverage.processes.flatMap(process => process.activities.map(activity => activity.state)));
    return ACTIVITY_STATES.filter(state => state !== 'through-category' || present.has(state));
}
