import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { ensureBundles, LANGUAGE_SERVER_BIN, ROOT, runSvcdef } from './built-cli.js';

interface Launcher {
    satisfies(version: string, minimum: number[]): boolean;
    minimumNodeVersion(): number[];
}
const launcher = createRequire(import.meta.url)(path.join(ROOT, 'bin', 'launch.cjs')) as Launcher;

describe('the launcher\'s Node check', () => {
    it('asks for exactly the version package.json\'s engines names', () => {
        expect(`>=${launcher.minimumNodeVersion().join('.')}`).toBe(packageJson.engines.node);
    });

    it('compares every part of the version, not the major alone', () => {
        const minimum = [22, 12, 0];
        expect(launcher.satisfies('22.11.9', minimum)).toBe(false);
        expect(launcher.satisfies('22.12.0', minimum)).toBe(true);
        expect(launcher.satisfies('22.23.3', minimum)).toBe(true);
        expect(launcher.satisfies('23.0.0', minimum)).toBe(true);
        expect(launcher.satisfies('20.20.2', minimum)).toBe(false);
    });
});

const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find(candidate => existsSync(candidate));
const systemNodeVersion = systemNode
    ? (await promisify(execFile)(systemNode, ['-p', 'process.versions.node'])).stdout.trim()
    : undefined;
const systemNodeTooOld = systemNodeVersion !== undefined && !launcher.satisfies(systemNodeVersion, launcher.minimumNodeVersion());
if (!systemNodeTooOld) {
    console.info(`launcher on an old Node: skipped, the system Node (${systemNodeVersion ?? 'none'}) is new enough.`);
}

describe.skipIf(!systemNodeTooOld)('the launcher on a system Node older than svcdef needs', () => {
    beforeAll(() => ensureBundles(), 120_000);

    it('runs the CLI of a source checkout on the checkout\'s own Node 22', async () => {
        const result = await runSvcdef(['--version'], { cwd: ROOT, node: systemNode });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout.trim()).toBe(packageJson.version);
    });

    it('passes the exit code through', async () => {
        const result = await runSvcdef(['validate', 'no-such-folder'], { cwd: ROOT, node: systemNode });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/no-such-folder/);
    });

    it('serves LSP over stdio through the checkout\'s Node', async () => {
        const server = spawn(systemNode!, [LANGUAGE_SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        try {
            const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
            server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
            const reply = await new Promise<string>((resolve, reject) => {
                let received = '';
                server.stdout.setEncoding('utf8').on('data', chunk => {
                    received += chunk;
                    if (received.includes('"capabilities"')) resolve(received);
                });
                server.on('exit', code => reject(new Error(`the server exited with ${code} before answering`)));
                setTimeout(() => reject(new Error(`no answer to initialize; got: ${received}`)), 20_000);
            });
            expect(reply).toMatch(/"id":1/);
        } finally {
            server.kill();
        }
    });

    describe('where no Node 22 comes with it (an installed package)', () => {
        let copy: string;
        beforeAll(async () => {
            copy = await mkdtemp(path.join(tmpdir(), 'svcdef-launcher-'));
            await mkdir(path.join(copy, 'bin'));
            for (const file of ['bin/launch.cjs', 'bin/svcdef.cjs', 'package.json']) {
                await copyFile(path.join(ROOT, file), path.join(copy, file));
            }
        });
        afterAll(() => rm(copy, { recursive: true, force: true }));

        it('refuses with one line that names the version to install', async () => {
            const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
                execFile(systemNode!, [path.join(copy, 'bin', 'svcdef.cjs'), '--version'], (error, stdout, stderr) => {
                    if (error && typeof error.code !== 'number') reject(error);
                    else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
                });
            });
            expect(result.code).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr).toBe(`svcdef needs Node.js 22.12.0 or newer; this is Node.js ${systemNodeVersion}. Install a current Node.js (22 LTS or newer) from nodejs.org or your package manager.\n`);
        });
    });
});
