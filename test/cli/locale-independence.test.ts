import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, NODE, runSvcdef } from './built-cli.js';
import { tempWorkspace } from './temp-workspace.js';

/**
 * `Barhus` is one edit away from both `Aarhus` and `Zarhus`, with no common prefix: the
 * suggestions tie, and the tie is broken by name. Danish collation puts `Aa` (read as `Å`)
 * after `Z`; English collation puts it first.
 */
const MISSPELT = {
    'parties.svcdef': 'provider CentralIT\n',
    'services.svcdef': [
        'service Zarhus { status live owner CentralIT }',
        'service Aarhus { status live owner CentralIT }',
        'service Portal { status live owner CentralIT depends on Barhus }',
        ''
    ].join('\n')
};

const LOCALES = ['en_US.UTF-8', 'da_DK.UTF-8'];

function localeEnv(locale: string): Record<string, string> {
    return { LANG: locale, LC_ALL: locale };
}

let root: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
    await ensureBundles();
    ({ root, dispose } = await tempWorkspace(MISSPELT));
}, 120_000);

afterAll(async () => {
    await dispose();
});

describe('the order of "did you mean" suggestions', () => {
    it('is the same whatever the locale of the environment', async () => {
        // Node takes its default locale from the environment; without that, this test could not fail.
        const collations = await Promise.all(LOCALES.map(async locale => (await promisify(execFile)(NODE,
            ['-p', "['Zarhus', 'Aarhus'].sort((a, b) => a.localeCompare(b)).join()"], { env: { ...process.env, ...localeEnv(locale) } })).stdout));
        expect(collations).toEqual(['Aarhus,Zarhus\n', 'Zarhus,Aarhus\n']);

        const reports = await Promise.all(LOCALES.map(locale => runSvcdef(['validate', '--format', 'json'], { cwd: root, env: localeEnv(locale) })));
        const messages = reports.map(report => (JSON.parse(report.stdout) as { diagnostics: Array<{ message: string }> }).diagnostics.map(d => d.message));
        expect(messages[0]).toEqual([expect.stringContaining("Did you mean 'Aarhus' or 'Zarhus'?")]);
        expect(messages[1]).toEqual(messages[0]);
    });
});
