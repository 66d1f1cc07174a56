import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANGE_COUNT, CHANGE_MIX, changeWorkspace } from '../changed-copy.mjs';
import { BENCH_TODAY, generateWorkspace, writeWorkspace } from '../generate-workspace.mjs';

// The CLI as built by `npm run build` (the benchmark's own bundle exists only after a bench run).
const SVCDEF = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/svcdef.cjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'svcdef-changed-copy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the changed copy of the diff figure', () => {
    const { files } = generateWorkspace(1000, 11);
    const { files: changed, changes } = changeWorkspace(files, 11);

    it('makes 100 changes of the planned sorts, each on an element of its own', () => {
        expect(CHANGE_COUNT).toBe(100);
        expect(changes).toHaveLength(100);
        expect(new Set(changes.map(change => change.name)).size).toBe(100);
        for (const [what, count] of CHANGE_MIX) {
            expect(changes.filter(change => change.what === what), what).toHaveLength(count);
        }
        expect(changes.filter(change => !change.reported).map(change => change.what)).toEqual(Array(6).fill('moved to another file'));
    });

    it('is the same for the same seed and scattered over many files', () => {
        expect([...changeWorkspace(files, 11).files]).toEqual([...changed]);
        expect(changeWorkspace(files, 12).changes).not.toEqual(changes);
        const touched = [...changed].filter(([name, text]) => files.get(name) !== text).length;
        expect(touched).toBeGreaterThan(20);
        expect([...changed.keys()]).toEqual([...files.keys()]);
    });

    it('renames one SLA everywhere it is mentioned', () => {
        const renamed = changes.find(change => change.what === 'renamed');
        const mentions = (texts, name) => texts.filter(text => new RegExp(`\\b${name}\\b`).test(text)).length;
        expect(mentions([...changed.values()], renamed.before)).toBe(0);
        expect(mentions([...changed.values()], renamed.name)).toBe(mentions([...files.values()], renamed.before));
    });

    it('is reported by svcdef diff: every changed element, and no change for the moved ones', { timeout: 120_000 }, () => {
        writeWorkspace(path.join(scratch, 'base'), files);
        writeWorkspace(path.join(scratch, 'head'), changed);
        const result = spawnSync(process.execPath, [SVCDEF, 'diff', '--base', 'base', '--head', 'head', '--format', 'json', '--fail-on', 'none', '--today', BENCH_TODAY], {
            cwd: scratch, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024
        });
        expect(result.status, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout);
        const reportedNames = new Set(report.changes.map(change => change.element.name));
        for (const change of changes) {
            expect(reportedNames.has(change.name), `${change.what} on ${change.kind} ${change.name}`).toBe(change.reported);
        }
        // Derived effects (a retired service, a dropped `supports`, a composite below target) come on top.
        expect(report.changes.length).toBeGreaterThanOrEqual(94);
        expect(report.changes.length).toBeLessThan(300);
        expect(report.summary.weaker).toBeGreaterThanOrEqual(30 + 15 + 10 + 8 + 5);
        expect(report.summary.stronger).toBeGreaterThanOrEqual(20);
        expect(report.changes.find(change => change.kind === 'renamed')?.element.name).toBe(changes.find(change => change.what === 'renamed').name);
    });
});
