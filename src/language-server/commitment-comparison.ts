/**
 * What "Compare Commitments with Branch…" shows: `svcdef diff --base REF --format markdown`
 * run in the extension host, with the saved files of the workspace folder as the head.
 * Kept apart from the `vscode` API so that it is tested like the CLI; every problem comes
 * back as an Error whose message is meant for the user.
 */
import { pathToFileURL } from 'node:url';
import type { CommitmentDiff } from '../diff/commitment-change.js';
import { diffWorkspaces } from '../diff/diff-workspaces.js';
import { formatDiff } from '../cli/diff-report/diff-formats.js';
import { loadSide } from '../cli/diff-side-loader.js';
import { resolveSides } from '../cli/diff-sides.js';
import { PACKAGE_HOMEPAGE, PACKAGE_VERSION } from '../cli/package-info.js';
import { reportPath } from '../cli/svcdef-file-finder.js';
import { UsageError } from '../cli/usage-error.js';
import type { LoadedWorkspace } from '../cli/workspace-loader.js';

export interface ComparisonRequest {
    /** The workspace folder: the head side as saved on disk, and where the ref is read from. */
    readonly folder: string;
    /** A branch, tag, commit or folder. */
    readonly ref: string;
    /** `svcdef.today`: the date to check against instead of the real one. */
    readonly today?: string;
}

/** The Markdown report of what the saved workspace changes in the commitments compared with `ref`. */
export async function compareCommitments(request: ComparisonRequest): Promise<string> {
    const ref = request.ref.trim();
    if (ref === '') {
        throw new Error('Give a branch, tag or commit to compare with.');
    }
    const { base, head } = await resolveSides({ cwd: request.folder, base: ref }).catch(error => {
        // The CLI's messages name its options; here the ref came from the picker.
        throw error instanceof UsageError ? new Error(error.message.replace(/^--base /, '')) : error;
    });
    try {
        const sink = { write: () => undefined, isTTY: false };
        const sides = {
            base: await loadSide(base, request.today, sink),
            head: await loadSide(head, request.today, sink)
        };
        requireParsing(ref, sides.base);
        requireParsing('the working tree', sides.head);
        const diff: CommitmentDiff = diffWorkspaces(sides.base, sides.head, { base: base.name, head: head.name });
        return formatDiff('markdown', diff, {
            colors: false,
            failOn: 'weaker',
            folders: { base: base.shownFolder, head: head.shownFolder },
            toolVersion: PACKAGE_VERSION,
            informationUri: PACKAGE_HOMEPAGE,
            srcRootUri: pathToFileURL(request.folder).href
        });
    } finally {
        await Promise.all([base.dispose(), head.dispose()]);
    }
}

/** A side with syntax errors has no meaning to compare; the message names its files. */
function requireParsing(name: string, workspace: LoadedWorkspace): void {
    const broken = workspace.files.filter(file => file.diagnostics.some(diagnostic => diagnostic.code === 'syntax-error'));
    if (broken.length > 0) {
        const files = broken.slice(0, 5).map(file => reportPath(workspace.cwd, file.path)).join(', ');
        throw new Error(`${name} does not parse (syntax errors in ${files}${broken.length > 5 ? ', …' : ''}). `
            + 'Fix them, or compare with another branch; svcdef diff in a terminal shows the errors.');
    }
}
