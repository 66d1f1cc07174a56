import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, runSvcdef } from './built-cli.js';
import { tempWorkspace } from './temp-workspace.js';

/**
 * A file is read whatever the size of one string, comment or name in it. A string of 4.5
 * million characters used to overflow the stack of the lexer's regular expression, and
 * `validate` stopped with "internal error: Maximum call stack size exceeded".
 */
describe('a file with a literal of millions of characters', () => {
    let root: string;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
        await ensureBundles();
        ({ root, dispose } = await tempWorkspace({
            'huge-string.svcdef': `provider CentralIT\nservice S "${'a'.repeat(6_000_000)}" { status live owner CentralIT }\n`,
            'huge-escapes.svcdef': `service T "${'\\"'.repeat(3_000_000)}" { status live owner CentralIT }\n`,
            'huge-comment.svcdef': `/**\n${' * A line of documentation.\n'.repeat(200_000)} */\nservice U { status live owner CentralIT }\n`
        }));
    }, 120_000);

    afterAll(async () => {
        await dispose();
    });

    it('is checked like any other', async () => {
        const result = await runSvcdef(['validate'], { cwd: root, timeout: 30_000 });
        expect(result).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 3 files\n', stderr: '' });
    }, 60_000);

    it('is checked with a name of millions of parts, which is reported like any unknown name', async () => {
        const name = 'a.'.repeat(6_000_000) + 'b';
        const { root: other, dispose: disposeOther } = await tempWorkspace({ 'huge-name.svcdef': `service S { status live owner ${name} }\n` });
        try {
            const result = await runSvcdef(['validate', '--format', 'json'], { cwd: other, timeout: 30_000 });
            expect(result.stderr).toBe('');
            expect(result.code).toBe(1);
            expect(JSON.parse(result.stdout).summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
        } finally {
            await disposeOther();
        }
    }, 60_000);
});
