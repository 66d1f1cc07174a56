import { describe, expect, it } from 'vitest';
import { testRepository } from '../../test/cli/diff-git-repository.js';
import { tempWorkspace } from '../../test/cli/temp-workspace.js';
import { branchChoices, localBranches, parseBranchList } from './git-branches.js';

describe('the branches "Compare Commitments with Branch…" offers', () => {
    it('reads the names git lists, without a detached HEAD', () => {
        expect(parseBranchList('feature/sla-credits\nmain\n(HEAD detached at 1a2b3c4)\n\n')).toEqual(['feature/sla-credits', 'main']);
        expect(parseBranchList('')).toEqual([]);
    });

    it('puts the usual pull-request targets first and leaves out the current branch', () => {
        expect(branchChoices(['a-topic', 'develop', 'feature', 'main'], 'feature')).toEqual(['main', 'develop', 'a-topic']);
        expect(branchChoices(['main'], 'main')).toEqual([]);
        expect(branchChoices(['master', 'topic'], undefined)).toEqual(['master', 'topic']);
    });

    it('lists the local branches of a repository, and the current one', async () => {
        const repo = await testRepository();
        try {
            await repo.commit('first', { 'a.svcdef': 'customer Finance\n' });
            repo.git('branch', 'release/1.0');
            repo.git('checkout', '--quiet', '-b', 'topic');
            expect(await localBranches(repo.root)).toEqual({ branches: ['main', 'release/1.0', 'topic'], current: 'topic' });
        } finally {
            await repo.dispose();
        }
    });

    it('offers none outside a repository, without failing', async () => {
        const folder = await tempWorkspace({ 'a.svcdef': 'customer Finance\n' });
        try {
            expect((await localBranches(folder.root)).branches).toEqual([]);
        } finally {
            await folder.dispose();
        }
    });
});
