import { spawn } from 'node:child_process';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildResult } from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The project's Node 22; the machine's own `node` may be older. */
export const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');
export const SVCDEF_BIN = path.join(ROOT, 'bin', 'svcdef.cjs');
export const LANGUAGE_SERVER_BIN = path.join(ROOT, 'bin', 'svcdef-language-server.cjs');

interface EsbuildScript {
    bundle(options: { minify?: boolean; write?: boolean }): Promise<BuildResult[]>;
}

let built: Promise<void> | undefined;

/**
 * Bundles out/ from the current sources through esbuild.mjs, once per test process.
 * Each file is written beside its target and renamed over it, so that test files
 * building in parallel never run a half-written bundle.
 */
export function ensureBundles(): Promise<void> {
    built ??= (async () => {
        const script = await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href) as EsbuildScript;
        const results = await script.bundle({ write: false });
        for (const file of results.flatMap(result => result.outputFiles ?? [])) {
            await mkdir(path.dirname(file.path), { recursive: true });
            const temporary = `${file.path}.${process.pid}.tmp`;
            await writeFile(temporary, file.contents);
            await rename(temporary, file.path);
        }
    })();
    return built;
}

export interface RunResult {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/**
 * Runs `bin/svcdef.cjs` as a user would. Color variables of the test runner are removed
 * so that each test states its own.
 */
export function runSvcdef(args: readonly string[], options: { cwd: string; env?: Record<string, string>; node?: string; timeout?: number }): Promise<RunResult> {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
    return new Promise((resolve, reject) => {
        // A run that would block forever is killed after `timeout` ms, and its code is null.
        const child = spawn(options.node ?? NODE, [SVCDEF_BIN, ...args], {
            cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeout, killSignal: 'SIGKILL'
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', chunk => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}
