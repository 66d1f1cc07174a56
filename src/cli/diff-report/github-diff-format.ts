import type { CommitmentChange, CommitmentDiff } from '../../diff/commitment-change.js';
import { escapeData, escapeProperty } from '../report/github-format.js';
import { visibleControls } from '../visible-controls.js';
import { changeSentence, summaryWords } from './change-words.js';
import { failsRun, type FailOn } from './diff-fail-on.js';
import { shownFile, type SideFolders } from './shown-location.js';

export interface GithubDiffOptions {
    readonly failOn: FailOn;
    readonly folders: SideFolders;
}

/**
 * GitHub Actions workflow commands: each weaker change an annotation on its line in the
 * pull request (`::error` when it fails the run, `::warning` under `--fail-on none`, a
 * `::notice` with the reason when acknowledged), and under `--fail-on any` every other
 * change that fails the run too. The closing summary is a plain log line.
 */
export function formatGithubDiff(diff: CommitmentDiff, options: GithubDiffOptions): string {
    const lines = diff.changes
        .filter(change => change.effect === 'weaker' || failsRun(change, options.failOn))
        .map(change => annotation(change, options));
    // Ref and folder names are the user's; a line break in one must not start a workflow command.
    lines.push(visibleControls(`svcdef diff ${diff.base} → ${diff.head}: ${summaryWords(diff)}`));
    return `${lines.join('\n')}\n`;
}

function annotation(change: CommitmentChange, options: GithubDiffOptions): string {
    const acknowledged = change.acknowledged !== undefined;
    const command = acknowledged ? 'notice' : failsRun(change, options.failOn) ? 'error' : 'warning';
    const title = acknowledged ? 'weaker commitment, acknowledged' : `${change.effect} commitment`;
    const properties = `file=${escapeProperty(shownFile(change, options.folders))},line=${change.location.line},title=${escapeProperty(title)}`;
    const reason = acknowledged ? ` Acknowledged: ${change.acknowledged}` : '';
    return `::${command} ${properties}::${escapeData(`${capitalized(change.effect)}: ${changeSentence(change)}.${reason}`)}`;
}

function capitalized(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
