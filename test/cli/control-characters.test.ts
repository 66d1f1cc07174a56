import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, runSvcdef } from './built-cli.js';
import { tempWorkspace } from './temp-workspace.js';

/** What a terminal would obey: ESC, the C1 CSI, and the right-to-left override. */
const RAW_CONTROL = /[\u001b\u009b\u202e]/;
const CLEAR_SCREEN = '\u001b[2J';
const RIGHT_TO_LEFT = '\u202e';

/**
 * A title and a work product name that try to clear the screen and turn text around; the
 * file has two errors, so that both its lines and a message quoting the name are printed.
 */
const HOSTILE_FILE = [
    'provider CentralIT',
    `service Fax "Fax${CLEAR_SCREEN}${RIGHT_TO_LEFT}" { status live owner Nobody }`,
    'binding Slas implements A243 {',
    '  owner CentralIT',
    `  produces "SLAs${CLEAR_SCREEN}${RIGHT_TO_LEFT}x" { Fax }`,
    '}',
    ''
].join('\n');

let root: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
    await ensureBundles();
    ({ root, dispose } = await tempWorkspace({ 'hostile.svcdef': HOSTILE_FILE }));
}, 120_000);

afterAll(async () => {
    await dispose();
});

describe('control characters from a workspace or the command line', () => {
    it('are shown as escapes in the pretty report, source lines included', async () => {
        const result = await runSvcdef(['validate'], { cwd: root, env: { FORCE_COLOR: '0' } });
        expect(result.code).toBe(1);
        expect(result.stdout).not.toMatch(RAW_CONTROL);
        expect(result.stdout).toContain('  2 | service Fax "Fax\\x1b[2J\\u202e" { status live owner Nobody }');
        expect(result.stdout).toContain("error not-an-output 'SLAs\\x1b[2J\\u202ex' is not an output of A243");
    });

    it('are shown as escapes in GitHub annotations', async () => {
        const result = await runSvcdef(['validate', '--format', 'github'], { cwd: root });
        expect(result.code).toBe(1);
        expect(result.stdout).not.toMatch(RAW_CONTROL);
        expect(result.stdout).toContain("title=not-an-output::'SLAs\\x1b[2J\\u202ex' is not an output of A243");
    });

    it('are shown as escapes in an error about a path or a name given on the command line', async () => {
        const path = await runSvcdef(['validate', `nowhere${CLEAR_SCREEN}`], { cwd: root });
        expect(path.code).toBe(2);
        expect(path.stderr).toMatch(/^svcdef: nowhere\\x1b\[2J: no such file or folder\./);
        const name = await runSvcdef(['generate', 'sla', `Fin${RIGHT_TO_LEFT}`, '--force', '--out', 'slas'], { cwd: root });
        expect(name.code).toBe(2);
        expect(name.stderr).toContain("svcdef: no SLA is named 'Fin\\u202e'.");
        expect(name.stderr).not.toMatch(RAW_CONTROL);
    });
});
