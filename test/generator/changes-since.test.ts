/**
 * `svcdef generate catalog --since REF`: each view gets a "Changes since REF" page, in
 * HTML and Markdown, linked from the view's pages, showing only what its audience sees.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerGenerateCommands } from '../../src/cli/generate-command.js';
import { runCapturing, type CapturedRun } from '../cli/captured-cli-run.js';
import { testRepository, type TestRepository } from '../cli/diff-git-repository.js';
import { tempWorkspace } from '../cli/temp-workspace.js';

const PARTIES = 'provider CentralIT "Central IT"\ncustomer Finance\nunit NetOps\n';

function services(options: { availability: string; internalNote: string; networkTarget: string; price: string }): string {
    return [
        'service Erp "Finance ERP" {',
        '  status live',
        '  owner CentralIT',
        '  depends on Network',
        `  internal { runbook "${options.internalNote}" }`,
        `  offering Gold { price ${options.price} per month }`,
        '}',
        'service Network "Core network" { kind technical status live owner CentralIT }',
        'sla FinanceErp "Finance ERP agreement" {',
        '  customer Finance',
        '  provider CentralIT',
        '  services Erp',
        '  status finalized',
        '  valid from 2026-01-01 to 2027-12-31',
        `  target availability >= ${options.availability} per month`,
        '}',
        'ola NetworkForErp {',
        '  unit NetOps',
        '  provider CentralIT',
        '  services Network',
        '  supports FinanceErp',
        '  status finalized',
        '  valid from 2026-01-01 to 2027-12-31',
        `  target availability >= ${options.networkTarget} per month`,
        '}',
        ''
    ].join('\n');
}

const BEFORE = { availability: '99.9%', internalNote: 'page the on-call', networkTarget: '99.99%', price: '100 EUR' };
const AFTER = { availability: '99.5%', internalNote: 'SECRET-RUNBOOK <b>call Bob</b>', networkTarget: '99.95%', price: '120 EUR' };

function svcdef(cwd: string, ...args: string[]): Promise<CapturedRun> {
    return runCapturing(cwd, args, [registerGenerateCommands]);
}

const read = (root: string, file: string) => readFileSync(path.join(root, ...file.split('/')), 'utf8');

describe('generate catalog --since a git ref', () => {
    let repo: TestRepository;
    let run: CapturedRun;

    beforeAll(async () => {
        repo = await testRepository();
        await repo.commit('first', { 'services/parties.svcdef': PARTIES, 'services/erp.svcdef': services(BEFORE) });
        repo.git('tag', 'v1');
        await repo.commit('second', { 'services/erp.svcdef': services(AFTER) });
        run = await svcdef(repo.root, 'generate', 'catalog', '--workspace', 'services', '--out', 'site', '--since', 'v1');
    }, 60_000);
    afterAll(() => repo.dispose());

    it('writes a changes page in HTML and Markdown for every view', () => {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('with the changes since v1');
        for (const view of ['customer', 'user', 'support']) {
            expect(existsSync(path.join(repo.root, 'site', view, 'changes.html'))).toBe(true);
            expect(existsSync(path.join(repo.root, 'site', view, 'changes.md'))).toBe(true);
        }
    });

    it('links the changes page from the navigation of every page and from catalog.md', () => {
        expect(read(repo.root, 'site/customer/index.html')).toContain('<a href="changes.html">Changes since v1</a>');
        expect(read(repo.root, 'site/customer/changes.html')).toContain('aria-current="page">Changes since v1</a>');
        expect(read(repo.root, 'site/customer/catalog.md')).toContain('See also: [Changes since v1](changes.md).');
    });

    it('shows customers the weaker SLA target, with before and after in words', () => {
        const markdown = read(repo.root, 'site/customer/changes.md');
        expect(markdown).toContain('# Changes since v1');
        expect(markdown).toContain('## Weaker commitments');
        expect(markdown).toMatch(/\| Finance ERP agreement \(SLA\) \| target availability per month \| at least 99\.9% per month \| at least 99\.5% per month \| Weaker \|/);
        expect(read(repo.root, 'site/customer/changes.html')).toContain('<a href="slas/');
    });

    it('never shows customers internal entries, technical services, OLAs or source locations', () => {
        for (const file of ['site/customer/changes.md', 'site/customer/changes.html', 'site/user/changes.md', 'site/user/changes.html']) {
            const text = read(repo.root, file);
            expect(text, file).not.toContain('SECRET-RUNBOOK');
            expect(text, file).not.toContain('internal runbook');
            expect(text, file).not.toContain('NetworkForErp');
            expect(text, file).not.toContain('Core network');
            expect(text, file).not.toContain('99.95%');
            expect(text, file).not.toContain('erp.svcdef');
        }
    });

    it('shows customers the price of an offering, but not users', () => {
        expect(read(repo.root, 'site/customer/changes.md')).toContain('Erp.Gold (Offering) | price');
        expect(read(repo.root, 'site/user/changes.md')).not.toContain('price');
    });

    it('shows the support view everything, with where it is in the source', () => {
        const markdown = read(repo.root, 'site/support/changes.md');
        expect(markdown).toContain('NetworkForErp (OLA) | target availability per month | at least 99.99% per month | at least 99.95% per month | Weaker | erp.svcdef:');
        expect(markdown).toContain('internal runbook');
        expect(markdown).toContain('| Where | Acknowledged |');
    });

    it('escapes what the source says', () => {
        const html = read(repo.root, 'site/support/changes.html');
        expect(html).toContain('SECRET-RUNBOOK &lt;b&gt;call Bob&lt;/b&gt;');
        expect(html).not.toContain('<b>call Bob</b>');
    });

    it('writes the same bytes again for the same input', async () => {
        const first = read(repo.root, 'site/support/changes.html') + read(repo.root, 'site/customer/changes.md');
        const again = await svcdef(repo.root, 'generate', 'catalog', '--workspace', 'services', '--out', 'site2', '--since', 'v1');
        expect(again.code).toBe(0);
        expect(read(repo.root, 'site2/support/changes.html') + read(repo.root, 'site2/customer/changes.md')).toBe(first);
    }, 60_000);

    it('says so when nothing changed', async () => {
        const same = await svcdef(repo.root, 'generate', 'catalog', '--workspace', 'services', '--out', 'same', '--since', 'HEAD', '--format', 'md');
        expect(same.code).toBe(0);
        expect(read(repo.root, 'same/customer/changes.md')).toContain('No change to the commitments.');
    }, 60_000);

    it('stops at a ref that does not exist, with exit 2 and nothing written', async () => {
        const bad = await svcdef(repo.root, 'generate', 'catalog', '--workspace', 'services', '--out', 'bad', '--since', 'no-such-ref');
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('--since no-such-ref: no such folder, and no branch, tag or commit of that name');
        expect(bad.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(path.join(repo.root, 'bad'))).toBe(false);
    }, 60_000);

    it('stops at a ref whose workspace does not parse, with exit 2 and nothing written', async () => {
        await repo.commit('broken', { 'services/erp.svcdef': 'service Erp {' });
        repo.git('tag', 'broken');
        await repo.commit('fixed', { 'services/erp.svcdef': services(AFTER) });
        const bad = await svcdef(repo.root, 'generate', 'catalog', '--workspace', 'services', '--out', 'bad', '--since', 'broken');
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('--since broken: the workspace there does not parse (syntax errors in erp.svcdef)');
        expect(existsSync(path.join(repo.root, 'bad'))).toBe(false);
    }, 60_000);

    it('stops at a ref whose workspace holds a file that is not UTF-8, with exit 2 and nothing written', async () => {
        await writeFile(path.join(repo.root, 'services', 'erp.svcdef'), Buffer.concat([Buffer.from(`// caf`), Buffer.from([0xe9]), Buffer.from(`\n${services(AFTER)}`)]));
        repo.git('add', '-A');
        repo.git('commit', '--quiet', '-m', 'latin-1');
        repo.git('tag', 'latin1');
        await repo.commit('fixed', { 'services/erp.svcdef': services(AFTER) });
        const bad = await svcdef(repo.root, 'generate', 'catalog', '--workspace', 'services', '--out', 'bad', '--since', 'latin1');
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('--since latin1: the workspace there cannot be read (text not saved as UTF-8 in erp.svcdef)');
        expect(existsSync(path.join(repo.root, 'bad'))).toBe(false);
    }, 60_000);
});

describe('generate catalog --since a folder', () => {
    it('compares with the folder, without git', async () => {
        const folders = await tempWorkspace({
            'old/parties.svcdef': PARTIES, 'old/erp.svcdef': services(AFTER),
            'new/parties.svcdef': PARTIES, 'new/erp.svcdef': services(BEFORE)
        });
        try {
            const run = await svcdef(folders.root, 'generate', 'catalog', '--workspace', 'new', '--out', 'site', '--since', 'old', '--view', 'customer', '--format', 'md');
            expect(run.stderr).toBe('');
            expect(run.code).toBe(0);
            const markdown = read(folders.root, 'site/customer/changes.md');
            expect(markdown).toContain('# Changes since old');
            expect(markdown).toContain('## Stronger commitments');
            expect(markdown).toContain('at least 99.5% per month | at least 99.9% per month | Stronger |');
        } finally {
            await folders.dispose();
        }
    }, 60_000);

    it('says how to go on when the folder is not in a git repository and REF is no folder', async () => {
        const folders = await tempWorkspace({ 'new/parties.svcdef': PARTIES });
        try {
            const run = await svcdef(folders.root, 'generate', 'catalog', '--workspace', 'new', '--out', 'site', '--since', 'main');
            expect(run.code).toBe(2);
            expect(run.stderr).toContain('--since main: not a folder, and new is not inside a git repository');
            // The remedy names this command's options, not those of `svcdef diff` whose check it shares.
            expect(run.stderr).toContain('Run svcdef inside a git checkout, or pass a folder to --since.');
            expect(run.stderr).not.toMatch(/svcdef diff|--base|--head/);
            expect(existsSync(path.join(folders.root, 'site'))).toBe(false);
        } finally {
            await folders.dispose();
        }
    }, 60_000);

    it('needs one workspace folder to compare', async () => {
        const folders = await tempWorkspace({ 'a/parties.svcdef': PARTIES, 'b/erp.svcdef': services(BEFORE) });
        try {
            const run = await svcdef(folders.root, 'generate', 'catalog', '--workspace', 'a', '--workspace', 'b', '--out', 'site', '--since', 'a');
            expect(run.code).toBe(2);
            expect(run.stderr).toContain('Pass a single --workspace folder');
            expect(existsSync(path.join(folders.root, 'site'))).toBe(false);
        } finally {
            await folders.dispose();
        }
    }, 60_000);
});
