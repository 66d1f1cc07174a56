import type { CommitmentChange, CommitmentDiff } from '../../diff/commitment-change.js';
import { stylesFor, type Styles } from '../report/ansi-style.js';
import { visibleControls } from '../visible-controls.js';
import { causeWords, changeWords, summaryWords } from './change-words.js';
import { failsRun, type FailOn } from './diff-fail-on.js';
import { shownFile, type SideFolders } from './shown-location.js';

export interface PrettyDiffOptions {
    /** ANSI colors; the caller decides from the terminal and NO_COLOR. */
    readonly colors: boolean;
    readonly failOn: FailOn;
    readonly folders: SideFolders;
}

/**
 * For people at a terminal: what is compared, then per change a heading in the
 * `file:line` form terminals turn into links, what changed from what to what, and the
 * reason of an acknowledged weakening; a closing summary. Changes that fail the run are
 * red, acknowledged ones yellow, stronger green.
 */
export function formatPrettyDiff(diff: CommitmentDiff, options: PrettyDiffOptions): string {
    const styles = stylesFor(options.colors);
    const blocks = [styles.dim(visibleControls(`Comparing ${diff.base} → ${diff.head}`))];
    for (const change of diff.changes) {
        blocks.push(formatOne(change, options, styles));
    }
    const failing = diff.changes.some(change => failsRun(change, options.failOn));
    const summary = summaryWords(diff);
    blocks.push(styles.bold((failing ? styles.red : diff.summary.weaker > 0 ? styles.yellow : styles.green)(
        `${summary.charAt(0).toUpperCase()}${summary.slice(1)}`)));
    return `${blocks.join('\n\n')}\n`;
}

function formatOne(change: CommitmentChange, options: PrettyDiffOptions, styles: Styles): string {
    const paint = effectStyle(change, options.failOn, styles);
    // User text is made visible before it is styled: the styles' own escapes must stay escapes.
    const { element } = change;
    const title = element.title ? ` ${styles.dim(visibleControls(JSON.stringify(element.title)))}` : '';
    const heading = [
        styles.bold(visibleControls(`${shownFile(change, options.folders)}:${change.location.line}`)),
        paint(change.effect),
        styles.dim(change.kind),
        `${visibleControls(element.kind)} ${styles.bold(visibleControls(element.name))}${title}`
    ].join(' ');
    const lines = [heading, `  ${visibleControls(`${changeWords(change)}${causeWords(change)}`)}`];
    if (change.acknowledged !== undefined) {
        lines.push(`  ${styles.yellow('acknowledged:')} ${visibleControls(change.acknowledged)}`);
    }
    return lines.join('\n');
}

function effectStyle(change: CommitmentChange, failOn: FailOn, styles: Styles): (text: string) => string {
    if (failsRun(change, failOn)) {
        return text => styles.bold(styles.red(text));
    }
    if (change.effect === 'weaker') {
        return text => styles.bold(styles.yellow(text));
    }
    return change.effect === 'stronger' ? styles.green : styles.cyan;
}
