#!/usr/bin/env node
// Stands in for the GitHub CLI's `gh api` when scripts/ci/documented-workflow.mjs runs the
// workflow's comment step without GitHub: the pull request's comments live in a JSON file
// ($GH_STAND_IN_STATE: {"comments": [{id, user: {login}, body}], "calls": [...]}), and the step's
// own requests read and change them as the REST API would. `--jq` filters go through the
// machine's jq, so the step's real filter decides which comment is "ours". Only what the
// workflow uses is understood; anything else fails loudly rather than pretending.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const statePath = process.env.GH_STAND_IN_STATE;
const repository = process.env.GITHUB_REPOSITORY;

function fail(message) {
    console.error(`gh (stand-in): ${message}`);
    process.exit(2);
}

if (!statePath) fail('GH_STAND_IN_STATE is not set.');
if (!process.env.GH_TOKEN) fail('no GH_TOKEN: the real gh would refuse to call the API.');
const [command, ...rest] = process.argv.slice(2);
if (command !== 'api') fail(`only "gh api" is stood in for, not "gh ${command}".`);

let method = 'GET';
let jq;
let endpoint;
const fields = {};
for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    if (argument === '--method' || argument === '-X') method = rest[++i];
    else if (argument === '--jq' || argument === '-q') jq = rest[++i];
    else if (argument === '--paginate') continue;
    else if (argument === '-F' || argument === '--field') {
        const [name, ...value] = rest[++i].split('=');
        const text = value.join('=');
        fields[name] = text.startsWith('@') ? readFileSync(text.slice(1), 'utf8') : text;
    } else if (argument.startsWith('-')) fail(`option ${argument} is not stood in for.`);
    else endpoint = argument;
}

const state = JSON.parse(readFileSync(statePath, 'utf8'));
state.calls.push({ method, endpoint, fields });
const issueComments = new RegExp(`^repos/${repository}/issues/(\\d+)/comments$`);
const oneComment = new RegExp(`^repos/${repository}/issues/comments/(\\d+)$`);
let response;
if (method === 'GET' && issueComments.test(endpoint)) {
    response = state.comments;
} else if (method === 'POST' && issueComments.test(endpoint)) {
    if (typeof fields.body !== 'string') fail('POST without a body field.');
    response = { id: Math.max(1000, ...state.comments.map(comment => comment.id)) + 1, user: { login: 'github-actions[bot]' }, body: fields.body };
    state.comments.push(response);
} else if (method === 'PATCH' && oneComment.test(endpoint)) {
    const id = Number(oneComment.exec(endpoint)[1]);
    response = state.comments.find(comment => comment.id === id);
    if (!response) fail(`no comment ${id} to update.`);
    if (typeof fields.body !== 'string') fail('PATCH without a body field.');
    response.body = fields.body;
} else {
    fail(`${method} ${endpoint} is not stood in for.`);
}
writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);

const json = JSON.stringify(response);
if (jq === undefined) {
    process.stdout.write(`${json}\n`);
} else {
    const filtered = spawnSync('jq', ['-r', jq], { input: json, encoding: 'utf8' });
    if (filtered.error) fail(`could not run jq for --jq (${filtered.error.message}); install jq.`);
    if (filtered.status !== 0) fail(`the --jq filter failed: ${filtered.stderr.trim()}`);
    process.stdout.write(filtered.stdout);
}
