// Runs the `run:` steps of docs/github-actions/svcdef.yml as GitHub Actions would, in a
// scratch repository that stands for a user's: svcdef is installed by the workflow's own
// install step, from this checkout at HEAD (instead of the published repository), and the
// validate, SARIF and publish steps run on a copy of examples/acme. Then one warning is added,
// and the pull-request check must fail. `uses:` steps are GitHub's own actions; setup-node is
// stood in for by putting the checkout's Node 22 first on PATH.
//
//   node scripts/ci/documented-workflow.mjs      (after `npm ci`)
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bash, CHECKOUT_NODE_BIN, expectBash, ROOT, runCheck, StepFailure, withScratch } from './process-steps.mjs';

const WORKFLOW = path.join(ROOT, 'docs', 'github-actions', 'svcdef.yml');

/** The workflow's steps that GitHub runs with a shell, in order, with their names. */
export function shellSteps(workflow) {
    return Object.values(workflow.jobs).flatMap(job => job.steps)
        .filter(step => typeof step.run === 'string')
        .map(step => ({ name: step.name ?? step.run.split('\n')[0], run: step.run, always: step.if === 'always()' }));
}

async function main() {
    const workflow = parse(readFileSync(WORKFLOW, 'utf8'));
    const steps = shellSteps(workflow);
    const head = bash('git rev-parse HEAD', { cwd: ROOT, quiet: true }).stdout.trim();
    await withScratch('svcdef-workflow-', async scratch => {
        const workspace = path.join(scratch, 'repository');
        const runnerTemp = path.join(scratch, 'runner-temp');
        const globalPrefix = path.join(scratch, 'npm-global');
        for (const folder of [workspace, runnerTemp, globalPrefix]) mkdirSync(folder, { recursive: true });
        const services = path.join(workspace, workflow.env.SERVICES);
        cpSync(path.join(ROOT, 'examples', 'acme'), services, { recursive: true });
        // The example's agreements run to the end of 2026; a fixed date keeps this check from
        // failing on an expiry that has nothing to do with the workflow.
        writeFileSync(path.join(services, 'svcdef.json'), `${JSON.stringify({ today: '2026-06-01' }, null, 2)}\n`);

        const env = {
            ...process.env,
            ...workflow.env,
            SVCDEF_REPOSITORY: ROOT,
            SVCDEF_REF: head,
            RUNNER_TEMP: runnerTemp,
            GITHUB_WORKSPACE: workspace,
            CI: 'true',
            // `npm install --global` goes to a scratch prefix, whose bin comes first on PATH.
            npm_config_prefix: globalPrefix,
            PATH: [path.join(globalPrefix, 'bin'), CHECKOUT_NODE_BIN, process.env.PATH].join(path.delimiter)
        };
        console.log(`workflow ${path.relative(ROOT, WORKFLOW)}: installing svcdef from ${ROOT} at ${head}`);
        for (const step of steps) {
            expectBash(`step "${step.name}"`, step.run, { cwd: workspace, env });
        }
        for (const file of ['svcdef.sarif', 'catalog/customer/index.html']) {
            if (!existsSync(path.join(workspace, file))) throw new StepFailure(`the workflow left no ${file}.`);
        }
        const sarif = JSON.parse(readFileSync(path.join(workspace, 'svcdef.sarif'), 'utf8'));
        if (sarif.version !== '2.1.0') throw new StepFailure('svcdef.sarif is not SARIF 2.1.0.');

        // A warning alone (a comparator against the metric's direction) must fail the pull request.
        writeFileSync(path.join(services, 'proposed.svcdef'), [
            'sla ProposedFinanceEmail "Email for Finance, as proposed" {',
            '  customer Finance',
            '  provider GroupIT',
            '  services Email',
            '  target incidentResponse >= 30min for P1',
            '}',
            ''
        ].join('\n'));
        const gate = steps.find(step => step.name.startsWith('Validate (annotations'));
        if (!gate) throw new StepFailure('the workflow has no "Validate (annotations in the pull request)" step.');
        const failed = expectBash('the pull-request check on a warning', gate.run, { cwd: workspace, env, expected: 1, quiet: true });
        if (!/^::warning .*title=comparator-direction::/m.test(failed.stdout)) {
            throw new StepFailure(`the failing check did not annotate the warning:\n${failed.stdout}`);
        }
        console.log('a warning fails the pull-request check, with its annotation');
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
    runCheck('Documented GitHub Actions workflow', main);
}
