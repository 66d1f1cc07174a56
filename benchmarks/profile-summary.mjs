/**
 * Reads a V8 CPU profile (`node --cpu-prof`) of a bundled program and says where the time
 * went: functions by self time and by inclusive time, with positions mapped back through
 * the bundle's source map to the TypeScript sources and node_modules files they came from.
 *
 *   node benchmarks/profile-summary.mjs FILE.cpuprofile [--top 25] [--focus NAME]
 *
 * `--focus NAME` also prints the callers and callees of the functions named NAME, with the
 * share of NAME's inclusive time each accounts for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceMaps = new Map();

function sourceMapFor(url) {
    if (sourceMaps.has(url)) return sourceMaps.get(url);
    let map;
    try {
        const file = url.startsWith('file:') ? fileURLToPath(url) : url;
        if (file && existsSync(`${file}.map`)) {
            map = { map: new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))), dir: path.dirname(file) };
        }
    } catch {
        map = undefined;
    }
    sourceMaps.set(url, map);
    return map;
}

/** `src/language/foo.ts:42` for a bundled position, or the script's own name and line. */
export function locate(callFrame) {
    const { url, lineNumber, columnNumber } = callFrame;
    if (!url) return '(native)';
    const mapped = sourceMapFor(url);
    if (mapped && lineNumber >= 0) {
        const entry = mapped.map.findEntry(lineNumber, columnNumber);
        if (entry && entry.originalSource) {
            const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(mapped.dir, entry.originalSource);
            return `${shorten(source)}:${entry.originalLine + 1}`;
        }
    }
    return `${shorten(url.startsWith('file:') ? fileURLToPath(url) : url)}:${lineNumber + 1}`;
}

function shorten(file) {
    const marker = file.lastIndexOf('node_modules/');
    if (marker >= 0) return file.slice(marker);
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    return file.startsWith(root) ? path.relative(root, file) : file;
}

/** Microseconds on the monotonic clock that V8 stamps profile samples with, as seen from this process. */
export function profileClockUs() {
    return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Self and inclusive time per function (keyed by name and mapped location). Inclusive
 * time counts a function once per sample even when it recurses. With `windows` (pairs of
 * `profileClockUs()` readings), only samples taken inside one of them count: the part of
 * a long session that one operation accounts for.
 */
export function summarizeProfile(profile, { windows } = {}) {
    const parent = new Map();
    for (const node of profile.nodes) {
        for (const child of node.children ?? []) parent.set(child, node.id);
    }
    const keyOf = new Map();
    const functions = new Map();
    for (const node of profile.nodes) {
        const name = node.callFrame.functionName || '(anonymous)';
        const key = `${name} ${locate(node.callFrame)}`;
        keyOf.set(node.id, key);
        if (!functions.has(key)) functions.set(key, { name, location: locate(node.callFrame), selfMs: 0, totalMs: 0, callers: new Map(), callees: new Map() });
    }
    const deltas = profile.timeDeltas ?? [];
    const inWindow = at => !windows || windows.some(([from, to]) => at >= from && at <= to);
    let totalMs = windows ? 0 : (profile.endTime - profile.startTime) / 1000;
    let at = profile.startTime;
    profile.samples.forEach((sample, index) => {
        at += deltas[index] ?? 0;
        if (!inWindow(at)) return;
        const ms = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000;
        if (windows) totalMs += ms;
        const leaf = keyOf.get(sample);
        functions.get(leaf).selfMs += ms;
        const seen = new Set();
        let child;
        for (let id = sample; id !== undefined; id = parent.get(id)) {
            const key = keyOf.get(id);
            const entry = functions.get(key);
            if (!seen.has(key)) {
                entry.totalMs += ms;
                seen.add(key);
            }
            if (child !== undefined && child !== key) {
                entry.callees.set(child, (entry.callees.get(child) ?? 0) + ms);
                const callee = functions.get(child);
                callee.callers.set(key, (callee.callers.get(key) ?? 0) + ms);
            }
            child = key;
        }
    });
    return { totalMs, functions: [...functions.values()] };
}

function formatRows(rows, field, top, totalMs) {
    return rows
        .filter(row => !['(root)', '(program)', '(idle)'].includes(row.name))
        .sort((a, b) => b[field] - a[field])
        .slice(0, top)
        .map(row => `${row[field].toFixed(0).padStart(8)} ms ${(100 * row[field] / totalMs).toFixed(1).padStart(5)}%  ${row.name}  ${row.location}`)
        .join('\n');
}

async function main(args) {
    const file = args.find(arg => !arg.startsWith('--') && !/^\d+$/.test(arg));
    if (!file) {
        console.error('usage: node benchmarks/profile-summary.mjs FILE.cpuprofile [--top N] [--focus NAME]');
        process.exit(2);
    }
    const option = name => {
        const index = args.indexOf(name);
        return index >= 0 ? args[index + 1] : undefined;
    };
    const top = Number(option('--top') ?? 25);
    const focus = option('--focus');
    const { totalMs, functions } = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')));
    console.log(`Profile of ${totalMs.toFixed(0)} ms\n\nBy self time:\n${formatRows(functions, 'selfMs', top, totalMs)}`);
    console.log(`\nBy inclusive time:\n${formatRows(functions, 'totalMs', top, totalMs)}`);
    if (focus) {
        for (const entry of functions.filter(row => row.name === focus)) {
            const list = map => [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
                .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${key}`).join('\n');
            console.log(`\n${entry.name} ${entry.location}: self ${entry.selfMs.toFixed(0)} ms, inclusive ${entry.totalMs.toFixed(0)} ms`);
            console.log(`called from:\n${list(entry.callers)}\ncalls:\n${list(entry.callees)}`);
        }
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main(process.argv.slice(2));
}
