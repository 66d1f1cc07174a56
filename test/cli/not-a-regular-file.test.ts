import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, runSvcdef } from './built-cli.js';
import { CLEAN_FILES, tempWorkspace, TODAY_IN_VALIDITY } from './temp-workspace.js';

let root: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
    await ensureBundles();
    ({ root, dispose } = await tempWorkspace(CLEAN_FILES));
    // Reading a named pipe waits for a writer that never comes.
    execFileSync('mkfifo', [path.join(root, 'fifo.svcdef')]);
    symlinkSync('/dev/zero', path.join(root, 'zero.svcdef'));
}, 120_000);

afterAll(async () => {
    await dispose();
});

describe('a path on the command line that is not a regular file', () => {
    it.each([
        ['fifo.svcdef', 'a named pipe'],
        ['zero.svcdef', 'a character device']
    ])('is refused at once: %s (%s)', async (name, kind) => {
        for (const args of [['validate', name], ['generate', 'catalog', '--workspace', name, '--out', 'site']]) {
            const result = await runSvcdef(args, { cwd: root, timeout: 20_000 });
            expect(result).toEqual({
                code: 2,
                stdout: '',
                stderr: `svcdef: ${name}: not a regular file but ${kind}. Pass .svcdef files, or folders that contain them.\n`
            });
        }
    }, 60_000);

    it('is skipped inside a folder, as before', async () => {
        const result = await runSvcdef(['validate', '--today', TODAY_IN_VALIDITY], { cwd: root, timeout: 20_000 });
        expect(result).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 2 files\n', stderr: '' });
    });
});
