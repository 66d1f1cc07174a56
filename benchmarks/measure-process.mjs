/**
 * Runs a Node program in a process of its own and measures it from the outside: wall
 * time from spawn to exit, and peak resident set size (reported by the preload in
 * peak-rss-preload.cjs, so it is the measured program's own, not the harness's).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peak-rss-preload.cjs');

/** Node options that let a program be observed; `--cpu-prof-dir` adds a CPU profile. */
export function nodeArguments(script, args, { cpuProfileDir } = {}) {
    const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
    return [...profile, '--require', PRELOAD, script, ...args];
}

/** A fresh file for one process's peak RSS and CPU time; call `read()` after it exits, `dispose()` when done. */
export function peakRssProbe() {
    const folder = mkdtempSync(path.join(tmpdir(), 'svcdef-bench-'));
    const file = path.join(folder, 'peak-rss.json');
    return {
        env: { BENCH_PEAK_RSS_FILE: file },
        /** `{ peakRssBytes, cpuMs }`, or an empty object when the program did not report. */
        read: () => {
            try {
                return JSON.parse(readFileSync(file, 'utf8'));
            } catch {
                return {};
            }
        },
        dispose: () => rmSync(folder, { recursive: true, force: true })
    };
}

/**
 * Runs `node script ...args` to completion. Resolves to the exit code, wall time and CPU
 * time in milliseconds, peak RSS in bytes and the captured output; rejects if it cannot start or
 * runs past `timeoutMs`.
 */
export function measureProcess(script, args, { cwd, timeoutMs = 30 * 60_000, cpuProfileDir } = {}) {
    const probe = peakRssProbe();
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, nodeArguments(script, args, { cpuProfileDir }), {
            cwd,
            env: { ...process.env, ...probe.env, NO_COLOR: '1' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', chunk => stdout.push(chunk));
        child.stderr.on('data', chunk => stderr.push(chunk));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`${path.basename(script)} ${args.join(' ')} ran longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`));
        }, timeoutMs);
        child.on('error', error => {
            clearTimeout(timer);
            probe.dispose();
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const wallMs = performance.now() - started;
            const { peakRssBytes, cpuMs } = probe.read();
            probe.dispose();
            resolve({
                code, signal, wallMs, peakRssBytes, cpuMs,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8')
            });
        });
    });
}

/**
 * Why a measured program failed, in one line first (for the report's table), with the end
 * of its error output after it (for the raw results).
 */
export function failureOf(result) {
    const seconds = `${(result.wallMs / 1000).toFixed(0)} s`;
    const headline = /heap out of memory|Reached heap limit/i.test(result.stderr)
        // The children run with Node's default heap limit, the same as this process's.
        ? `ran out of memory after ${seconds} (Node's default heap limit here is ${(v8.getHeapStatistics().heap_size_limit / 1e9).toFixed(1)} GB)`
        : `exited with ${result.code ?? result.signal} after ${seconds}`;
    return `${headline}\n${result.stderr.trim().slice(-1500)}`;
}
