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
 * shell step of the validate job runs against this checkout's bundles, fast enough for every
 * test run. The pull-request job (svcdef diff) needs a git repository with two branches and
 * the GitHub API; that script runs it against a local one and a stand-in for `gh`.
 */
interface Step { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { if?: string; permissions?: Record<string, string>; env?: Record<string, string>; steps: Step[] }
interface Workflow { env: Record<string, string>; jobs: Record<string, Job> }

const workflow = parse(await readFile(path.join(ROOT, 'docs/github-actions/svcdef.yml'), 'utf8')) as Workflow;
const steps = workflow.jobs.validate.steps;
const shellSteps = steps.filter((step): step is Step & { run: string } => typeof step.run === 'string');
const svcdefSteps = shellSteps.filter(step => step.run.trim().startsWith('svcdef '));
const commitments = workflow.jobs.commitments;

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

    it('compares the commitments of every pull request with its base branch, and only pull requests', () => {
        expect(commitments.if).toBe("github.event_name == 'pull_request'");
        expect(commitments.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
        expect(commitments.steps.find(step => step.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0 });
        // The branch name reaches the scripts through the environment, never spliced into them.
        expect(commitments.env?.BASE_REF).toBe('${{ github.base_ref }}');
        const runs = commitments.steps.map(step => step.run ?? '').join('\n');
        expect(runs).not.toContain('${{');
        const diffs = runs.split('\n').map(line => line.trim()).filter(line => line.startsWith('svcdef diff'));
        expect(diffs).toHaveLength(2);
        for (const line of diffs) expect(line).toContain('--base "origin/$BASE_REF" --workspace "$SERVICES"');
        expect(diffs[0]).toContain('--format markdown');
        expect(commitments.steps.at(-1)?.run?.trim()).toMatch(/--format github --fail-on weaker$/);
    });

    it('edits only its own comment, found by the marker the markdown report opens with', () => {
        const post = commitments.steps.find(step => step.name === 'Post or update the pull-request comment');
        expect(post?.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
        expect(post?.run).toContain('select(.user.login == "github-actions[bot]" and (.body | startswith("<!-- svcdef-diff -->")))');
        expect(post?.run).toContain('--method PATCH');
        expect(post?.run).toContain('--method POST');
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
