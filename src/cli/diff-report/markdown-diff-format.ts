import type { CommitmentChange, CommitmentDiff } from '../../diff/commitment-change.js';
import { withoutAutolinks } from '../../generator/markdown-autolinks.js';
import { visibleControls } from '../visible-controls.js';
import { acknowledgedCount } from './change-words.js';
import { failsRun, type FailOn } from './diff-fail-on.js';
import { shownFile, type SideFolders } from './shown-location.js';

/** The first line of the comment: a bot finds its earlier comment by it and edits that one. */
export const MARKDOWN_MARKER = '<!-- svcdef-diff -->';

export interface MarkdownDiffOptions {
    readonly failOn: FailOn;
    readonly folders: SideFolders;
}

/**
 * A pull-request comment: the marker, a one-line verdict, the weaker changes as a table,
 * and the other changes folded away. Nothing in it depends on the time or the machine, so
 * the same diff gives the same comment and a bot updates it only when the diff changes.
 * Text from the workspace is escaped: it cannot break the tables, add links or HTML, or
 * mention anyone.
 */
export function formatMarkdownDiff(diff: CommitmentDiff, options: MarkdownDiffOptions): string {
    const weaker = diff.changes.filter(change => change.effect === 'weaker');
    const others = diff.changes.filter(change => change.effect !== 'weaker');
    const lines = [MARKDOWN_MARKER, verdict(diff, options.failOn), ''];
    if (weaker.length > 0) {
        lines.push(`#### Weaker commitments (${weaker.length})`, '',
            '| | Element | What | Before | After | Where | Acknowledged |',
            '|---|---|---|---|---|---|---|',
            ...weaker.map(change => `| ${failsRun(change, options.failOn) ? '❌' : '⚠️'} ${row(change, options.folders)} | ${cell(change.acknowledged ?? '—')} |`),
            '');
    }
    if (others.length > 0) {
        lines.push(
            // An open <details> when nothing is weaker: then these are all there is to see.
            weaker.length > 0 ? '<details>' : '<details open>',
            `<summary>${othersSummary(diff)}</summary>`,
            '',
            '| Effect | Element | What | Before | After | Where |',
            '|---|---|---|---|---|---|',
            ...others.map(change => `| ${failsRun(change, options.failOn) ? '❌ ' : ''}${change.effect} | ${row(change, options.folders)} |`),
            '',
            '</details>',
            '');
    }
    lines.push(`<sub>Base: ${cell(diff.base)} · Head: ${cell(diff.head)}</sub>`);
    return `${lines.join('\n')}\n`;
}

function verdict(diff: CommitmentDiff, failOn: FailOn): string {
    const { weaker, stronger, neutral } = diff.summary;
    const failing = diff.changes.filter(change => failsRun(change, failOn)).length;
    if (weaker + stronger + neutral === 0) {
        return '**✅ svcdef diff: no change to the commitments.**';
    }
    const acknowledged = acknowledgedCount(diff);
    const counts = `${weaker} weaker${acknowledged > 0 ? ` (${acknowledged} acknowledged)` : ''}, ${stronger} stronger, ${neutral} neutral`;
    if (failing > 0) {
        const what = failOn === 'weaker' ? `weakens ${plural(failing, 'commitment')} without saying why` : `${plural(failing, 'change')} not acknowledged`;
        return `**❌ svcdef diff: ${what}** — ${counts}.`;
    }
    if (weaker === 0) {
        return `**✅ svcdef diff: nothing weaker** — ${counts}.`;
    }
    // Nothing fails here either because every weakening is acknowledged or because --fail-on none lets them pass.
    return acknowledged === weaker
        ? `**⚠️ svcdef diff: weaker commitments, each acknowledged** — ${counts}.`
        : `**⚠️ svcdef diff: weaker commitments, not failing the check** — ${counts}.`;
}

function othersSummary(diff: CommitmentDiff): string {
    const { stronger, neutral } = diff.summary;
    return `${plural(stronger + neutral, 'other change')} (${stronger} stronger, ${neutral} neutral)`;
}

/** The cells every table shares: element, what, before, after, where. */
function row(change: CommitmentChange, folders: SideFolders): string {
    const { element } = change;
    const title = element.title ? `<br>${cell(element.title)}` : '';
    const what = `${cell(change.aspect)}${change.kind === 'changed' ? '' : ` (${change.kind})`}`
        + (change.causedBy ? `<br>because of ${cell(`${change.causedBy.kind} ${change.causedBy.name}`)}` : '');
    const where = `${cell(`${shownFile(change, folders)}:${change.location.line}`)}${change.location.side === 'base' ? ' (base)' : ''}`;
    return [`${cell(element.kind)} **${cell(element.name)}**${title}`, what, cell(change.before ?? '—'), cell(change.after ?? '—'), where].join(' | ');
}

/**
 * User text in a table cell: HTML and Markdown punctuation escaped, `|` kept from ending
 * the cell, line breaks joined, and bare addresses and `@` kept from linking or mentioning
 * (a word joiner inside them).
 */
export function cell(text: string): string {
    return withoutAutolinks(visibleControls(text.replace(/\s*\r?\n\s*/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~#!]/g, character => `\\${character}`));
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
