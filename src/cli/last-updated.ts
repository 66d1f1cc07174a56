/**
 * The "last updated" date of a published catalog: the day of the newest commit that touched
 * the workspace's sources, so that publishing the same sources again gives the same pages
 * (never the wall clock). Outside a git repository, or where git is missing, it is the day
 * the catalog is generated for (`--today`).
 */
import { gitText } from './diff-git.js';

export async function lastUpdated(cwd: string, workspacePaths: readonly string[], today: string): Promise<string> {
    try {
        const date = await gitText({ cwd, args: ['log', '-1', '--format=%cs', '--', ...(workspacePaths.length > 0 ? workspacePaths : ['.'])] });
        // Empty when no commit touches the paths yet (new, uncommitted files).
        return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today;
    } catch {
        return today;
    }
}
