import type { CommitmentChange } from '../../diff/commitment-change.js';

/** Where each side's files are, relative to the current folder with `/` ('' for the current folder itself). */
export interface SideFolders {
    readonly base: string;
    readonly head: string;
}

/**
 * The change's file as seen from the current folder: the path code scanning, GitHub
 * annotations and terminals resolve. A file of a commit is shown where it lies in the
 * working tree; a removal's file is on the base side.
 */
export function shownFile(change: CommitmentChange, folders: SideFolders): string {
    const folder = folders[change.location.side];
    return folder === '' ? change.location.file : `${folder.replace(/\/$/, '')}/${change.location.file}`;
}
