import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCoverageCommand } from '../../src/cli/coverage-command.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { registerGenerateCommands } from '../../src/cli/generate-command.js';
import { runCapturing } from './captured-cli-run.js';
import { tempWorkspace } from './temp-workspace.js';

const COMMANDS = [registerCoverageCommand, registerGenerateCommands];

/** A workspace whose bindings implement the given A2 nodes, each owned by one provider. */
function bindingFiles(nodes: readonly string[]): Record<string, string> {
    return {
        'parties.svcdef': 'provider CentralIT "Central IT"\n',
        'bindings.svcdef': nodes.map(node => `binding Runs${node} implements ${node} { owner CentralIT }\n`).join('')
    };
}

const ALL_PROCESSES = ['A21', 'A22', 'A23', 'A24', 'A25', 'A26', 'A27'];

describe('svcdef coverage', () => {
    const disposals: (() => Promise<void>)[] = [];
    afterEach(async () => {
        await Promise.all(disposals.splice(0).map(dispose => dispose()));
    });
    async function workspace(nodes: readonly string[]): Promise<string> {
        const { root, dispose } = await tempWorkspace(bindingFiles(nodes));
        disposals.push(dispose);
        return root;
    }

    it('prints the share of activities covered and every activity not covered, by id and name', async () => {
        const root = await workspace(['A21', 'A243']);
        const run = await runCapturing(root, ['coverage'], COMMANDS);
        expect(run.code).toBe(ExitCode.Clean);
        expect(run.stderr).toBe('');
        const lines = run.stdout.split('\n');
        expect(lines.slice(0, 5)).toEqual([
            'A2 Customer Relationships: process coverage',
            '  12.2% of activities covered: 6 of 49 (1 bound directly, 5 through their process).',
            '  1 of 7 processes covered (1 of them bound directly), 1 partly covered, 5 not covered.',
            '  2 bindings in total.',
            ''
        ]);
        expect(lines[5]).toBe('Not covered (43 of 49 activities):');
        expect(run.stdout).toContain('  A24 Service Level Management\n    A241 Establish Service Level Management Framework\n    A242 Develop Service Level Relationships\n    A244 Monitor and Report Service Level Achievements\n');
        // A21 is bound, so none of its activities is listed as not covered.
        expect(run.stdout).not.toContain('A211');
    });

    it('passes --fail-under at exactly the covered percentage and fails just above it', async () => {
        const all = await workspace(ALL_PROCESSES);
        expect((await runCapturing(all, ['coverage', '--fail-under', '100'], COMMANDS)).code).toBe(ExitCode.Clean);

        // Six of seven processes: 44 of 49 activities, 89.795...%.
        const most = await workspace(ALL_PROCESSES.slice(1));
        expect((await runCapturing(most, ['coverage', '--fail-under', '89.7'], COMMANDS)).code).toBe(ExitCode.Clean);
        const below = await runCapturing(most, ['coverage', '--fail-under', '89.8'], COMMANDS);
        expect(below.code).toBe(ExitCode.Findings);
        expect(below.stderr).toBe('svcdef: 44 of 49 activities covered (89.7%), less than --fail-under 89.8%.\n');
        expect(below.stdout).toContain('  A211 Establish Stakeholder Requirements Management Framework\n');

        const none = await workspace([]);
        expect((await runCapturing(none, ['coverage', '--fail-under', '0'], COMMANDS)).code).toBe(ExitCode.Clean);
        expect((await runCapturing(none, ['coverage', '--fail-under', '0.1'], COMMANDS)).code).toBe(ExitCode.Findings);
    });

    it.each(['abc', '-5', '101', '50%', ''])('refuses --fail-under %j with one line and exit code 2', async value => {
        const root = await workspace(['A21']);
        const run = await runCapturing(root, ['coverage', '--fail-under', value], COMMANDS);
        expect(run.code).toBe(ExitCode.UsageOrIo);
        expect(run.stdout).toBe('');
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/^svcdef: .*--fail-under.*Give a percentage from 0 to 100/);
    });

    it('writes the JSON document with --format json, and still gates on --fail-under', async () => {
        const root = await workspace(['A21', 'A243']);
        const run = await runCapturing(root, ['coverage', '--format', 'json', '--fail-under', '50'], COMMANDS);
        expect(run.code).toBe(ExitCode.Findings);
        const output = JSON.parse(run.stdout);
        expect(output.summary).toMatchObject({ activities: 49, activitiesCovered: 6, percentCovered: 12.2 });
        expect(output.notCovered[0]).toEqual({ id: 'A221', name: 'Establish Service Marketing and Sales Framework', process: 'A22' });
    });

    it('explains the rule, the gate and its exit codes in --help, with examples', async () => {
        const help = await runCapturing(process.cwd(), ['coverage', '--help'], COMMANDS);
        expect(help.code).toBe(ExitCode.Clean);
        expect(help.stdout).toContain('--fail-under <percent>');
        expect(help.stdout).toContain('exactly the percentage given passes');
        expect(help.stdout).toMatch(/\nExamples:\n {2}svcdef coverage --workspace services\n/);
    });

    it('reports no coverage for a workspace with errors unless --force', async () => {
        const { root, dispose } = await tempWorkspace({ 'bindings.svcdef': 'binding Orphan implements A21 { owner Nobody }\n' });
        disposals.push(dispose);
        const refused = await runCapturing(root, ['coverage', '--fail-under', '0'], COMMANDS);
        expect(refused.code).toBe(ExitCode.Findings);
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toContain('svcdef: no coverage reported: the workspace has 1 error. Fix them, or pass --force to report anyway.\n');
        const forced = await runCapturing(root, ['coverage', '--force'], COMMANDS);
        expect(forced.code).toBe(ExitCode.Clean);
        expect(forced.stdout).toContain('10.2% of activities covered: 5 of 49');
    });
});

describe('svcdef generate coverage --format', () => {
    it('writes coverage.json alone with --format json', async () => {
        const { root, dispose } = await tempWorkspace(bindingFiles(['A21']));
        try {
            const run = await runCapturing(root, ['generate', 'coverage', '--out', 'report', '--format', 'json'], COMMANDS);
            expect(run.stderr).toBe('');
            expect(run.code).toBe(ExitCode.Clean);
            const written = JSON.parse(readFileSync(path.join(root, 'report', 'coverage.json'), 'utf8'));
            expect(written).toMatchObject({ format: 'svcdef-coverage', formatVersion: 1, summary: { activitiesCovered: 5 } });
            expect(() => readFileSync(path.join(root, 'report', 'coverage.html'))).toThrow();
        } finally {
            await dispose();
        }
    });
});
