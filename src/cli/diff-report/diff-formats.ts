import type { CommitmentDiff } from '../../diff/commitment-change.js';
import type { FailOn } from './diff-fail-on.js';
import { formatGithubDiff } from './github-diff-format.js';
import { formatJsonDiff } from './json-diff-format.js';
import { formatMarkdownDiff } from './markdown-diff-format.js';
import { formatPrettyDiff } from './pretty-diff-format.js';
import { formatSarifDiff } from './sarif-diff-format.js';
import type { SideFolders } from './shown-location.js';

export const DIFF_FORMATS = ['pretty', 'markdown', 'json', 'sarif', 'github'] as const;
export type DiffFormat = typeof DIFF_FORMATS[number];

/** What the formats need besides the diff; each takes only its own part. */
export interface DiffFormatSettings {
    readonly colors: boolean;
    readonly failOn: FailOn;
    /** Where each side's files are shown from (see shownFile); JSON keeps the sides' own paths. */
    readonly folders: SideFolders;
    readonly toolVersion: string;
    readonly informationUri?: string;
    readonly srcRootUri?: string;
}

export function formatDiff(format: DiffFormat, diff: CommitmentDiff, settings: DiffFormatSettings): string {
    switch (format) {
        case 'pretty': return formatPrettyDiff(diff, settings);
        case 'markdown': return formatMarkdownDiff(diff, settings);
        case 'json': return formatJsonDiff(diff);
        case 'sarif': return formatSarifDiff(diff, settings);
        case 'github': return formatGithubDiff(diff, settings);
    }
}
