import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { optionsFor } from '../../esbuild.mjs';
import { listTree } from '../catalog-copy.mjs';
import { BENCH_TODAY, generateWorkspace, writeWorkspace } from '../generate-workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The CLI as built by `npm run build` (the benchmark's own bundle exists only after a bench run).
const SVCDEF = path.join(root, 'bin', 'svcdef.cjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'svcdef-catalog-phases-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const filesUnder = folder => listTree(folder).filter(entry => entry.file !== undefined && !entry.file.startsWith('.svcdef-output'));

describe('the catalog phases (programs/catalog-phases.mjs)', () => {
    it('renders what `svcdef generate catalog` writes, byte for byte in count and size, and times each phase', { timeout: 180_000 }, async () => {
        const program = path.join(scratch, 'catalog-phases.cjs');
        await esbuild.build(optionsFor({ entry: 'benchmarks/programs/catalog-phases.mjs', outfile: program, external: [] }));
        const workspace = path.join(scratch, 'workspace');
        writeWorkspace(workspace, generateWorkspace(120, 5).files);
        const phases = JSON.parse(execFileSync(process.execPath, [program, workspace, '--today', BENCH_TODAY], { encoding: 'utf8' }));

        const generate = (out, ...options) => execFileSync(process.execPath,
            [SVCDEF, 'generate', 'catalog', '--workspace', '.', '--out', out, '--today', BENCH_TODAY, ...options], { cwd: workspace, encoding: 'utf8' });
        generate(path.join(scratch, 'all'));
        generate(path.join(scratch, 'view'), '--view', 'support', '--format', 'html');
        const all = filesUnder(path.join(scratch, 'all'));
        const view = filesUnder(path.join(scratch, 'view'));
        const bytes = entries => entries.reduce((sum, entry) => sum + entry.size, 0);

        expect(phases).toMatchObject({ files: all.length, bytes: bytes(all), viewFiles: view.length, viewBytes: bytes(view) });
        for (const field of ['loadMs', 'modelMs', 'renderMs', 'viewRenderMs']) {
            expect(phases[field], field).toBeGreaterThan(0);
        }

        const usage = spawnSync(process.execPath, [program], { encoding: 'utf8' });
        expect([usage.status, usage.stderr]).toEqual([2, 'usage: catalog-phases.cjs FOLDER [--today YYYY-MM-DD]\n']);
        const missing = spawnSync(process.execPath, [program, path.join(scratch, 'nowhere')], { encoding: 'utf8' });
        expect(missing.status).toBe(1);
        expect(missing.stderr).toMatch(/^catalog-phases: WorkspaceLoadError: .*no such file or folder/);
    });
});
