// Runs test/extension/suite in a VS Code extension host with @vscode/test-electron, the way
// extension authors test on their machines and in public CI. Run through
// `npm run test:extension`, which builds out/extension.cjs and out/language-server.cjs first.
//
// Which VS Code:
//   VSCODE_EXECUTABLE_PATH   a VS Code executable to test in (no download)
//   VSCODE_TEST_VERSION      the version to download otherwise (default: stable)
// When there is no executable and the download fails, the suite is skipped with one line
// saying why, and the exit code is 0: it did not run, so it neither passed nor failed.
//
//   --code-server   run the suite in code-server's extension host instead (see
//                   test/extension/code-server-host.mjs); for machines without a desktop.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUITE_ENTRY = 'test/extension/suite/index.ts';
const SUITE_BUNDLE = path.join(root, 'out/extension-tests/index.cjs');
const DOWNLOAD_TIMEOUT_MS = 20_000;

/** Bundles the suite next to the extension, so that `mocha` and `vscode` resolve at run time. */
export async function bundleSuite() {
    for (const bundle of ['out/extension.cjs', 'out/language-server.cjs']) {
        if (!existsSync(path.join(root, bundle))) {
            throw new Error(`${bundle} is missing; run "node esbuild.mjs" (npm run test:extension does).`);
        }
    }
    await esbuild.build({
        absWorkingDir: root,
        entryPoints: [SUITE_ENTRY],
        outfile: SUITE_BUNDLE,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        external: ['vscode', 'mocha'],
        sourcemap: 'inline',
        logLevel: 'warning'
    });
    return SUITE_BUNDLE;
}

/** A scratch workspace: the Acme example and one broken example, so tests may write into it. */
export async function prepareWorkspace() {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'svcdef-extension-tests-'));
    const workspace = path.join(scratch, 'workspace');
    await mkdir(path.join(workspace, 'broken'), { recursive: true });
    await cp(path.join(root, 'examples/acme'), path.join(workspace, 'acme'), { recursive: true });
    await cp(path.join(root, 'examples/broken/unresolved-reference'), path.join(workspace, 'broken/unresolved-reference'), { recursive: true });
    return { scratch, workspace };
}

async function vscodeExecutable() {
    const configured = process.env.VSCODE_EXECUTABLE_PATH;
    if (configured) {
        if (!existsSync(configured)) {
            throw new Error(`VSCODE_EXECUTABLE_PATH is ${configured}, which does not exist.`);
        }
        return { path: configured };
    }
    const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
    const version = process.env.VSCODE_TEST_VERSION ?? 'stable';
    try {
        return { path: await downloadAndUnzipVSCode({ version, timeout: DOWNLOAD_TIMEOUT_MS, reporter: downloadReporter() }) };
    } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        return { skip: `VSCODE_EXECUTABLE_PATH is not set and VS Code ${version} could not be downloaded (${reason})` };
    }
}

/**
 * Says what is downloaded and when it is done; stays quiet before a download starts, so
 * that a machine without access to the update service prints only the skip line.
 */
function downloadReporter() {
    let announced = false;
    return {
        report(progress) {
            if (progress.stage === 'downloading' && !announced) {
                announced = true;
                const megabytes = progress.totalBytes > 0 ? ` (${(progress.totalBytes / 1048576).toFixed(0)} MB)` : '';
                console.log(`Downloading VS Code from ${progress.url}${megabytes}...`);
            } else if (progress.stage === 'foundMatchingInstall') {
                console.log(`Using the VS Code in ${progress.downloadedPath}.`);
            } else if (progress.stage === 'newInstallComplete') {
                console.log(`VS Code downloaded to ${progress.downloadedPath}.`);
            }
        },
        error() {
            // The caller turns a failed download into the skip line.
        }
    };
}

/** Electron needs a display on Linux; a headless machine with xvfb-run gets a virtual one. */
function needsVirtualDisplay() {
    return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.SVCDEF_UNDER_XVFB;
}

async function main() {
    if (process.argv.includes('--code-server')) {
        const { runInCodeServer } = await import('./code-server-host.mjs');
        process.exit(await runInCodeServer());
    }
    const executable = await vscodeExecutable();
    if (executable.skip) {
        console.log(`extension-host tests skipped: ${executable.skip}.`);
        return;
    }
    if (needsVirtualDisplay()) {
        const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
        if (!xvfb) {
            console.log('extension-host tests skipped: VS Code needs a display and neither DISPLAY is set nor xvfb-run installed.');
            return;
        }
        const rerun = spawnSync(xvfb, ['-a', process.execPath, ...process.argv.slice(1)], {
            stdio: 'inherit', env: { ...process.env, SVCDEF_UNDER_XVFB: '1', VSCODE_EXECUTABLE_PATH: executable.path }
        });
        process.exit(rerun.status ?? 1);
    }
    const suite = await bundleSuite();
    const { scratch, workspace } = await prepareWorkspace();
    const { runTests } = await import('@vscode/test-electron');
    try {
        await runTests({
            vscodeExecutablePath: executable.path,
            extensionDevelopmentPath: root,
            extensionTestsPath: suite,
            launchArgs: [
                workspace,
                '--disable-extensions',
                '--disable-workspace-trust',
                '--skip-welcome',
                '--skip-release-notes',
                `--user-data-dir=${path.join(scratch, 'user-data')}`
            ]
        });
    } catch (error) {
        console.error(`extension-host tests failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    } finally {
        await rm(scratch, { recursive: true, force: true });
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main().catch(error => {
        console.error(`extension-host tests could not run: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    });
}
