// Runs the `run:` steps of docs/github-actions/svcdef.yml as GitHub Actions would, in a
// scratch repository that stands for a user's: svcdef is installed by the workflow's own
// install step, from this checkout at HEAD (instead of the published repository), and the
// validate, SARIF and publish steps run on a copy of examples/acme. Then one warning is added,
// and the pull-request check must fail. `uses:` steps are GitHub's own actions; setup-node is
// stood in for by putting the checkout's Node 22 first on PATH.
//
// Then the "commitments" job runs as for a pull request, in a clone of a local "origin" whose
// branch weakens a target of an SLA: first acknowledged (`@weaker` in its doc comment), when the
// job must pass, then with the acknowledgement removed, when its last step must fail. The step
// that posts the comment talks to GitHub, so it runs against scripts/ci/gh-stand-in.mjs instead
// of `gh`: the check reads the comment it posted, then updated in place, and compares it with the
// Markdown report. Each job gets a runner of its own; an install step identical to one already
// run is not repeated (it would install the same package into the same place).
//
//   node scripts/ci/documented-workflow.mjs      (after `npm ci`)
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bash, CHECKOUT_NODE_BIN, expectBash, ROOT, runCheck, StepFailure, withScratch } from './process-steps.mjs';

const WORKFLOW = path.join(ROOT, 'docs', 'github-actions', 'svcdef.yml');

const GH_STAND_IN = path.join(ROOT, 'scripts', 'ci', 'gh-stand-in.mjs');
/** What `${{ … }}` stands for in a run on pull request #7 of acme/services, from `pull-request` into `main`. */
const PULL_REQUEST_CONTEXT = {
    'github.base_ref': 'main',
    'github.event.pull_request.number': '7',
    'github.token': 'stand-in-token'
};

/** A job's steps that GitHub runs with a shell, in order, with their names and step environment. */
export function shellSteps(job) {
    return job.steps
        .filter(step => typeof step.run === 'string')
        .map(step => ({ name: step.name ?? step.run.split('\n')[0], run: step.run, env: step.env ?? {} }));
}

/** `env` with every `${{ expression }}` replaced from PULL_REQUEST_CONTEXT; an unknown one stops the check. */
export function resolveEnv(env = {}) {
    return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, String(value).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_whole, expression) => {
        if (!(expression in PULL_REQUEST_CONTEXT)) {
            throw new StepFailure(`${name} uses \${{ ${expression} }}, which this check does not stand in for: add it to PULL_REQUEST_CONTEXT in scripts/ci/documented-workflow.mjs.`);
        }
        return PULL_REQUEST_CONTEXT[expression];
    })]));
}

/** A step that calls the GitHub API: it is given the workflow's token. */
function callsGitHub(step) {
    return Object.values(step.env).some(value => /\$\{\{\s*github\.token\s*\}\}/.test(String(value)));
}

async function main() {
    const workflow = parse(readFileSync(WORKFLOW, 'utf8'));
    const steps = shellSteps(workflow.jobs.validate);
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
            expectBash(`step "${step.name}"`, step.run, { cwd: workspace, env: { ...env, ...resolveEnv(step.env) } });
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

        await checkCommitmentsJob(workflow, scratch, env, new Set(steps.map(step => step.run)));
    });
}

function git(what, script, cwd, env) {
    expectBash(what, script, { cwd, env, quiet: true });
}

/**
 * The pull-request job: a local origin with `main` (examples/acme) and a branch that weakens
 * FinanceErp's P1 resolution target, checked out as actions/checkout does for a pull request.
 */
async function checkCommitmentsJob(workflow, scratch, validateEnv, alreadyRun) {
    const job = workflow.jobs.commitments;
    if (!job) throw new StepFailure('the workflow has no "commitments" job (svcdef diff on pull requests).');
    if (!/github\.event_name == 'pull_request'/.test(job.if ?? '')) throw new StepFailure('the "commitments" job does not run on pull requests only.');
    if (job.permissions?.['pull-requests'] !== 'write') throw new StepFailure('the "commitments" job cannot write its comment: it needs permissions pull-requests: write.');
    const checkout = job.steps.find(step => step.uses?.startsWith('actions/checkout@'));
    if (String(checkout?.with?.['fetch-depth']) !== '0') throw new StepFailure('the "commitments" job checks out without fetch-depth: 0, so the base side may be missing.');
    const steps = shellSteps(job);
    const services = workflow.env.SERVICES;

    const origin = path.join(scratch, 'origin.git');
    const author = path.join(scratch, 'author');
    const workspace = path.join(scratch, 'pull-request');
    const runnerTemp = path.join(scratch, 'pull-request-runner-temp');
    const standInBin = path.join(scratch, 'stand-in-bin');
    const state = path.join(scratch, 'pull-request-comments.json');
    const summary = path.join(runnerTemp, 'step-summary.md');
    for (const folder of [author, runnerTemp, standInBin]) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(standInBin, 'gh'), `#!/bin/sh\nexec node "${GH_STAND_IN}" "$@"\n`);
    chmodSync(path.join(standInBin, 'gh'), 0o755);
    // Someone quoted the marker in a review comment; the job must leave that comment alone.
    const quoted = { id: 501, user: { login: 'reviewer' }, body: '<!-- svcdef-diff --> why does the bot say this is weaker?' };
    writeFileSync(state, `${JSON.stringify({ comments: [quoted], calls: [] }, null, 2)}\n`);

    const gitEnv = {
        ...validateEnv,
        GIT_AUTHOR_NAME: 'Service Owner', GIT_AUTHOR_EMAIL: 'owner@acme.example',
        GIT_COMMITTER_NAME: 'Service Owner', GIT_COMMITTER_EMAIL: 'owner@acme.example',
        GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(scratch, 'gitconfig')
    };
    writeFileSync(gitEnv.GIT_CONFIG_GLOBAL, '[init]\n\tdefaultBranch = main\n');
    cpSync(path.join(ROOT, 'examples', 'acme'), path.join(author, services), { recursive: true });
    writeFileSync(path.join(author, services, 'svcdef.json'), `${JSON.stringify({ today: '2026-06-01' }, null, 2)}\n`);
    git('the base branch', `git init --quiet --bare "${origin}" && git init --quiet && git add . && git commit --quiet -m "Services as signed" && git remote add origin "${origin}" && git push --quiet origin main`, author, gitEnv);

    const slas = path.join(author, services, 'agreements', 'slas.svcdef');
    const signed = readFileSync(slas, 'utf8');
    const erp = signed.indexOf('sla FinanceErp ');
    const docStart = signed.lastIndexOf('/**', erp);
    const resolution = signed.indexOf('  target incidentResolution <= 4h for P1\n', erp);
    if (erp < 0 || docStart < 0 || resolution < 0) throw new StepFailure('examples/acme no longer has FinanceErp with its doc comment and "incidentResolution <= 4h for P1": adapt this check.');
    const weakened = signed.slice(0, docStart)
        + '/**\n * Finance closes the books on ERP every month.\n * @weaker Agreed with Finance in the 2026 service review\n */\n'
        + signed.slice(signed.indexOf('sla FinanceErp ', docStart), resolution)
        + '  target incidentResolution <= 6h for P1\n'
        + signed.slice(resolution + '  target incidentResolution <= 4h for P1\n'.length);
    writeFileSync(slas, weakened);
    git('the pull-request branch', 'git checkout --quiet -b pull-request && git commit --quiet -am "ERP: P1 resolution within 6h" && git push --quiet origin pull-request', author, gitEnv);
    // Only the pull request's branch, as the checkout action leaves it: the job must fetch its base.
    git('the checkout', `git clone --quiet --single-branch --branch pull-request "${origin}" "${workspace}"`, scratch, gitEnv);
    const lineOf = text => text.slice(0, text.indexOf('  target incidentResolution <= 6h for P1')).split('\n').length;
    let where = `file=${services}/agreements/slas.svcdef,line=${lineOf(weakened)}`;

    const env = {
        ...gitEnv,
        ...resolveEnv(workflow.env),
        ...resolveEnv(job.env),
        SVCDEF_REPOSITORY: validateEnv.SVCDEF_REPOSITORY,
        SVCDEF_REF: validateEnv.SVCDEF_REF,
        RUNNER_TEMP: runnerTemp,
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REPOSITORY: 'acme/services',
        GITHUB_STEP_SUMMARY: summary,
        GH_STAND_IN_STATE: state
    };
    const runJob = (expectFailureOf) => {
        const outputs = new Map();
        for (const step of steps) {
            if (alreadyRun.has(step.run)) {
                console.log(`\n(step "${step.name}": the same as in the validate job, already run)`);
                continue;
            }
            const stepEnv = { ...env, ...resolveEnv(step.env) };
            if (callsGitHub(step)) stepEnv.PATH = [standInBin, env.PATH].join(path.delimiter);
            const expected = step.name === expectFailureOf ? 1 : 0;
            outputs.set(step.name, expectBash(`step "${step.name}"`, step.run, { cwd: workspace, env: stepEnv, expected, quiet: true }).stdout);
            if (expected !== 0) break;
        }
        return outputs;
    };
    const gateName = steps.at(-1).name;
    const report = path.join(runnerTemp, 'svcdef-diff.md');
    const readState = () => JSON.parse(readFileSync(state, 'utf8'));
    const ours = () => readState().comments.filter(comment => comment.id !== quoted.id);

    // 1. The weakening is acknowledged: the job passes, and its comment says why.
    const first = runJob(undefined);
    if (!existsSync(report)) throw new StepFailure('the "commitments" job wrote no Markdown report to $RUNNER_TEMP/svcdef-diff.md.');
    const firstReport = readFileSync(report, 'utf8');
    for (const expected of ['<!-- svcdef-diff -->', '**⚠️ svcdef diff:', 'FinanceErp', 'at most 4 hours', 'at most 6 hours', 'Agreed with Finance in the 2026 service review']) {
        if (!firstReport.includes(expected)) throw new StepFailure(`the Markdown report does not mention "${expected}":\n${firstReport}`);
    }
    if (!readFileSync(summary, 'utf8').includes(firstReport)) throw new StepFailure('the report is not in the job summary.');
    if (!first.get(gateName).includes(`::notice ${where},title=weaker commitment%2C acknowledged::`)) {
        throw new StepFailure(`the acknowledged change is not annotated as a notice on ${where}:\n${first.get(gateName)}`);
    }
    const posted = ours();
    if (posted.length !== 1 || posted[0].body !== firstReport || posted[0].user.login !== 'github-actions[bot]') {
        throw new StepFailure(`the job should have posted the report as one comment; the pull request has:\n${JSON.stringify(posted, null, 2)}`);
    }
    console.log(`an acknowledged weakening passes; the report is posted as comment ${posted[0].id} and annotated on ${where}`);

    // 2. The acknowledgement is dropped in a new push: the same comment is updated, and the job fails.
    const unacknowledged = weakened.replace(' * @weaker Agreed with Finance in the 2026 service review\n', '');
    writeFileSync(slas, unacknowledged);
    where = `file=${services}/agreements/slas.svcdef,line=${lineOf(unacknowledged)}`;
    git('the second push', 'git commit --quiet -am "Drop the acknowledgement" && git push --quiet origin pull-request', author, gitEnv);
    git('the new checkout', 'git pull --quiet --ff-only', workspace, gitEnv);
    const second = runJob(gateName);
    const secondReport = readFileSync(report, 'utf8');
    if (!secondReport.includes('**❌ svcdef diff:')) throw new StepFailure(`the report of an unacknowledged weakening has no ❌ verdict:\n${secondReport}`);
    if (!second.get(gateName).includes(`::error ${where},title=weaker commitment::`)) {
        throw new StepFailure(`the unacknowledged change is not annotated as an error on ${where}:\n${second.get(gateName)}`);
    }
    const updated = ours();
    if (updated.length !== 1 || updated[0].id !== posted[0].id || updated[0].body !== secondReport) {
        throw new StepFailure(`the job should have updated its comment ${posted[0].id} in place; the pull request has:\n${JSON.stringify(updated, null, 2)}`);
    }
    if (readState().comments.find(comment => comment.id === quoted.id).body !== quoted.body) throw new StepFailure('the job edited a reviewer\'s comment that quotes the marker.');
    console.log(`an unacknowledged weakening fails the job with an error on ${where}; comment ${posted[0].id} is updated in place, the reviewer's left alone`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
    runCheck('Documented GitHub Actions workflow', main);
}
