/**
 * Two in-memory workspaces for the diff tests: the base and the head, each loaded and
 * checked by services of its own, as `svcdef diff` loads its two sides.
 */
import { createTestServices } from '../../test/svcdef-test-services.js';
import type { CommitmentChange, CommitmentDiff } from './commitment-change.js';
import { diffWorkspaces, type DiffSide } from './diff-workspaces.js';

const baseServices = createTestServices({ today: '2026-06-01', batch: true });
const headServices = createTestServices({ today: '2026-06-01', batch: true });

async function sideOf(services: typeof baseServices, files: Record<string, string>): Promise<DiffSide> {
    const workspace = await services.workspace(files);
    return {
        cwd: '/workspace',
        files: Object.keys(files).filter(name => name.endsWith('.svcdef')).sort()
            .map(name => ({ path: `/workspace/${name}`, document: workspace.document(name) })),
        services: workspace.services
    };
}

/** The diff of two workspaces given as files; a string is one file, `main.svcdef`. */
export async function diffOf(base: Record<string, string> | string, head: Record<string, string> | string): Promise<CommitmentDiff> {
    const files = (side: Record<string, string> | string) => (typeof side === 'string' ? { 'main.svcdef': side } : side);
    return diffWorkspaces(await sideOf(baseServices, files(base)), await sideOf(headServices, files(head)), { base: 'base', head: 'head' });
}

/** The changes as one line each, `effect kind element-kind name: aspect: before -> after`, for tests to read at a glance. */
export function lines(diff: CommitmentDiff): string[] {
    return diff.changes.map(line);
}

export function line(change: CommitmentChange): string {
    const values = change.before !== undefined || change.after !== undefined ? `: ${change.before ?? '∅'} -> ${change.after ?? '∅'}` : '';
    return `${change.effect} ${change.kind} ${change.element.kind} ${change.element.name}: ${change.aspect}${values}`;
}
