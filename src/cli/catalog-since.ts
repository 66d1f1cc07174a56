/**
 * `svcdef generate catalog --since REF`: the base side of the "Changes since REF" page,
 * read the way `svcdef diff --base REF` reads it (a folder, or a git ref read without
 * touching the working tree), and the diff of the workspace being published against it.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CommitmentDiff } from '../diff/commitment-change.js';
import { diffWorkspaces } from '../diff/diff-workspaces.js';
import type { ChangesSince } from '../generator/changes-since.js';
import { technicalServiceNames } from '../generator/technical-services.js';
import type { CliContext } from './cli-context.js';
import { loadSide } from './diff-side-loader.js';
import { resolveSides } from './diff-sides.js';
import { reportPath } from './svcdef-file-finder.js';
import { makesSideUnreadable } from './unreadable-side.js';
import { UsageError } from './usage-error.js';
import { visibleControls } from './visible-controls.js';
import type { LoadedWorkspace } from './workspace-loader.js';

/** The loaded base side, kept until the workspace being published is loaded too. */
export interface SinceBase {
    readonly ref: string;
    /** The workspace folder: locations on both sides are relative to it, as `svcdef diff` shows them. */
    readonly folder: string;
    readonly workspace: LoadedWorkspace;
    dispose(): Promise<void>;
}

/**
 * Reads REF before anything is generated, so that a bad REF stops the run with a
 * UsageError (exit 2) and nothing written. `workspacePaths` are the --workspace values:
 * a ref is read for one folder, the one being published.
 */
export async function openSinceBase(context: CliContext, ref: string, workspacePaths: readonly string[]): Promise<SinceBase> {
    if (workspacePaths.length > 1) {
        throw new UsageError(`--since ${ref} compares one workspace folder with its earlier state, but --workspace was given ${workspacePaths.length} times. `
            + 'Pass a single --workspace folder (the one holding all the files).');
    }
    const folder = path.resolve(context.io.cwd, workspacePaths[0] ?? '.');
    if (!(await stat(folder).catch(() => undefined))?.isDirectory()) {
        throw new UsageError(`--since ${ref} compares a workspace folder with its earlier state, but ${visibleControls(reportPath(context.io.cwd, folder) || '.')} is not a folder. `
            + 'Pass the workspace folder with --workspace.');
    }
    if (ref.trim() === '') {
        throw new UsageError('--since is empty. Give a git ref (a branch, tag or commit) or a folder.');
    }
    const sides = await resolveSides({ cwd: context.io.cwd, base: ref, workspace: workspacePaths[0] })
        .catch(error => { throw error instanceof UsageError ? new UsageError(asSinceMessage(error.message)) : error; });
    // The head side is the workspace itself, loaded by the catalog; only the base is kept.
    await sides.head.dispose();
    const { base } = sides;
    try {
        const workspace = await loadSide(base, undefined, context.io.stderr, undefined, 'since');
        const broken = workspace.files.filter(file => file.diagnostics.some(makesSideUnreadable));
        if (broken.length > 0) {
            const shown = broken.slice(0, 5).map(file => visibleControls(reportPath(workspace.cwd, file.path))).join(', ');
            const has = (code: string) => broken.some(file => file.diagnostics.some(diagnostic => diagnostic.code === code));
            const what = !has('not-utf8') ? 'does not parse (syntax errors'
                : has('syntax-error') ? 'does not parse (syntax errors or text not saved as UTF-8' : 'cannot be read (text not saved as UTF-8';
            throw new UsageError(`--since ${ref}: the workspace there ${what} in ${shown}${broken.length > 5 ? ', …' : ''}), `
                + `so there is nothing to compare with. Run 'svcdef diff --base ${ref}' to see the errors, or pass another --since.`);
        }
        return { ref, folder, workspace, dispose: () => base.dispose() };
    } catch (error) {
        await base.dispose();
        throw error;
    }
}

/** `svcdef diff`'s messages name its own options; here the ref came from --since. */
function asSinceMessage(message: string): string {
    return message.replace(/^--base /, '--since ')
        .replace(/Run svcdef diff inside a git checkout/g, 'Run svcdef inside a git checkout')
        .replace(/pass folders to --base and --head/g, 'pass a folder to --since')
        .replace(/, or pass a folder\.$/, ', or pass a folder to --since.');
}

/** The changes from the base to the workspace being published, with what the catalog's views need to filter them. */
export function changesSince(base: SinceBase, head: LoadedWorkspace): ChangesSince {
    const diff: CommitmentDiff = diffWorkspaces(base.workspace, { ...head, cwd: base.folder }, { base: base.ref, head: 'working tree' });
    const models = (workspace: LoadedWorkspace) => workspace.files.map(file => file.document.parseResult.value);
    return {
        ref: base.ref,
        changes: diff.changes,
        technicalServices: technicalServiceNames([...models(base.workspace), ...models(head)])
    };
}
