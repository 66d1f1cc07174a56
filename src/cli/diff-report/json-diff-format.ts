import type { ChangedElement, CommitmentChange, CommitmentDiff } from '../../diff/commitment-change.js';

/**
 * For scripts and the acceptance checks: the shape, validated by
 * schemas/diff.schema.json. Keys are written field by field so that their order is part of
 * the contract; a value a side lacks is `null`, never a missing key. `file` is relative to
 * the folder of the side the change is on (the workspace folder for a git ref): a removal's
 * file is on the base side, everything else on the head side.
 */
export function formatJsonDiff(diff: CommitmentDiff): string {
    const output = {
        base: diff.base,
        head: diff.head,
        changes: diff.changes.map(change),
        summary: {
            weaker: diff.summary.weaker,
            stronger: diff.summary.stronger,
            neutral: diff.summary.neutral
        }
    };
    return `${JSON.stringify(output, null, 2)}\n`;
}

function change(from: CommitmentChange): Record<string, unknown> {
    return {
        effect: from.effect,
        kind: from.kind,
        element: element(from.element),
        aspect: from.aspect,
        before: from.before ?? null,
        after: from.after ?? null,
        file: from.location.file,
        line: from.location.line,
        acknowledged: from.acknowledged ?? null,
        ...(from.causedBy ? { causedBy: element(from.causedBy) } : {})
    };
}

function element(from: ChangedElement): Record<string, unknown> {
    return { kind: from.kind, name: from.name, title: from.title ?? null };
}
