import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerGenerateCommands } from '../../src/cli/generate-command.js';
import { lastUpdated } from '../../src/cli/last-updated.js';
import { runCapturing } from './captured-cli-run.js';
import { CLEAN_FILES, TODAY_AFTER_VALIDITY, TODAY_IN_VALIDITY, tempWorkspace } from './temp-workspace.js';

/** `generate catalog` and `generate sla` as people publish them: on a given day, under a publisher's name. */
const svcdef = (cwd: string, ...args: string[]) => runCapturing(cwd, args, [registerGenerateCommands]);

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';

describe('generate catalog --today', () => {
    it('publishes an agreement whose validity has ended by that day as expired, and one in force as it is', async () => {
        const { root, dispose } = await tempWorkspace(CLEAN_FILES);
        try {
            const later = await svcdef(root, 'generate', 'catalog', '--out', 'later', '--view', 'customer', '--today', TODAY_AFTER_VALIDITY, '--force');
            expect(later.code, later.stderr).toBe(0);
            const page = readFileSync(path.join(root, 'later/customer/slas/finance-email.html'), 'utf8');
            expect(page).toContain('<span class="badge badge-expired">Expired</span>');
            const json = JSON.parse(readFileSync(path.join(root, 'later/customer/catalog.json'), 'utf8')) as { slas: { expired?: boolean }[] };
            expect(json.slas[0].expired).toBe(true);

            const now = await svcdef(root, 'generate', 'catalog', '--out', 'now', '--view', 'customer', '--today', TODAY_IN_VALIDITY);
            expect(now.code, now.stderr).toBe(0);
            expect(readFileSync(path.join(root, 'now/customer/slas/finance-email.html'), 'utf8')).toContain('<span class="badge badge-finalized">Finalized</span>');
        } finally {
            await dispose();
        }
    });

    it('refuses a day that is not a date', async () => {
        const { root, dispose } = await tempWorkspace(CLEAN_FILES);
        try {
            const result = await svcdef(root, 'generate', 'catalog', '--out', 'site', '--today', '2026-02-30');
            expect(result.code).toBe(2);
            expect(existsSync(path.join(root, 'site'))).toBe(false);
        } finally {
            await dispose();
        }
    });

    it('also marks expired SLA documents and lists them in the folder index', async () => {
        const { root, dispose } = await tempWorkspace(CLEAN_FILES);
        try {
            const result = await svcdef(root, 'generate', 'sla', '--out', 'slas', '--today', TODAY_AFTER_VALIDITY, '--force');
            expect(result.code, result.stderr).toBe(0);
            const index = readFileSync(path.join(root, 'slas/index.html'), 'utf8');
            expect(index).toContain('<a href="finance-email.html">FinanceEmail</a>');
            expect(index).toContain('Expired');
        } finally {
            await dispose();
        }
    });
});

describe('the publisher from svcdef.json', () => {
    it('names every page and copies the logo into each view', async () => {
        const { root, dispose } = await tempWorkspace({
            ...CLEAN_FILES,
            'svcdef.json': JSON.stringify({ today: TODAY_IN_VALIDITY, catalog: { publisher: 'Acme <IT>', logo: 'branding/logo.svg' } }),
            'branding/logo.svg': LOGO
        });
        try {
            const result = await svcdef(root, 'generate', 'catalog', '--out', 'site', '--format', 'html');
            expect(result.code, result.stderr).toBe(0);
            for (const view of ['customer', 'user', 'support']) {
                expect(readFileSync(path.join(root, 'site', view, 'assets/logo.svg'), 'utf8')).toBe(LOGO);
                const service = readFileSync(path.join(root, 'site', view, 'services/email.html'), 'utf8');
                expect(service).toContain('<img class="site-logo" src="../assets/logo.svg" alt="">');
                expect(service).toContain('Acme &lt;IT&gt; service catalog');
            }
        } finally {
            await dispose();
        }
    });

    it('takes a logo whose file name begins with dots: only a ".." segment leaves the folder', async () => {
        const { root, dispose } = await tempWorkspace({
            ...CLEAN_FILES,
            'svcdef.json': JSON.stringify({ today: TODAY_IN_VALIDITY, catalog: { publisher: 'Acme', logo: '..logo.svg' } }),
            '..logo.svg': LOGO
        });
        try {
            const result = await svcdef(root, 'generate', 'catalog', '--out', 'site', '--format', 'html', '--view', 'customer');
            expect(result.code, result.stderr).toBe(0);
            expect(readFileSync(path.join(root, 'site', 'customer', 'assets/logo.svg'), 'utf8')).toBe(LOGO);
        } finally {
            await dispose();
        }
    });

    it.each([
        ['a logo outside the folder of svcdef.json', { 'ws/svcdef.json': JSON.stringify({ catalog: { publisher: 'Acme', logo: '../logo.svg' } }), 'logo.svg': LOGO }, 'is outside the folder of svcdef.json'],
        ['a logo that is not SVG', { 'ws/svcdef.json': JSON.stringify({ catalog: { publisher: 'Acme', logo: 'logo.png' } }), 'ws/logo.png': 'PNG' }, 'is not an SVG file'],
        ['a logo that is too large', { 'ws/svcdef.json': JSON.stringify({ catalog: { publisher: 'Acme', logo: 'logo.svg' } }), 'ws/logo.svg': `<svg>${' '.repeat(200 * 1024)}</svg>` }, 'the limit is 100 kB'],
        ['a logo that is missing', { 'ws/svcdef.json': JSON.stringify({ catalog: { publisher: 'Acme', logo: 'logo.svg' } }) }, 'there is no file'],
        ['a logo that runs script', { 'ws/svcdef.json': JSON.stringify({ catalog: { publisher: 'Acme', logo: 'logo.svg' } }), 'ws/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>' }, 'the logo logo.svg has a <script> element on line 2. Remove it'],
        ['a logo with an event handler', { 'ws/svcdef.json': JSON.stringify({ catalog: { publisher: 'Acme', logo: 'logo.svg' } }), 'ws/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' }, 'has an event-handler attribute (on…=)']
    ])('refuses %s, naming the file and writing nothing', async (_, files, problem) => {
        const workspaceFiles = Object.fromEntries(Object.entries(CLEAN_FILES).map(([name, text]) => [`ws/${name}`, text]));
        const { root, dispose } = await tempWorkspace({ ...workspaceFiles, ...files });
        try {
            const result = await svcdef(root, 'generate', 'catalog', '--workspace', 'ws', '--out', 'site', '--today', TODAY_IN_VALIDITY);
            expect(result.code).toBe(2);
            expect(result.stderr).toContain(path.join('ws', 'svcdef.json'));
            expect(result.stderr).toContain(problem);
            expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(existsSync(path.join(root, 'site'))).toBe(false);
        } finally {
            await dispose();
        }
    });
});

describe('last updated', () => {
    it('is the day of the newest commit that touched the workspace, whatever the day of the run', async () => {
        const { root, dispose } = await tempWorkspace(CLEAN_FILES);
        try {
            const env = { ...process.env, GIT_COMMITTER_DATE: '2025-03-04T10:00:00Z', GIT_AUTHOR_DATE: '2025-03-04T10:00:00Z' };
            const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: root, env, stdio: 'pipe' });
            git('init', '-q');
            git('add', '.');
            git('commit', '-q', '-m', 'services');
            expect(await lastUpdated(root, [], '2026-06-01')).toBe('2025-03-04');
            expect(await lastUpdated(root, ['services'], '2026-06-01')).toBe('2025-03-04');
            const result = await svcdef(root, 'generate', 'catalog', '--out', 'site', '--view', 'user', '--format', 'html', '--today', TODAY_IN_VALIDITY);
            expect(result.code, result.stderr).toBe(0);
            expect(readFileSync(path.join(root, 'site/user/index.html'), 'utf8')).toContain('Last updated 2025-03-04.');
        } finally {
            await dispose();
        }
    });

    it('is the day given with --today outside a git repository', async () => {
        const { root, dispose } = await tempWorkspace(CLEAN_FILES);
        try {
            expect(await lastUpdated(root, [], '2026-06-01')).toBe('2026-06-01');
        } finally {
            await dispose();
        }
    });
});
