import { mkdir, realpath, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, runSvcdef } from './built-cli.js';
import { tempWorkspace } from './temp-workspace.js';

const SECRET = 'API_KEY=hunter2';

/**
 * A symbolic link in a workspace that leads out of it (`leak.svcdef -> ../secrets.env`)
 * used to be read, and `pretty` printed the target's lines beside the syntax errors they
 * made. Links that stay inside the folders named are read as before.
 */
describe('symbolic links in a workspace folder', () => {
    let outer: string;
    let dispose: () => Promise<void>;
    let root: string;
    const warning = (link: string, target: string) =>
        `svcdef: warning: skipped ${link}: a symbolic link to ${target}, outside the folders being read. Pass --follow-symlinks to read it.\n`;

    beforeAll(async () => {
        await ensureBundles();
        ({ root: outer, dispose } = await tempWorkspace({
            'secrets.env': `${SECRET}\nDB_PASSWORD=swordfish\n`,
            'elsewhere/other.svcdef': 'service Elsewhere { status live owner CentralIT }\n',
            'ws/parties.svcdef': 'provider CentralIT\n',
            'ws/notes/inside.txt': 'service Inside { status live owner CentralIT }\n'
        }));
        outer = await realpath(outer);
        root = path.join(outer, 'ws');
        await symlink('../secrets.env', path.join(root, 'leak.svcdef'));
        await symlink('../elsewhere', path.join(root, 'shared'));
        await symlink('notes/inside.txt', path.join(root, 'inside.svcdef'));
        await mkdir(path.join(root, 'sub'));
        await symlink('../notes', path.join(root, 'sub', 'notes-again'));
    }, 120_000);

    afterAll(async () => {
        await dispose();
    });

    it('skips a link to a file or folder outside the workspace, with a warning naming it', async () => {
        const result = await runSvcdef(['validate', '--format', 'json'], { cwd: root, timeout: 30_000 });
        expect(result.code).toBe(0);
        expect(result.stderr).toBe(warning('leak.svcdef', path.join(outer, 'secrets.env')) + warning('shared', path.join(outer, 'elsewhere')));
        expect(JSON.parse(result.stdout).summary).toEqual({ files: 2, errors: 0, warnings: 0, infos: 0 });
        expect(result.stdout).not.toContain('hunter2');
    });

    it('skips them when publishing too', async () => {
        const result = await runSvcdef(['generate', 'catalog', '--out', path.join(outer, 'site')], { cwd: root, timeout: 30_000 });
        expect(result.code).toBe(0);
        expect(result.stderr).toContain(warning('leak.svcdef', path.join(outer, 'secrets.env')));
    });

    it('reads a link inside the workspace', async () => {
        const result = await runSvcdef(['validate', '--format', 'json'], { cwd: root, timeout: 30_000 });
        expect(JSON.parse(result.stdout).summary.files).toBe(2);
        const folderLinkOnly = await runSvcdef(['validate', 'sub', 'parties.svcdef', '--format', 'json'], { cwd: root, timeout: 30_000 });
        // `sub` is the folder named, and `sub/notes-again` leads out of it into `notes/`.
        expect(folderLinkOnly.stderr).toBe(warning(path.join('sub', 'notes-again'), path.join(root, 'notes')));
    });

    it('reads a link outside the workspace with --follow-symlinks', async () => {
        const result = await runSvcdef(['validate', '--follow-symlinks'], { cwd: root, timeout: 30_000 });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('leak.svcdef:1:1');
        expect(result.stdout).toMatch(/in 4 files\n$/);
    });

    it('reads a link named on the command line wherever it leads', async () => {
        const result = await runSvcdef(['validate', 'leak.svcdef', 'parties.svcdef'], { cwd: root, timeout: 30_000 });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('leak.svcdef:1:1');
    });

    it('documents --follow-symlinks in the help of every command that reads a workspace', async () => {
        for (const command of [['validate'], ['generate', 'catalog'], ['export', 'openslo']]) {
            const help = await runSvcdef([...command, '--help'], { cwd: root, timeout: 30_000 });
            expect(help.stdout).toContain('--follow-symlinks');
        }
    }, 60_000);
});
