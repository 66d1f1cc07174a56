import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureBundles, ROOT, runSvcdef } from './built-cli.js';
import { tempWorkspace } from './temp-workspace.js';

/** The documented workflow must be valid YAML, and every svcdef command in it must work. */
interface Workflow { jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }> }

const workflow = parse(readFileSync(path.join(ROOT, 'docs/github-actions/svcdef.yml'), 'utf8')) as Workflow;
const commands = Object.values(workflow.jobs).flatMap(job => job.steps)
    .map(step => step.run?.trim() ?? '')
    .filter(run => run.startsWith('svcdef '));

describe('the documented GitHub Actions workflow', { timeout: 120_000 }, () => {
    beforeAll(() => ensureBundles(), 120_000);

    it('validates, uploads SARIF and publishes the catalog', () => {
        const uses = Object.values(workflow.jobs).flatMap(job => job.steps).map(step => step.uses ?? '');
        expect(uses).toContain('github/codeql-action/upload-sarif@v3');
        expect(commands.map(command => command.split(' ').slice(0, 2).join(' '))).toEqual(['svcdef validate', 'svcdef validate', 'svcdef generate']);
    });

    it.each(commands)('runs `%s` against the example workspace', async command => {
        const { root: cwd, dispose } = await tempWorkspace({});
        const args = command.replace(/ > .*$/, '').replace(/ \|\| true$/, '').split(' ').slice(1)
            .map(arg => (arg === 'services' ? path.join(ROOT, 'examples/acme') : arg));
        try {
            const result = await runSvcdef(args, { cwd });
            expect(result.code, result.stderr).toBe(0);
        } finally {
            await dispose();
        }
    });
});
