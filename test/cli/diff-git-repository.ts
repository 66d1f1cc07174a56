import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A git repository in a temporary folder, made by the test, with commits and branches on demand. */
export interface TestRepository {
    readonly root: string;
    git(...args: string[]): string;
    /** Writes the files (relative paths, `/`-separated; `null` deletes) and commits them all. */
    commit(message: string, files: Record<string, string | null>): Promise<string>;
    write(files: Record<string, string | null>): Promise<void>;
    dispose(): Promise<void>;
}

export async function testRepository(options: { init?: boolean } = {}): Promise<TestRepository> {
    const root = await mkdtemp(path.join(tmpdir(), 'svcdef-diff-repo-'));
    const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
        // The machine's git configuration (a default branch name, hooks, signing) has no say here.
        GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1'
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' }).trim();
    const write = async (files: Record<string, string | null>) => {
        for (const [name, text] of Object.entries(files)) {
            const file = path.join(root, ...name.split('/'));
            if (text === null) {
                await rm(file, { force: true });
            } else {
                await mkdir(path.dirname(file), { recursive: true });
                await writeFile(file, text);
            }
        }
    };
    if (options.init !== false) {
        git('init', '--quiet', '--initial-branch=main');
    }
    return {
        root,
        git,
        write,
        async commit(message, files) {
            await write(files);
            git('add', '--all');
            git('commit', '--quiet', '--allow-empty', '-m', message);
            return git('rev-parse', 'HEAD');
        },
        dispose: () => rm(root, { recursive: true, force: true })
    };
}
