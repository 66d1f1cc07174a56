// Runs the extension-host suite (test/extension/suite) in code-server's extension host,
// for machines without a desktop VS Code: `node test/extension/run-extension-tests.mjs
// --code-server` after `node esbuild.mjs`. The extension is loaded from the working tree
// as a development extension, the way test-electron loads it; a headless Chromium opens
// the workbench, because code-server starts an extension host only for a connected window.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundleSuite, prepareWorkspace } from './run-extension-tests.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULT_TIMEOUT_MS = 5 * 60_000;

export async function runInCodeServer() {
    // The editor suite's helpers know how to install and find code-server.
    const { setUpCodeServer, freePort } = await import('../editor/code-server.ts');
    const installFolder = await setUpCodeServer();
    const suite = await bundleSuite();
    const { scratch, workspace } = await prepareWorkspace();
    const results = path.join(scratch, 'results.json');
    const userData = path.join(scratch, 'user-data');
    await mkdir(path.join(userData, 'User'), { recursive: true });
    await writeFile(path.join(userData, 'User/settings.json'), JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'chat.disableAIFeatures': true
    }));
    await writeFile(path.join(scratch, 'config.yaml'), 'auth: none\n');

    const node = path.join(installFolder, 'node22/node_modules/node/bin/node');
    const entry = path.join(installFolder, 'node_modules/code-server/out/node/entry.js');
    const port = await freePort();
    let log = '';
    const server = spawn(node, [
        entry, '--config', path.join(scratch, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--user-data-dir', userData, '--extensions-dir', path.join(scratch, 'extensions'),
        '--disable-telemetry', '--disable-update-check', workspace
    ], {
        // TMPDIR keeps the sockets and caches VS Code leaves in the temp folder inside the scratch folder.
        env: { ...process.env, SVCDEF_EXTENSION_TEST_RESULTS: results, TMPDIR: await tempFolderIn(scratch) },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    server.stdout.on('data', chunk => { log += chunk; });
    server.stderr.on('data', chunk => { log += chunk; });
    let browser;
    try {
        await waitForHealth(`http://127.0.0.1:${port}/healthz`);
        const remote = path => `vscode-remote://127.0.0.1:${port}${path}`;
        const payload = JSON.stringify([
            ['extensionDevelopmentPath', remote(root)],
            ['extensionTestsPath', remote(suite)]
        ]);
        browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
        const deadline = Date.now() + RESULT_TIMEOUT_MS;
        while (!existsSync(results)) {
            if (Date.now() > deadline) {
                console.error(`extension-host tests (code-server) produced no results within ${RESULT_TIMEOUT_MS / 60_000} minutes.\n${log.slice(-4000)}`);
                return 1;
            }
            await new Promise(resolve => setTimeout(resolve, 500));
        }
        const { passed, failed } = JSON.parse(await readFile(results, 'utf8'));
        for (const failure of failed) console.error(`  failed: ${failure}`);
        console.log(`extension-host tests (code-server): ${passed} passed, ${failed.length} failed.`);
        return failed.length === 0 && passed > 0 ? 0 : 1;
    } finally {
        await browser?.close();
        server.kill('SIGTERM');
        await rm(scratch, { recursive: true, force: true });
    }
}

async function tempFolderIn(folder) {
    const temp = path.join(folder, 'tmp');
    await mkdir(temp, { recursive: true });
    return temp;
}

async function waitForHealth(url) {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (await fetch(url).then(response => response.ok, () => false)) return;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer on ${url}.`);
}
