import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRepository, type TestRepository } from '../../test/cli/diff-git-repository.js';
import { compareCommitments } from './commitment-comparison.js';

const sla = (availability: string) => [
    'provider CentralIT "Central IT"',
    'customer Finance',
    'service Erp "Finance ERP" { status live owner CentralIT }',
    'sla FinanceErp {',
    '  customer Finance',
    '  provider CentralIT',
    '  services Erp',
    '  status finalized',
    '  valid from 2026-01-01 to 2026-12-31',
    `  target availability >= ${availability} per month`,
    '}',
    ''
].join('\n');

describe('comparing the saved workspace with a branch', () => {
    let repo: TestRepository;

    beforeAll(async () => {
        repo = await testRepository();
        await repo.commit('first', { 'services/erp.svcdef': sla('99.9%') });
        repo.git('checkout', '--quiet', '-b', 'topic');
        await repo.write({ 'services/erp.svcdef': sla('99.5%') });
    });
    afterAll(() => repo.dispose());

    it('reports the weaker target in Markdown, as svcdef diff --format markdown does', async () => {
        const markdown = await compareCommitments({ folder: repo.root, ref: 'main', today: '2026-06-01' });
        expect(markdown).toContain('#### Weaker commitments (1)');
        expect(markdown).toContain('at least 99.9% per month');
        expect(markdown).toContain('at least 99.5% per month');
        expect(markdown).toContain('services/erp.svcdef');
    });

    it('says what is wrong with a ref that does not exist, naming the ref', async () => {
        await expect(compareCommitments({ folder: repo.root, ref: 'no-such-branch' }))
            .rejects.toThrow(/^no-such-branch: no such folder, and no branch, tag or commit of that name/);
    });

    it('asks for a ref when none is given', async () => {
        await expect(compareCommitments({ folder: repo.root, ref: '  ' })).rejects.toThrow('Give a branch, tag or commit to compare with.');
    });

    it('refuses a side that does not parse, naming its files', async () => {
        await repo.commit('broken', { 'services/erp.svcdef': 'service Erp {' });
        repo.git('branch', 'broken');
        await repo.commit('fixed', { 'services/erp.svcdef': sla('99.5%') });
        await expect(compareCommitments({ folder: repo.root, ref: 'broken' }))
            .rejects.toThrow('broken does not parse (syntax errors in services/erp.svcdef)');
    });
});
