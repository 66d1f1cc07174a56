import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureBundles, NODE, ROOT, SVCDEF_BIN } from './built-cli.js';
import { tempWorkspace } from './temp-workspace.js';

/**
 * The documented workflow, read as GitHub reads it. Its install step builds svcdef from a
 * checkout and is run for real by scripts/ci/documented-workflow.mjs in CI; here every other
 * shell step runs against this checkout's bundles, fast enough for every test run.
 */
interface Step { name?: string; run?: string; uses?: string; if?: string }
interface Workflow { env: Record<string, string>; jobs: Record<string, { steps: Step[] }> }

const workflow = parse(await readFile(path.join(ROOT, 'docs/github-actions/svcdef.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap(job => job.steps);
const shellSteps = steps.filter((step): step is Step & { run: string } => typeof step.run === 'string');
const svcdefSteps = shellSteps.filter(step => step.run.trim().startsWith('svcdef '));

describe('the documented GitHub Actions workflow', { timeout: 120_000 }, () => {
    beforeAll(() => ensureBundles(), 120_000);

    it('validates, uploads SARIF and publishes the catalog', () => {
        expect(steps.map(step => step.uses ?? '')).toContain('github/codeql-action/upload-sarif@v3');
        expect(svcdefSteps.map(step => step.run.split(' ').slice(0, 2).join(' '))).toEqual(['svcdef validate', 'svcdef validate', 'svcdef generate']);
    });

    it('fails a pull request on warnings, not only on errors', () => {
        const gate = svcdefSteps.find(step => step.name?.startsWith('Validate (annotations'));
        expect(gate?.run).toMatch(/--format github --max-warnings 0$/);
        expect(gate?.if).toBeUndefined();
    });

    it('installs svcdef from a pinned commit of its repository, not from the npm registry', () => {
        const install = shellSteps.find(step => step.name === 'Install svcdef');
        expect(install?.run).toContain('git -C "$source" fetch --quiet --depth 1 "$SVCDEF_REPOSITORY" "$SVCDEF_REF"');
        expect(install?.run).not.toMatch(/npm install --global svcdef\b/);
        expect(workflow.env.SVCDEF_REF).toMatch(/^(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
    });

    it.each(svcdefSteps.map(step => [step.name!, step.run] as const))('runs "%s" against the example workspace', async (_name, run) => {
        const { root: cwd, dispose } = await tempWorkspace({});
        try {
            await cp(path.join(ROOT, 'examples/acme'), path.join(cwd, workflow.env.SERVICES), { recursive: true });
            await writeFile(path.join(cwd, workflow.env.SERVICES, 'svcdef.json'), '{ "today": "2026-06-01" }\n');
            // `svcdef` on PATH, as the install step leaves it.
            const bin = path.join(cwd, '.bin');
            await mkdir(bin);
            await writeFile(path.join(bin, 'svcdef'), `#!/bin/sh\nexec "${NODE}" "${SVCDEF_BIN}" "$@"\n`);
            await chmod(path.join(bin, 'svcdef'), 0o755);
            const result = spawnSync('bash', ['-eo', 'pipefail', '-c', run], {
                cwd, encoding: 'utf8', env: { ...process.env, ...workflow.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` }
            });
            expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
        } finally {
            await dispose();
        }
    });
});
