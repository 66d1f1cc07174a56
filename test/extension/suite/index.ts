/**
 * Entry point that VS Code's extension host calls (`extensionTestsPath`): runs the mocha
 * suite and settles with its outcome. Bundled to out/extension-tests/index.cjs by
 * test/extension/run-extension-tests.mjs.
 *
 * When SVCDEF_EXTENSION_TEST_RESULTS names a file, a JSON summary is written there too,
 * for hosts (code-server) whose extension host output is not piped to a terminal.
 */
import { writeFile } from 'node:fs/promises';
import Mocha from 'mocha';

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false });
    // The suite declares its tests through the globals mocha installs here.
    mocha.suite.emit('pre-require', globalThis, 'svcdef-extension.suite', mocha);
    await import('./svcdef-extension.suite.js');

    const failed: string[] = [];
    let passed = 0;
    const failures = await new Promise<number>(resolve => {
        const runner = mocha.run(resolve);
        runner.on('pass', () => passed++);
        runner.on('fail', (test, error: unknown) => failed.push(`${test.fullTitle()}: ${error instanceof Error ? error.message : String(error)}`));
    });
    const resultsFile = process.env.SVCDEF_EXTENSION_TEST_RESULTS;
    if (resultsFile) {
        await writeFile(resultsFile, JSON.stringify({ passed, failed }, null, 2));
    }
    if (failures > 0) {
        throw new Error(`${failures} extension test${failures === 1 ? '' : 's'} failed.`);
    }
}
