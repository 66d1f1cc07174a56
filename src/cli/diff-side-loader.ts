import { NodeFileSystem } from 'langium/node';
import { createSvcdefServices } from '../language/svcdef-module.js';
import type { DiffSide } from './diff-sides.js';
import { NOTHING_FOUND, WorkspaceLoadError } from './workspace-load-error.js';
import { loadWorkspace, type LoadProgress, type LoadedWorkspace } from './workspace-loader.js';
import { warnOfSkippedLink } from './skipped-link-warning.js';
import type { OutputStream } from './cli-io.js';

/**
 * Loads one side of a diff with the same language services as `validate`, parsed and
 * linked (its syntax errors are what can stop a diff).
 * A commit from before the workspace existed has no `.svcdef` file: that side is empty,
 * and everything on the other side is new.
 */
export async function loadSide(side: DiffSide, today: string | undefined, stderr: OutputStream,
    onProgress?: (progress: LoadProgress) => void, option?: 'base' | 'head' | 'since'): Promise<LoadedWorkspace> {
    if (side.fromGit && side.svcdefFiles === 0) {
        return emptyWorkspace(side.folder, today);
    }
    try {
        // A diff reports no diagnostics but syntax errors, so the other checks would be time spent for nothing.
        return await loadWorkspace({ cwd: side.folder, today, checks: 'syntax-and-links', onSkippedLink: warnOfSkippedLink(stderr), onProgress });
    } catch (error) {
        // The loader runs inside the side's folder and would name it '.', which says neither which folder nor which side.
        if (option !== undefined && error instanceof WorkspaceLoadError && error.problem === NOTHING_FOUND) {
            throw new WorkspaceLoadError(side.shownFolder === '' ? '.' : side.shownFolder, `the --${option} folder has no .svcdef files`,
                `Pass as --${option} the folder that holds the workspace's .svcdef files, or a git ref.`);
        }
        throw error;
    }
}

async function emptyWorkspace(cwd: string, today: string | undefined): Promise<LoadedWorkspace> {
    const { shared, Svcdef } = createSvcdefServices(NodeFileSystem, { batch: true });
    if (today !== undefined) {
        Svcdef.settings.setToday(today);
    }
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return { cwd, files: [], shared, services: Svcdef };
}
