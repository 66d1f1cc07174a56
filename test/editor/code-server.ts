/**
 * A throw-away code-server (VS Code 1.117 served to a browser) with the packaged svcdef
 * extension installed, listening on a free loopback port. Its user data, extensions and
 * workspace live in a temporary folder that `stop` removes.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = path.resolve(import.meta.dirname, '../..');
const SETUP_SCRIPT = path.join(ROOT, 'scripts/editor-tests/setup.sh');

export interface CodeServer {
    /** The workbench URL with the workspace folder open. */
    readonly url: string;
    /** The workspace folder (a copy of examples/). */
    readonly workspace: string;
    /** Everything code-server printed, for failure reports. */
    log(): string;
    stop(): Promise<void>;
}

/** User settings that keep first-run dialogs and side panels from covering the editor. */
const USER_SETTINGS = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    // Suggestions must come from the language server, not from words in open files.
    'editor.wordBasedSuggestions': 'off',
    'editor.hover.delay': 200,
    'files.autoSave': 'off',
    // The broken `expired-sla` example is written against this date.
    'svcdef.today': '2026-06-01'
};

/** Runs the setup script (Debian packages, code-server in its cache) and returns code-server's folder. */
export async function setUpCodeServer(): Promise<string> {
    const { stdout } = await run('bash', [SETUP_SCRIPT], { maxBuffer: 64 * 1024 * 1024 }).catch(error => {
        throw new Error(`${SETUP_SCRIPT} failed:\n${error.stderr ?? error.message}`);
    });
    const folder = stdout.trim().split('\n').pop()!;
    return folder;
}

export interface CodeServerOptions {
    /** User settings added to (or overriding) the defaults above, e.g. `remote.extensionKind`. */
    readonly userSettings?: Record<string, unknown>;
}

export async function startCodeServer(installFolder: string, vsix: string, options: CodeServerOptions = {}): Promise<CodeServer> {
    const node = path.join(installFolder, 'node22/node_modules/node/bin/node');
    const entry = path.join(installFolder, 'node_modules/code-server/out/node/entry.js');
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'svcdef-editor-'));
    const userData = path.join(scratch, 'user-data');
    const extensions = path.join(scratch, 'extensions');
    const workspace = path.join(scratch, 'examples');
    const config = path.join(scratch, 'config.yaml');
    await mkdir(path.join(userData, 'User'), { recursive: true });
    await writeFile(path.join(userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.userSettings }, null, 2));
    await writeFile(config, 'auth: none\n');
    await cp(path.join(ROOT, 'examples'), workspace, { recursive: true });

    const temp = path.join(scratch, 'tmp');
    await mkdir(temp);
    // TMPDIR keeps the sockets and caches VS Code leaves in the temp folder inside the scratch folder.
    const env = { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH ?? ''}`, TMPDIR: temp };
    const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
    await run(node, [entry, ...common, '--install-extension', vsix], { env }).catch(error => {
        throw new Error(`code-server could not install ${vsix}:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    });

    const port = await freePort();
    let output = '';
    const server: ChildProcess = spawn(node, [
        entry, ...common,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
        workspace
    ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', chunk => { output += chunk; });
    server.stderr!.on('data', chunk => { output += chunk; });
    const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));

    const base = `http://127.0.0.1:${port}`;
    await waitUntilServing(base, exited, () => output);
    return {
        url: `${base}/?folder=${encodeURIComponent(workspace)}`,
        workspace,
        log: () => output,
        async stop() {
            if (server.exitCode === null) {
                server.kill('SIGTERM');
                const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
                await exited;
                clearTimeout(timer);
            }
            await rm(scratch, { recursive: true, force: true });
        }
    };
}

async function waitUntilServing(base: string, exited: Promise<number | null>, output: () => string): Promise<void> {
    let stopped: number | null | undefined;
    void exited.then(code => { stopped = code; });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (stopped !== undefined) {
            throw new Error(`code-server exited with code ${stopped} before serving:\n${output()}`);
        }
        const healthy = await fetch(`${base}/healthz`).then(response => response.ok, () => false);
        if (healthy) return;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer on ${base} within a minute:\n${output()}`);
}

/** A port nothing listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.unref();
        probe.on('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const address = probe.address();
            probe.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}

/** The .vsix that `npm run package` wrote for the current version. */
export async function packagedVsix(): Promise<string> {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    return path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
}
